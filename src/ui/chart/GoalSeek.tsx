import { memo, useState } from 'react';
import { parseInput } from '../../io/parse-input';
import { cagrToReach, checkModelDomains, Dec, formatPercent, formatQuantity, type ForecastModel, type SeriesDefinition } from '../../model';
import { projectModel } from '../../state';
import type { SeriesEntry } from './chart-data';
import { crossingAnswer, defaultStart, goalStarts, groupAnswers } from './goal-answers';
import { modelErrorText, useApp, useReport, useStoreApi, useT, type SeriesDisplay } from '../shared';
import { goalCatalogues } from '../i18n/goal';
import { ChanceLine, useSimulationResult } from '../uncertainty';

export interface GoalTarget {
  readonly value: number;
  readonly year: number;
}

interface GoalSeekProps {
  readonly series: SeriesDefinition;
  readonly display: SeriesDisplay;
  readonly onTarget: (target: GoalTarget | undefined) => void;
  /** The compared scenarios of this series, as the panel's table shows them. */
  readonly entries: readonly SeriesEntry[];
  /** The scenario in focus and its model of this series. */
  readonly focus: { readonly id: string; readonly name: string; readonly model: ForecastModel | undefined };
}

/**
 * "What growth rate reaches X by year Y, starting from which year?" (by default from the report's latest
 * figure before Y) and "When does each compared scenario reach X?", scenarios with the same answer on one line.
 */
export const GoalSeek = memo(function GoalSeek({ series, display, onTarget, entries, focus }: GoalSeekProps) {
  const t = useT();
  const store = useStoreApi();
  const settings = useApp((s) => s.settings);
  const [text, setText] = useState('');
  const [year, setYear] = useState(Math.min(settings.yearTo, 2030));
  // The year as typed: one that is no whole year in reach is told, and no answer stands for it.
  const [yearText, setYearText] = useState(String(year));
  const firstYear = settings.yearFrom + 1;
  const byYear = (typed: string) => (typed.trim() !== '' && Number.isInteger(Number(typed)) && Number(typed) >= firstYear && Number(typed) <= 2100 ? Number(typed) : undefined);
  const yearValid = byYear(yearText) !== undefined;
  // Told once a whole year's digits are in or the field is left, not at each digit on the way ("20").
  const [yearFocused, setYearFocused] = useState(false);
  const tellYear = !yearValid && (!yearFocused || yearText.trim().length >= 4);
  const lang = settings.lang;
  const g = goalCatalogues[lang];
  const kind = series.unit.kind === 'people' ? 'count' : 'amount';
  const parsed = text ? parseInput(text, kind, display.unit.kind === 'money' ? display.unit.currency : undefined) : undefined;
  // The target is typed in the displayed currency; the models work in the series' own.
  const target = parsed?.ok && new Dec(parsed.value).gt(0) ? new Dec(parsed.value).div(display.factor) : undefined;
  const model = focus.model;
  const reportYear = Number(useReport().report.date.slice(0, 4));
  const path = model ? projectModel(model, settings.yearFrom, settings.yearTo) : undefined;
  const starts = goalStarts(series, path?.ok ? path.value : undefined, year);
  const [startKey, setStartKey] = useState<string | undefined>(undefined);
  const start = starts.find((s) => s.key === startKey) ?? defaultStart(starts, Math.max(settings.yearFrom, reportYear));
  const needed = target && start ? cagrToReach(start, target, year) : undefined;
  // The scenario Apply would make, and why a scenario cannot hold it (a rate beyond +1,000% a year): then
  // the rate is said but not offered, so no scenario is named for a target its model does not reach.
  const applied: ForecastModel | undefined =
    needed?.ok && start ? { type: 'compound', baseYear: start.year, baseValue: start.value.toString(), cagr: needed.value.toString() } : undefined;
  const held = applied && checkModelDomains(applied);
  const refusal = held && !held.ok ? held.error : undefined;
  // From an upper bound (百亿内) the rate needed is at least the one found; from a lower bound (突破), at most.
  const bound = start?.wording === 'upper-bound' ? 'at-least' : start?.wording === 'lower-bound' ? 'at-most' : 'exact';
  const fmt = (v: Dec) => formatQuantity(v.times(display.factor), display.unit, lang, { digits: 4, style: display.style });
  // Under the focus scenario's ranges: the share of simulated paths above the target in the chosen year.
  const simulation = useSimulationResult(series.id)?.simulation;

  const update = (nextText: string, nextYear: number) => {
    const p = nextText ? parseInput(nextText, kind, display.unit.kind === 'money' ? display.unit.currency : undefined) : undefined;
    onTarget(p?.ok && Number(p.value) > 0 ? { value: Number(p.value), year: nextYear } : undefined);
  };

  return (
    <div className="goal-seek__body">
      <div className="goal-seek__inputs">
        <label>
          {g.target}{' '}
          <input
            type="text"
            value={text}
            placeholder={lang === 'zh' ? '例如 1000亿' : 'e.g. 100B'}
            onChange={(e) => {
              setText(e.target.value);
              update(e.target.value, year);
            }}
            data-testid={`goal-target-${series.id}`}
          />
        </label>
        <label>
          {g.byYear}{' '}
          <input
            type="number"
            min={settings.yearFrom + 1}
            max={2100}
            value={yearText}
            aria-invalid={tellYear ? true : undefined}
            onFocus={() => setYearFocused(true)}
            onBlur={() => setYearFocused(false)}
            onChange={(e) => {
              setYearText(e.target.value);
              const y = byYear(e.target.value);
              if (y !== undefined) setYear(y);
              update(y !== undefined ? text : '', y ?? year);
            }}
          />
        </label>
        <label>
          {g.from}{' '}
          <select value={start?.key ?? ''} onChange={(e) => setStartKey(e.target.value)} data-testid={`goal-start-${series.id}`}>
            {starts.map((s) => (
              <option key={s.key} value={s.key}>
                {s.source === 'report' ? g.startReport(s.year, fmt(s.value), g.wording[s.wording ?? 'point']) : g.startModel(s.year, fmt(s.value), focus.name)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {parsed && !parsed.ok && (
        <p className="param__error" role="alert">
          {t.errors.input[parsed.kind]}
        </p>
      )}
      {tellYear && (
        <p className="param__error" role="alert">
          {g.byRange(firstYear, 2100)}
        </p>
      )}
      {parsed?.ok && !target && (
        <p className="param__error" role="alert">
          {g.positive}
        </p>
      )}
      {target && yearValid && (
        <div className="goal-seek__answers" aria-live="polite" data-testid={`goal-answers-${series.id}`}>
          {needed?.ok && start && (
            <p>
              {start.source === 'model' && <strong>{focus.name}: </strong>}
              {g.rateNeeded(
                formatPercent(needed.value, 1),
                start.year,
                bound === 'exact' ? fmt(start.value) : `${g.wording[start.wording!]}${fmt(start.value)}`,
                bound,
              )}{' '}
              {refusal ? (
                <span className="hint" data-testid={`goal-not-applied-${series.id}`}>
                  {g.notApplied} {modelErrorText(refusal, t)}
                </span>
              ) : (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    const id = store.getState().duplicateScenario(focus.id, `${focus.name} → ${fmt(target)} ${year}`);
                    if (id && applied) store.getState().setModel(id, series.id, applied);
                  }}
                >
                  {g.apply}
                </button>
              )}
            </p>
          )}
          {simulation && (
            <ChanceLine seriesId={series.id} seriesName={series.name[lang]} simulation={simulation} target={target.toNumber()} targetText={fmt(target)} year={year} />
          )}
          {groupAnswers(
            entries.flatMap(({ scenario: s }) => {
              const m = s.models[series.id];
              return m ? [{ name: s.name, answer: crossingAnswer(m, target, settings.yearFrom) }] : [];
            }),
          ).map(({ names, answer }) => (
            <p key={names.join('\n')} data-testid="goal-crossing">
              {answer.kind === 'reaches'
                ? g.reaches(names, answer.year)
                : answer.kind === 'already'
                  ? g.already(names, answer.year)
                  : answer.kind === 'ceiling'
                    ? g.never(names, fmt(answer.ceiling))
                    : g.notBy(names, answer.year)}
            </p>
          ))}
        </div>
      )}
    </div>
  );
});
