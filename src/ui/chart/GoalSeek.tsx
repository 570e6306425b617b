import { memo, useState } from 'react';
import { parseInput } from '../../io/parse-input';
import { cagrToReach, Dec, formatPercent, formatQuantity, valueIn, yearReaching, type ForecastModel, type SeriesDefinition } from '../../model';
import { projectModel } from '../../state';
import type { SeriesEntry } from './chart-data';
import { useApp, useReport, useStoreApi, useT, type SeriesDisplay } from '../shared';
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

/** "What growth rate reaches X by year Y?" and "When does it reach X?", for the scenario in focus and the compared ones. */
export const GoalSeek = memo(function GoalSeek({ series, display, onTarget, entries, focus }: GoalSeekProps) {
  const t = useT();
  const store = useStoreApi();
  const settings = useApp((s) => s.settings);
  const [text, setText] = useState('');
  const [year, setYear] = useState(Math.min(settings.yearTo, 2030));
  const lang = settings.lang;
  const kind = series.unit.kind === 'people' ? 'count' : 'amount';
  const parsed = text ? parseInput(text, kind, display.unit.kind === 'money' ? display.unit.currency : undefined) : undefined;
  // The target is typed in the displayed currency; the models work in the series' own.
  const target = parsed?.ok && new Dec(parsed.value).gt(0) ? new Dec(parsed.value).div(display.factor) : undefined;
  const model = focus.model;
  // Growth is sought from the report's own year: what it would take from where the report stands.
  const reportYear = Number(useReport().report.date.slice(0, 4));
  const startYear = Math.max(settings.yearFrom, reportYear);
  const path = model ? projectModel(model, settings.yearFrom, settings.yearTo) : undefined;
  const startValue = path?.ok ? valueIn(path.value, startYear) : undefined;
  const needed = target && startValue && year > startYear ? cagrToReach({ year: startYear, value: startValue }, target, year) : undefined;
  const fmt = (v: Dec) => formatQuantity(v.times(display.factor), display.unit, lang, { digits: 4, style: display.style });
  // Under the focus scenario's ranges: the share of simulated paths above the target in the chosen year.
  const simulation = useSimulationResult(series.id)?.simulation;

  const update = (nextText: string, nextYear: number) => {
    const p = nextText ? parseInput(nextText, kind, display.unit.kind === 'money' ? display.unit.currency : undefined) : undefined;
    onTarget(p?.ok && Number(p.value) > 0 ? { value: Number(p.value), year: nextYear } : undefined);
  };

  return (
    <div className="goal-seek">
      <h4>{t.goal.title}</h4>
      <div className="goal-seek__inputs">
        <label>
          {t.goal.target}{' '}
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
          {t.goal.byYear}{' '}
          <input
            type="number"
            min={startYear + 1}
            max={2100}
            value={year}
            onChange={(e) => {
              const y = Math.round(Number(e.target.value));
              setYear(y);
              update(text, y);
            }}
          />
        </label>
      </div>
      {parsed && !parsed.ok && (
        <p className="param__error" role="alert">
          {t.errors.input[parsed.kind]}
        </p>
      )}
      {target && (
        <div className="goal-seek__answers" aria-live="polite" data-testid={`goal-answers-${series.id}`}>
          {needed?.ok && startValue && (
            <p>
              <strong>{focus.name}:</strong> {t.goal.rateNeeded(formatPercent(needed.value, 1), startYear, fmt(startValue))}{' '}
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  const id = store.getState().duplicateScenario(focus.id, `${focus.name} → ${fmt(target)} ${year}`);
                  if (id)
                    store
                      .getState()
                      .setModel(id, series.id, { type: 'compound', baseYear: startYear, baseValue: startValue.toString(), cagr: needed.value.toString() });
                }}
              >
                {t.goal.apply}
              </button>
            </p>
          )}
          {simulation && (
            <ChanceLine seriesId={series.id} seriesName={series.name[lang]} simulation={simulation} target={target.toNumber()} targetText={fmt(target)} year={year} />
          )}
          {entries.map(({ scenario: s }) => {
            const m = s.models[series.id];
            if (!m) return null;
            const crossing = yearReaching(m, target, settings.yearFrom, 2100);
            return (
              <p key={s.id}>
                {crossing.ok
                  ? t.goal.reaches(s.name, crossing.value.year, crossing.value.exactYear.toFixed(1))
                  : t.goal.never(s.name, Math.min(2100, settings.yearFrom + 100))}
              </p>
            );
          })}
        </div>
      )}
    </div>
  );
});
