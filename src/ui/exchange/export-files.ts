import type { CsvSeries } from '../../io/csv';
import type { ExchangeView } from '../../io/scenario-file';
import { isOwnSeries, valueBasis, type SeriesDefinition, type Unit } from '../../model';
import type { Scenario } from '../../state';
import { comparedScenarios, seriesEntries, type ExportInput } from './export-chart';
import type { ExchangeMessages } from '../i18n/exchange';
import type { PercentileColumns } from '../uncertainty';
import { basisKey, basisNote, seriesDisplay, unitLabel, type BasisWords, type SeriesDisplay } from '../shared';
import type { SeriesEntry } from '../chart';
import { figureStanding, readingItems } from '../shared/figure-standing';
import { exchangeView } from './share-state';

/**
 * The projection table of some charts, values in the display unit as exact decimals (io/csv writes them),
 * and where a chart shows a fan, its P5 / P50 / P95 (simulated, in the display unit) as columns after.
 */
export function csvRows(series: readonly SeriesDefinition[], input: ExportInput, fans?: ReadonlyMap<string, PercentileColumns>): CsvSeries[] {
  return series.map((s) => {
    const display = seriesDisplay(s, input.settings);
    const fan = fans?.get(s.id);
    const percentiles = (fan?.percentiles ?? []).map((p, i) => ({
      name: `${input.t.uncertainty.percentile(p)} · ${fan!.name}`,
      points: [...fan!.values].flatMap(([year, values]) => (Number.isFinite(values[i]) ? [{ year, value: String(values[i]) }] : [])),
    }));
    const entries = seriesEntries(s, input);
    return {
      seriesId: s.id,
      seriesName: s.name[input.settings.lang],
      unit: display.own ? input.x.convertedUnit(unitLabel(display.unit, input.t), unitLabel(display.own, input.t), input.settings.usdCny) : unitLabel(display.unit, input.t),
      basis: basisColumns(s, entries, input, display),
      scenarios: [
        ...entries.flatMap(({ scenario, result }) =>
          result?.ok ? [{ name: scenario.name, points: result.value.map((p) => ({ year: p.year, value: p.value.times(display.factor).toString() })) }] : [],
        ),
        ...percentiles,
      ],
    };
  });
}

/**
 * The CSV's basis and source of each year: for a report figure, the report's own wording, its reading and
 * where it stands in the report; elsewhere, what each scenario's value stands on (its named assumption).
 */
function basisColumns(series: SeriesDefinition, entries: readonly SeriesEntry[], input: ExportInput, display: SeriesDisplay): Map<number, { basis: string; source: string }> {
  const lang = input.settings.lang;
  const words: BasisWords = { series, display, lang, t: input.t, report: input.report };
  const shown = entries.flatMap(({ scenario, result }) => {
    const model = scenario.models[series.id];
    return result?.ok && model ? [{ name: scenario.name, model, path: result.value }] : [];
  });
  const columns = new Map<number, { basis: string; source: string }>();
  const first = shown[0];
  if (!first) return columns;
  const { colon, list, open, close } = input.t.punct;
  const { x } = input;
  const cite = isOwnSeries(series)
    ? `${series.citedSource[lang]}${series.section ? ` §${series.section}` : ''}`
    : `${input.report.report.publisher[lang]} ${input.report.report.date} §${series.section}${series.figure ? ` ${series.figure}` : ''}${list}${series.citedSource[lang]}`;
  for (const { year } of first.path) {
    const basis = valueBasis(series, first.model, year);
    if (!basis) continue;
    const source =
      basis.kind === 'figure'
        ? `${basis.figure.wording}${open}${basis.figure.reading[lang]}${close}${list}${cite}`
        : shown.map(({ name, model, path }) => `${name}${colon}${basisNote(valueBasis(series, model, year, path.find((p) => p.year === year)?.value), words)}`).join(list);
    // A figure's year: each compared scenario's value there, and what it stands on, as the page's notes say it. An
    // approximate or conditional figure allows a reading of its own: a scenario on it at another value than the
    // figure's is named with that value, as the page's note says "≈10M, taken as 12M".
    const { read, notHeld, disallowed } = basis.kind === 'figure' ? figureStanding(series, year, shown) : { read: [], notHeld: [], disallowed: [] };
    const readItems = readingItems(read, display, lang, x.readItem);
    const key = basisKey(basis, words);
    const names = (list: readonly { name: string }[]) => list.map((s) => s.name).join(input.t.punct.names);
    const notes = [
      key,
      ...(readItems.length ? [x.readAs(readItems.join(input.t.punct.names))] : []),
      ...(notHeld.length === 0 ? [] : [notHeld.length === shown.length && shown.length > 1 ? x.notHeldByAny : x.notHeldBy(names(notHeld))]),
      ...(disallowed.length ? [x.disallowedBy(names(disallowed))] : []),
    ];
    columns.set(year, { basis: notes.join(list), source });
  }
  return columns;
}

/** Which scenarios a JSON export holds, and the view that goes with them. */
export function scenarioSelection(which: 'focus' | 'all' | 'compared', input: ExportInput, seriesId?: string): { scenarios: Scenario[]; view: ExchangeView } {
  const shown =
    which === 'all' ? [...input.scenarios] : which === 'compared' ? comparedScenarios(input) : input.scenarios.filter((s) => s.id === input.focusId);
  return { scenarios: shown, view: exchangeView(input, shown, seriesId) };
}

/** A round unit for a slide's value axis: "USD, billion" with 2.219 rather than 2,219,000,000. */
export function axisScale(values: readonly number[], unit: Unit, x: ExchangeMessages): { divisor: number; title: string } {
  const key = unit.kind === 'money' ? unit.currency : unit.kind;
  if (unit.kind === 'share') return { divisor: 0.01, title: x.deck.axis('', key) };
  const max = Math.max(0, ...values.filter(Number.isFinite).map(Math.abs));
  const step = x.deck.scales.find((s) => max >= s.size);
  return { divisor: step?.size ?? 1, title: x.deck.axis(step?.word ?? '', key) };
}
