import { useEffect, useId, useState } from 'react';
import { freeName } from '../../io/exchange-series';
import type { UserFigureInput, UserSeriesInput } from '../../io/user-series';
import { userSeriesOf } from '../../state';
import type { SeriesActions } from '../../state/series-actions';
import { useApp, useStoreApi, useT } from '../shared';
import { Field } from './Field';
import { FigureRows } from './FigureRows';
import { PasteFigures } from './PasteFigures';
import { emptyForm, formField, formOf, readForm, rowOf, typedText, type FormProblem, type SeriesForm } from './series-form';
import { problemText, useSeriesText } from './use-series-text';

/**
 * The form for one series, new or of the user's own: its names, unit, source and figures, typed or
 * pasted. Add (or Save) reads the typed values, then asks the door through the store; anything refused
 * is shown beside its field and nothing changes. `onUnsaved` hears whether anything was typed since the
 * form opened; Cancel goes through `onCancel`, which asks first when it was.
 */
export function SeriesEditor({
  actions,
  id,
  onDone,
  onCancel,
  onUnsaved,
}: {
  actions: SeriesActions;
  id?: string;
  onDone: () => void;
  onCancel: () => void;
  onUnsaved: (unsaved: boolean) => void;
}) {
  const t = useT();
  const w = useSeriesText();
  const lang = useApp((s) => s.settings.lang);
  const style = useApp((s) => s.settings.unitStyle);
  const store = useStoreApi();
  // The series as the form was opened on it: its title stays, and a save is checked against it (another tab may
  // have changed or deleted the series since; saving would then undo that change, or fail).
  const [editing] = useState(() => (id ? userSeriesOf(store.getState().doc).find((u) => u.definition.id === id) : undefined));
  // Set when the series was changed or deleted elsewhere: what was typed can still be added as a new series.
  const [elsewhere, setElsewhere] = useState<'changed-elsewhere' | 'unknown-series' | undefined>(undefined);
  // Values back as one types them (100亿, 56.6%), in the page's grouping, never rounded.
  const [form, setForm] = useState<SeriesForm>(() => {
    if (!editing) return emptyForm();
    const input = editing.input as UserSeriesInput;
    return formOf(input, typedText(input.unit.kind, input.unit.kind === 'money' ? input.unit.currency : 'CNY', lang, style));
  });
  const [opened] = useState(form);
  // Rows pasted and waiting in the preview count as typed: neither saved nor left behind without a word.
  const [pasting, setPasting] = useState(false);
  const changed = JSON.stringify(form) !== JSON.stringify(opened) || pasting;
  useEffect(() => onUnsaved(changed), [changed, onUnsaved]);
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const prefix = useId();
  const set = (change: Partial<SeriesForm>) => setForm((f) => ({ ...f, ...change }));
  const errorAt = (field: string) => {
    const problem = problems.find((p) => p.field === field);
    return problem && problemText(problem, t, w);
  };
  const general = problems.find((p) => p.field === '');

  const submit = (asNew = false) => {
    if (pasting) return setProblems([{ field: '', from: 'series', kind: 'paste-pending', params: {} }]);
    const read = readForm(form);
    if (!read.ok) return setProblems(read.problems);
    const result = id && !asNew ? actions.replace(id, read.input, editing?.input) : actions.add(asNew ? renamedIfTaken(read.input) : read.input);
    if (!result.ok) {
      const kind = result.error.kind;
      if (id && !asNew && (kind === 'changed-elsewhere' || kind === 'unknown-series')) return setElsewhere(kind);
      // Added as new and refused (20 series already, say): that reason is told, in place of the other.
      setElsewhere(undefined);
      return setProblems([{ field: formField(result.error.field), from: 'series', kind, params: result.error.params }]);
    }
    setProblems([]);
    onDone();
  };
  // Added beside the series it was an edit of: named " (2)" where that one (or another) reads the same.
  const renamedIfTaken = (input: UserSeriesInput): UserSeriesInput => {
    const taken = userSeriesOf(store.getState().doc).map((u) => u.definition.name);
    return { ...input, name: freeName(input.name, input.name, taken) };
  };

  const usePasted = (figures: readonly UserFigureInput[]) => {
    const text = typedText(form.unit, form.currency, lang, style);
    const rows = figures.map((figure) => rowOf(figure, text));
    // An untouched first row gives way to what was pasted.
    const blank = form.figures.length === 1 && !form.figures[0]!.years && !form.figures[0]!.value;
    set({ figures: blank ? rows : [...form.figures, ...rows] });
  };

  const text = (field: string, label: string, value: string, change: (v: string) => void, testId: string) => (
    <Field id={`${prefix}-${field}`} label={label} error={errorAt(field)}>
      {/* The form replaces the list that held the focus: the first field takes it. */}
      {(props) => <input type="text" {...props} autoFocus={field === 'name.zh'} value={value} onChange={(e) => change(e.target.value)} data-testid={testId} />}
    </Field>
  );

  return (
    <form
      className="series-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      data-testid="series-form"
    >
      <h3>{editing ? w.form.titleEdit(editing.definition.name[lang]) : w.form.titleNew}</h3>
      <div className="series-form__grid">
        {text('name.zh', w.form.nameZh, form.nameZh, (nameZh) => set({ nameZh }), 'series-name-zh')}
        {text('name.en', w.form.nameEn, form.nameEn, (nameEn) => set({ nameEn }), 'series-name-en')}
        <Field id={`${prefix}-unit`} label={w.form.unit} error={errorAt('unit')}>
          {(props) => (
            <select {...props} value={form.unit} onChange={(e) => set({ unit: e.target.value as SeriesForm['unit'] })} data-testid="series-unit">
              {(['money', 'people', 'share'] as const).map((u) => (
                <option key={u} value={u}>
                  {w.form.units[u]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.unit === 'money' && (
          <Field id={`${prefix}-currency`} label={w.form.currency} error={errorAt('unit.currency')}>
            {(props) => (
              <select {...props} value={form.currency} onChange={(e) => set({ currency: e.target.value })} data-testid="series-currency">
                <option value="CNY">CNY (¥)</option>
                <option value="USD">USD ($)</option>
              </select>
            )}
          </Field>
        )}
        {text('source.publisher', w.form.publisher, form.publisher, (publisher) => set({ publisher }), 'series-publisher')}
        {text('source.date', w.form.date, form.date, (date) => set({ date }), 'series-date')}
        {text('source.section', w.form.section, form.section, (section) => set({ section }), 'series-section')}
      </div>
      <FigureRows rows={form.figures} onChange={(figures) => set({ figures })} errorAt={errorAt} prefix={prefix} />
      <PasteFigures unit={readUnit(form)} onUse={usePasted} onPending={setPasting} />
      <p className="series-form__problems" role="status" aria-live="polite" data-testid="series-problems">
        {elsewhere
          ? `${w.errors[elsewhere]} ${w.form.kept}`
          : [problems.length > 0 && w.form.problems(problems.length, editing !== undefined), ' ', general && problemText(general, t, w)]}
        {elsewhere && (
          <>
            {' '}
            <button type="button" className="button" onClick={() => submit(true)} data-testid="series-save-new">
              {w.form.saveAsNew}
            </button>
          </>
        )}
      </p>
      <div className="series-dialog__actions">
        <button type="button" className="button" onClick={onCancel} data-testid="series-cancel">
          {w.form.cancel}
        </button>
        <button type="submit" className="button button--primary" data-testid="series-save">
          {editing ? w.form.saveEdit : w.form.save}
        </button>
      </div>
    </form>
  );
}

const readUnit = (form: SeriesForm): UserSeriesInput['unit'] => (form.unit === 'money' ? { kind: 'money', currency: form.currency } : { kind: form.unit });
