import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { isBareSlip, parseInput } from '../../io/parse-input';
import { cagrToReach, checkModelDomains, currencyFactor, Dec, formatPercent, formatQuantity, type Currency, type ForecastModel, type SeriesDefinition } from '../../model';
import { projectModel } from '../../state';
import type { SeriesEntry } from './chart-data';
import { crossingAnswer, defaultStart, goalStarts, groupAnswers } from './goal-answers';
import { basisOf, modelErrorText, useApp, useReport, useStoreApi, useT, type SeriesDisplay } from '../shared';
import { goalCatalogues } from '../i18n/goal';
import { ChanceLine, useSimulationResult } from '../uncertainty';

/** The target the chart draws: its value in the display's unit (the currency shown), and its year. */
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
  // The target as typed: its amount in the currency it was typed in, and the text. The currency shown may change
  // after, and the target keeps its meaning ($1B is then said as RMB 7.1268B, not read as RMB 1B); one typed in
  // RMB stays that many RMB when the exchange rate changes. Text that cannot be read stays in the box with its
  // message (a draft) and no target stands for it.
  const [goal, setGoal] = useState<{ readonly amount: Dec; readonly currency: Currency | undefined; readonly text: string } | undefined>(undefined);
  const [draft, setDraft] = useState<string | undefined>(undefined);
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
  // As every other field of such a series reads it (a share as a percentage: 45 or 45%).
  const kind = series.unit.kind === 'people' ? 'count' : series.unit.kind === 'share' ? 'rate' : 'amount';
  const shownCurrency = display.unit.kind === 'money' ? display.unit.currency : undefined;
  // From the currency a target was typed in to the series' own, at the rate in force now.
  const toOwn = (currency: Currency | undefined) =>
    series.unit.kind === 'money' && currency ? currencyFactor(series.unit.currency, currency, new Dec(settings.usdCny)) : new Dec(1);
  const read = (typed: string) => (typed.trim() ? parseInput(typed, kind, shownCurrency) : undefined);
  const parsed = draft !== undefined ? read(draft) : undefined;
  // A target above zero, and for a share not above 100% (no share passes it).
  const overShare = (v: Dec) => series.unit.kind === 'share' && v.gt(1);
  const fits = (v: Dec) => v.gt(0) && !overShare(v);
  const target = goal && goal.amount.div(toOwn(goal.currency));
  const model = focus.model;
  const reportYear = Number(useReport().report.date.slice(0, 4));
  const path = model ? projectModel(model, settings.yearFrom, settings.yearTo) : undefined;
  const starts = goalStarts(series, path?.ok ? path.value : undefined, year);
  const [startKey, setStartKey] = useState<string | undefined>(undefined);
  const start = starts.find((s) => s.key === startKey) ?? defaultStart(starts, Math.max(settings.yearFrom, reportYear));
  const needed = target && start ? cagrToReach(start, target, year) : undefined;
  // "9" where the start is 5亿 is 9 people, not 9亿: refused as the assumptions' fields refuse it, naming the units.
  const slip = (typed: string, v: Dec) => kind !== 'rate' && start !== undefined && isBareSlip(typed, v.toString(), new Dec(start.value));
  // The scenario Apply would make, and why a scenario cannot hold it (a rate beyond +1,000% a year): then
  // the rate is said but not offered, so no scenario is named for a target its model does not reach.
  const applied: ForecastModel | undefined =
    needed?.ok && start ? { type: 'compound', baseYear: start.year, baseValue: start.value.toString(), cagr: needed.value.toString() } : undefined;
  const held = applied && checkModelDomains(applied);
  const refusal = held && !held.ok ? held.error : undefined;
  // From an upper bound (百亿内) the rate needed is at least the one found; from a lower bound (突破), at most.
  const bound = start?.wording === 'upper-bound' ? 'at-least' : start?.wording === 'lower-bound' ? 'at-most' : 'exact';
  const fmt = (v: Dec) => formatQuantity(v.times(display.factor), display.unit, lang, { digits: 4, style: display.style });
  // A report figure as the report gave it (US dollars for text-to-video), whatever currency is shown.
  const reported = (v: Dec) => formatQuantity(v, series.unit, lang, { digits: 4, style: display.style });
  // Under the focus scenario's ranges: the share of simulated paths above the target in the chosen year.
  const simulation = useSimulationResult(series.id)?.simulation;

  // The box: what is being typed; else the target as typed, or said in the currency now shown when it was typed in the other.
  const text =
    draft ??
    (goal && target
      ? goal.currency === shownCurrency
        ? goal.text
        : formatQuantity(target.times(display.factor), display.unit, lang, { digits: 6, style: display.style })
      : '');
  // The chart's rule follows the target in force, in the currency shown: typed, its year changed, the currency
  // shown changed, or (typed in the other currency) the rate changed.
  const drawn = target && yearValid ? `${target.times(display.factor).toString()}@${year}` : '';
  const tell = useRef(onTarget);
  useLayoutEffect(() => {
    tell.current = onTarget;
  });
  useEffect(() => {
    const [value, at] = drawn.split('@');
    tell.current(value ? { value: Number(value), year: Number(at) } : undefined);
  }, [drawn]);

  return (
    <div className="goal-seek__body">
      <div className="goal-seek__inputs">
        <label>
          {g.target}{' '}
          <input
            type="text"
            value={text}
            placeholder={lang === 'zh' ? '例如 1000亿' : 'e.g. 100B'}
            aria-invalid={parsed && (!parsed.ok || !target) ? true : undefined}
            onChange={(e) => {
              const typed = e.target.value;
              const p = read(typed);
              const next = p?.ok && fits(new Dec(p.value)) && !slip(typed, new Dec(p.value)) ? { amount: new Dec(p.value), currency: shownCurrency, text: typed } : undefined;
              setDraft(typed);
              setGoal(next);
            }}
            // Left: a target that was read stands as typed; text that could not be read stays, with its message.
            onBlur={() => setDraft((d) => (d !== undefined && (d.trim() === '' || goal) ? undefined : d))}
            data-testid={`goal-target-${series.id}`}
          />
        </label>
        <label>
          {g.byYear}{' '}
          {/* A text box for digits, not type="number": the page's Ctrl+Z leaves a text box's typing to it (ui/app/use-undo-keys). */}
          <input
            type="text"
            inputMode="numeric"
            value={yearText}
            aria-invalid={tellYear ? true : undefined}
            onFocus={() => setYearFocused(true)}
            onBlur={() => setYearFocused(false)}
            onChange={(e) => {
              setYearText(e.target.value);
              const y = byYear(e.target.value);
              if (y !== undefined) setYear(y);
            }}
          />
        </label>
        <label>
          {g.from}{' '}
          <select value={start?.key ?? ''} onChange={(e) => setStartKey(e.target.value)} data-testid={`goal-start-${series.id}`}>
            {starts.map((s) => (
              <option key={s.key} value={s.key}>
                {s.source === 'report' ? g.startReport(s.year, reported(s.value), g.wording[s.wording ?? 'point'], basisOf(t, series).whose) : g.startModel(s.year, fmt(s.value), focus.name)}
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
          {overShare(new Dec(parsed.value)) ? g.shareAbove : fits(new Dec(parsed.value)) ? t.errors.bare(draft!.trim(), parsed.value) : g.positive}
        </p>
      )}
      {target && yearValid && (
        <div className="goal-seek__answers" aria-live="polite" data-testid={`goal-answers-${series.id}`}>
          {needed?.ok && start && (
            <p>
              {start.source === 'model' && (
                <strong>
                  {focus.name}
                  {t.punct.colon}
                </strong>
              )}
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
                    // The copy and its new model in one undo step: undone, no scenario is left named for a target it does not reach.
                    store.getState().duplicateScenario(focus.id, `${focus.name} → ${fmt(target)} ${year}`, applied && { seriesId: series.id, model: applied });
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
