import { memo, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { lightTheme, darkTheme } from '../../charts/theme';
import { MAX_COMPARED, nameTaken, PRESET_IDS, PRESET_NAMES, scenarioName, type PresetId, type Scenario } from '../../state';
import { textProblem } from '../../io/text-safety';
import type { Messages } from '../i18n';
import { useApp, useStoreApi, useT } from '../shared';
import { DeleteIcon, DuplicateIcon, RenameIcon } from './icons';

/** The scenario list: compare, focus, create, duplicate, rename, describe, delete. */
export function ScenarioPanel() {
  const t = useT();
  const store = useStoreApi();
  const scenarios = useApp((s) => s.doc.scenarios);
  const compared = useApp((s) => s.doc.compared);
  const focusId = useApp((s) => s.doc.focusId);
  const focus = scenarios.find((s) => s.id === focusId);
  const actions = store.getState();
  const lang = useApp((s) => s.settings.lang);
  // The scenario deleted last and the undo step its delete made: named with an Undo while that is the last step, so
  // the Undo takes back nothing else.
  const [deleted, setDeleted] = useState<[name: string, step: unknown]>();
  const last = useApp((s) => s.past.at(-1));
  const [onDelete] = useState(() => (id: string, name: string) => {
    actions.deleteScenario(id);
    setDeleted([name, store.getState().past.at(-1)]);
  });

  return (
    <section className="panel scenarios" aria-labelledby="scenarios-title">
      <div className="panel__head">
        <h2 id="scenarios-title">{t.scenarios.title}</h2>
        <button type="button" className="button" onClick={() => actions.createScenario(t.scenarios.newName)} data-testid="new-scenario">
          + {t.scenarios.newScenario}
        </button>
      </div>
      <p className="hint">{t.scenarios.compareHint}</p>
      <ul className="scenario-list">
        {scenarios.map((s) => (
          <ScenarioRow
            key={s.id}
            scenario={s}
            compared={compared.includes(s.id)}
            compareFull={compared.length >= MAX_COMPARED}
            focused={s.id === focusId}
            onDelete={onDelete}
          />
        ))}
      </ul>
      {/* The delete is one tap from Duplicate, and on a phone the page's own Undo is far above. */}
      {deleted && deleted[1] === last && (
        <p className="hint" role="status">
          {t.scenarios.deleted(deleted[0])}{' '}
          <button type="button" className="button button--quiet" onClick={() => actions.undo()}>
            {t.undo}
          </button>
        </p>
      )}
      <div className="scenario-actions">
        <select
          aria-label={t.scenarios.addPreset}
          value=""
          onChange={(e) => {
            if (e.target.value) actions.addPreset(e.target.value as PresetId);
          }}
          data-testid="add-preset"
        >
          <option value="">{t.scenarios.addPreset}</option>
          {PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {PRESET_NAMES[id][lang]}
            </option>
          ))}
        </select>
        <button type="button" className="button button--quiet" onClick={() => actions.restoreBase()}>
          {t.scenarios.restoreBase}
        </button>
      </div>
      {focus && !focus.readOnly && (
        <label className="description">
          <span>
            {t.scenarios.description}
            {t.punct.colon}
            {focus.name}
          </span>
          <DescriptionBox key={focus.id} id={focus.id} description={focus.description} />
        </label>
      )}
      {focus?.readOnly && focus.description && <p className="hint">{focus.description}</p>}
    </section>
  );
}

// Memoised: editing one scenario re-renders its own row, not the whole list.
const ScenarioRow = memo(function ScenarioRow({
  scenario,
  compared,
  compareFull,
  focused,
  onDelete,
}: {
  scenario: Scenario;
  compared: boolean;
  compareFull: boolean;
  focused: boolean;
  onDelete: (id: string, name: string) => void;
}) {
  const t = useT();
  const store = useStoreApi();
  const theme = useApp((s) => s.settings.theme);
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(scenario.name);
  const renameButton = useRef<HTMLButtonElement>(null);
  const problemId = useId();
  // The other names matter only while this one is typed (a row that listens to every scenario would redraw at each edit).
  const others = useApp((s) => (renaming ? s.doc.scenarios : undefined));
  const nameProblem = others ? renameProblem(draft, scenario, others, t) : undefined;
  /** Closes the name box and gives the focus back to the rename button (not to the page). */
  const closeRename = () => {
    flushSync(() => setRenaming(false));
    renameButton.current?.focus();
  };
  const color = (theme === 'dark' ? darkTheme : lightTheme).palette[scenario.colorIndex % 10];
  const actions = store.getState();

  return (
    <li className={`scenario${focused ? ' scenario--focus' : ''}`} data-testid="scenario-row" data-scenario-id={scenario.id}>
      <input
        type="checkbox"
        checked={compared}
        disabled={!compared && compareFull}
        onChange={() => actions.toggleCompared(scenario.id)}
        aria-label={`${t.scenarios.compare}${t.punct.colon}${scenario.name}`}
      />
      <span className="swatch" style={{ background: color }} aria-hidden="true" />
      {renaming ? (
        <form
          className="rename"
          onSubmit={(e) => {
            e.preventDefault();
            if (nameProblem) return;
            actions.renameScenario(scenario.id, draft);
            closeRename();
          }}
        >
          <input
            type="text"
            value={draft}
            maxLength={120}
            autoFocus
            aria-label={t.scenarios.name}
            aria-invalid={nameProblem ? true : undefined}
            aria-describedby={nameProblem ? problemId : undefined}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => {
              // A refused name is not taken, and what was typed stays in the box with its message, to be mended
              // or dropped with Escape; the old name stays in force meanwhile.
              if (nameProblem) return;
              actions.renameScenario(scenario.id, draft);
              setRenaming(false);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setDraft(scenario.name);
                closeRename();
              }
            }}
          />
          {nameProblem && (
            <span className="param__error" role="alert" id={problemId}>
              {nameProblem}
            </span>
          )}
        </form>
      ) : (
        <button
          type="button"
          className="scenario__name"
          aria-pressed={focused}
          // The whole name (the list may cut it), and what the scenario is, under it.
          title={scenario.description ? `${scenario.name}\n${scenario.description}` : scenario.name}
          onClick={() => actions.focusScenario(scenario.id)}
        >
          {scenario.name}
          {scenario.readOnly && <span className="badge">{t.scenarios.readOnly}</span>}
        </button>
      )}
      <span className="scenario__tools">
        {!scenario.readOnly && (
          <button
            ref={renameButton}
            type="button"
            className="icon-button"
            onClick={() => {
              setDraft(scenario.name);
              setRenaming(true);
            }}
            aria-label={`${t.scenarios.rename}${t.punct.colon}${scenario.name}`}
            title={t.scenarios.rename}
          >
            <RenameIcon />
          </button>
        )}
        <button
          type="button"
          className="icon-button"
          onClick={() => actions.duplicateScenario(scenario.id, t.scenarios.copyOf(scenario.name))}
          aria-label={`${t.scenarios.duplicate}${t.punct.colon}${scenario.name}`}
          title={t.scenarios.duplicate}
        >
          <DuplicateIcon />
        </button>
        {!scenario.readOnly && (
          <button
            type="button"
            className="icon-button icon-button--danger"
            onClick={() => onDelete(scenario.id, scenario.name)}
            aria-label={`${t.scenarios.delete}${t.punct.colon}${scenario.name}`}
            title={t.scenarios.delete}
          >
            <DeleteIcon />
          </button>
        )}
      </span>
    </li>
  );
});

/**
 * Why a typed name is not taken, or undefined: markup the import door would refuse (io/text-safety, so what is
 * named here can always be exported and read back), nothing at all, or another scenario's name.
 */
function renameProblem(draft: string, scenario: Scenario, scenarios: readonly Scenario[], t: Messages): string | undefined {
  if (textProblem(draft, 'line')) return t.scenarios.textProblem;
  const name = scenarioName(draft);
  if (!name) return t.scenarios.nameEmpty;
  // Its own name as it stands is never refused, even where another has come to share it (a language switch renames the app's).
  return name !== scenario.name && nameTaken(name, scenarios, scenario.id) ? t.scenarios.nameTaken(name) : undefined;
}

/** The focus scenario's description; text the import door would refuse is explained and not taken. */
function DescriptionBox({ id, description }: { id: string; description: string }) {
  const t = useT();
  const store = useStoreApi();
  const [draft, setDraft] = useState(description);
  const problem = textProblem(draft, 'multiline');
  return (
    <>
      <textarea
        value={problem ? draft : description}
        rows={2}
        maxLength={2000}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          if (!textProblem(e.target.value, 'multiline')) store.getState().describeScenario(id, e.target.value);
        }}
        data-testid="scenario-description"
      />
      {problem && (
        <span className="param__error" role="alert">
          {t.scenarios.textProblem}
        </span>
      )}
    </>
  );
}
