import { memo } from 'react';
import { Dec, formatPercent, formatQuantity, impliedCagr, valueIn, type Projection } from '../model';
import type { Lang } from '../model';
import type { SeriesEntry } from './chart-data';
import type { Messages } from './i18n';
import type { SeriesDisplay } from './series-view';

interface ProjectionTableProps {
  readonly entries: readonly SeriesEntry[];
  readonly base: Projection | undefined;
  readonly display: SeriesDisplay;
  readonly lang: Lang;
  readonly t: Messages;
  readonly caption: string;
  readonly hoverYear: number | undefined;
}

/** Values by year for the compared scenarios, each with its CAGR and its difference from the base case. */
export const ProjectionTable = memo(function ProjectionTable({ entries, base, display, lang, t, caption, hoverYear }: ProjectionTableProps) {
  const ok = entries.flatMap((e) => (e.result?.ok ? [{ scenario: e.scenario, path: e.result.value }] : []));
  const years = ok[0]?.path.map((p) => p.year) ?? [];
  const fmt = (v: Dec) => formatQuantity(v.times(display.factor), display.unit, lang, { digits: 4 });
  return (
    <div className="table-wrap">
      <table className="projection-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.chart.year}</th>
            {ok.map(({ scenario }) => (
              <th scope="col" key={scenario.id}>
                {scenario.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => {
            const baseValue = base ? valueIn(base, year) : undefined;
            return (
              <tr key={year} className={year === hoverYear ? 'is-hover' : undefined}>
                <th scope="row">{year}</th>
                {ok.map(({ scenario, path }) => {
                  const value = valueIn(path, year)!;
                  const diff = baseValue && !scenario.readOnly ? value.div(baseValue).minus(1) : undefined;
                  return (
                    <td key={scenario.id} data-year={year} data-scenario={scenario.id} data-value={value.toString()}>
                      {fmt(value)}
                      {diff && diff.abs().gte(0.0005) && (
                        <span className={`diff ${diff.isNeg() ? 'diff--down' : 'diff--up'}`} title={t.chart.vsBase}>
                          {diff.isNeg() ? '' : '+'}
                          {formatPercent(diff, 1)}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">
              {t.chart.cagr} {years[0]}–{years[years.length - 1]}
            </th>
            {ok.map(({ scenario, path }) => {
              const first = path[0];
              const last = path[path.length - 1];
              const rate = first && last && first.year !== last.year ? impliedCagr(first, last) : undefined;
              return (
                <td key={scenario.id} data-cagr={scenario.id}>
                  {rate?.ok ? formatPercent(rate.value, 1) : '–'}
                </td>
              );
            })}
          </tr>
        </tfoot>
      </table>
    </div>
  );
});
