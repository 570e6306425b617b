import { memo, useId } from 'react';
import { figureStanding, readingItems } from '../shared/figure-standing';
import { Dec, formatQuantity, valueBasis, type Projection, type Lang, type SeriesDefinition } from '../../model';
import type { SeriesEntry } from './chart-data';
import type { Messages } from '../i18n';
import { tableCatalogues } from '../i18n/table';
import { basisKey, basisOf, scenarioBasisNotes, unitLabel, type Notice, type BasisWords, type SeriesDisplay } from '../shared';
import type { PercentileColumns } from '../uncertainty';
import { tableColumn, type TableColumn } from './table-column';
import { clipboardTable, copySelectedRows } from './table-copy';

// The clipboard writer behind "Copy table" loads when the button is reached (pointer, focus) or pressed.
// Ctrl+C over the table (onCopy) stays synchronous: the browser's copy event is answered at once.
const loadCopy = () => import('./copy-whole-table');
const preloadCopy = () => void loadCopy().catch(() => undefined);

interface ProjectionTableProps {
  readonly series: SeriesDefinition;
  /** The report, for naming the assumptions each scenario adds (basis-text.ts). */
  readonly report: BasisWords['report'];
  readonly entries: readonly SeriesEntry[];
  readonly base: Projection | undefined;
  readonly display: SeriesDisplay;
  readonly lang: Lang;
  readonly t: Messages;
  readonly caption: string;
  readonly hoverYear: number | undefined;
  /** Says whether the table was copied (the page's notice). */
  readonly notify: (notice: Notice) => void;
  /** The simulated P5 / P50 / P95 of the scenario in focus, as extra columns, when it has ranges. */
  readonly percentiles?: PercentileColumns | undefined;
}

type Row = { readonly scenario: SeriesEntry['scenario']; readonly path: Projection; readonly column: TableColumn };
/** A column of the table: a scenario's projection, or one simulated percentile of the scenario in focus. */
type Column = { readonly kind: 'scenario'; readonly row: Row } | { readonly kind: 'percentile'; readonly p: number; readonly index: number };

/** The scenarios' columns, with the focus scenario's P5 / P50 / P95 right after its own (or last when it is not compared). */
function tableColumns(rows: readonly Row[], percentiles: PercentileColumns | undefined): Column[] {
  const columns: Column[] = rows.map((row) => ({ kind: 'scenario', row }));
  if (!percentiles) return columns;
  const focus = rows.findIndex((r) => r.scenario.id === percentiles.scenarioId);
  const at = focus < 0 ? columns.length : focus + 1;
  columns.splice(at, 0, ...percentiles.percentiles.map((p, index): Column => ({ kind: 'percentile', p, index })));
  return columns;
}

/** Values by year for the compared scenarios, each with its CAGR and its difference from the base case. */
export const ProjectionTable = memo(function ProjectionTable({ series, report, entries, base, display, lang, t, caption, hoverYear, percentiles, notify }: ProjectionTableProps) {
  const ok: Row[] = entries.flatMap((e) =>
    e.result?.ok ? [{ scenario: e.scenario, path: e.result.value, column: tableColumn(e.result.value, base, !e.scenario.readOnly, display, lang) }] : [],
  );
  const years = ok[0]?.path.map((p) => p.year) ?? [];
  const columns = tableColumns(ok, percentiles);
  const captionId = useId();
  const keyId = useId();
  // Each year's basis (report figure, between, back-cast, assumption) is the same for every scenario;
  // what each scenario reads a figure as, and assumes outside them, is listed under the table.
  const words: BasisWords = { series, display, lang, t, report };
  const tt = tableCatalogues[lang];
  const keyModel = ok[0]?.scenario.models[series.id];
  const yearBasis = (year: number) => (keyModel ? valueBasis(series, keyModel, year) : undefined);
  // A figure's year where a compared scenario's path is not held on the figure, or holds it at a value it does not
  // allow, says so in its row, as the CSV's basis column does: 2024's "150M–300M" beside 103M is no reading of it, nor
  // 2030's "2.219B" beside the $166.3M of "Video: trust base and rate".
  const shown = ok.flatMap(({ scenario, path }) => {
    const model = scenario.models[series.id];
    return model ? [{ name: scenario.name, model, path }] : [];
  });
  const names = (list: readonly { name: string }[]) => list.map((s) => s.name).join(t.punct.names);
  const basisText = (year: number) => {
    const basis = yearBasis(year);
    if (basis?.kind !== 'figure') return basisKey(basis, words);
    const { held, read, notHeld, disallowed } = figureStanding(series, year, shown);
    if (!held.length) return `${basisKey(basis, words)}${tt.notHeld}`;
    // A reading of its own that an approximate or conditional figure allows (≈100B taken as 120B), named with its value.
    const readItems = readingItems(read, display, lang, tt.readItem);
    return `${basisKey(basis, words)}${readItems.length ? tt.readAs(readItems.join(t.punct.names)) : ''}${notHeld.length ? tt.notHeldBy(names(notHeld)) : ''}${disallowed.length ? tt.disallowedBy(names(disallowed)) : ''}`;
  };
  // For a spreadsheet: numbers in the display unit (the unit in the header), made when copied, and last, as in the CSV,
  // what each year stands on (a report figure, between figures, an assumption), so a pasted table still says whose.
  const copied = () => {
    const unit = unitLabel(display.unit, t);
    const first = years[0] ?? 0;
    return clipboardTable(
      tt.year,
      [...columns.map((column) =>
        column.kind === 'scenario'
          ? {
              header: `${column.row.scenario.name} (${unit})`,
              valueAt: (year: number) => {
                const cell = column.row.column.cells[year - first];
                return cell && new Dec(cell.value).times(display.factor).toString();
              },
            }
          : {
              header: `${t.uncertainty.percentile(column.p)} · ${percentiles!.name} (${unit})`,
              valueAt: (year: number) => {
                const value = percentiles!.values.get(year)?.[column.index];
                return value === undefined || !Number.isFinite(value) ? undefined : String(value);
              },
            },
      ), { header: t.basis.column, valueAt: (year: number) => basisText(year) || undefined }],
      years,
    );
  };
  return (
    <>
      <button type="button" className="button button--quiet table-copy" onClick={() =>
          void loadCopy().then(
            ({ copyWholeTable }) => copyWholeTable(copied(), notify),
            () => notify({ kind: 'clipboard', reason: 'table' }),
          )
        }
        onPointerEnter={preloadCopy}
        onFocus={preloadCopy}
        data-testid="copy-table"
      >
        {tt.copyTable}
      </button>
      {/* Focusable, so a keyboard can scroll a table wider than its panel (axe: scrollable-region-focusable). */}
      <div className="table-wrap" tabIndex={0} role="group" aria-labelledby={captionId} onCopy={(e) => copySelectedRows(e, copied())}>
        <table className="projection-table" aria-describedby={keyId}>
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{tt.year}</th>
              <th scope="col" className="basis">{t.basis.column}</th>
              {columns.map((column) =>
                column.kind === 'scenario' ? (
                  <th scope="col" key={column.row.scenario.id}>
                    {column.row.scenario.name}
                  </th>
                ) : (
                  <th scope="col" key={`p${column.p}`} className="percentile" data-p={column.p}>
                    <abbr title={tt.percentileTitle(column.p, percentiles!.name)}>{t.uncertainty.percentile(column.p)}</abbr>
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {years.map((year) => {
              const basis = yearBasis(year);
              const rowClass = [basis ? `basis--${basis.kind}` : '', year === hoverYear ? 'is-hover' : ''].filter(Boolean).join(' ');
              return (
                <tr key={year} className={rowClass || undefined} data-basis={basis?.kind}>
                  <th scope="row">{year}</th>
                  <td className="basis" data-basis={basis?.kind}>
                    {basisText(year)}
                  </td>
                  {columns.map((column) => {
                    if (column.kind === 'percentile') {
                      // Exact from the simulation, already in the display unit.
                      const value = percentiles!.values.get(year)?.[column.index];
                      return (
                        <td key={`p${column.p}`} className="percentile" data-year={year} data-p={column.p} data-percentile-of={percentiles!.scenarioId} data-value={value}>
                          {value === undefined ? '–' : formatQuantity(value, display.unit, lang, { digits: 4, style: display.style })}
                        </td>
                      );
                    }
                    const { scenario, column: cells } = column.row;
                    const cell = cells.cells[year - years[0]!]!;
                    return (
                      <td key={scenario.id} data-year={year} data-scenario={scenario.id} data-value={cell.value}>
                        {cell.text}
                        {cell.diff && (
                          <span className={`diff ${cell.diff.down ? 'diff--down' : 'diff--up'}`} title={tt.vsBase}>
                            {cell.diff.text}
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
                {tt.cagr} {years[0]}–{years[years.length - 1]}
              </th>
              <td className="basis" />
              {columns.map((column) => {
                if (column.kind === 'percentile') return <td key={`p${column.p}`} className="percentile" />;
                return (
                  <td key={column.row.scenario.id} data-cagr={column.row.scenario.id}>
                    {column.row.column.cagr}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="basis-notes" id={keyId} data-testid={`basis-notes-${series.id}`}>
        <p>{basisOf(t, series).tableKey}</p>
        <p className="basis-notes__title">{t.basis.notesTitle}</p>
        <ul>
          {ok.map((row) => {
            const model = row.scenario.models[series.id];
            const notes = model ? scenarioBasisNotes(series, model, row.path, words) : [];
            return notes.length ? (
              <li key={row.scenario.id} data-scenario={row.scenario.id}>
                <strong>{row.scenario.name}</strong>{t.punct.colon}{notes.join(t.punct.list)}
              </li>
            ) : null;
          })}
        </ul>
      </div>
    </>
  );
});
