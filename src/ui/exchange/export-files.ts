import { paletteColor, lightTheme } from '../../charts';
import type { CsvSeries } from '../../io/csv';
import type { Deck } from '../../io/pptx';
import type { ExchangeView } from '../../io/scenario-file';
import { Dec, type SeriesDefinition, type Unit } from '../../model';
import type { Scenario } from '../../state';
import { chartedSeries, comparedScenarios, exportChart, seriesEntries, type ExportInput } from './export-chart';
import type { ExchangeMessages } from '../i18n/exchange';
import { modelSummary } from './model-summary';
import type { PercentileColumns } from '../uncertainty';
import { seriesDisplay, unitLabel } from '../shared';
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
    return {
      seriesId: s.id,
      seriesName: s.name[input.settings.lang],
      unit: unitLabel(display.unit, input.t),
      scenarios: [
        ...seriesEntries(s, input).flatMap(({ scenario, result }) =>
          result?.ok ? [{ name: scenario.name, points: result.value.map((p) => ({ year: p.year, value: p.value.times(display.factor).toString() })) }] : [],
        ),
        ...percentiles,
      ],
    };
  });
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

const tidy = (value: number) => Number(new Dec(value).toSignificantDigits(6).toString());

/** The deck: every chart as a native line chart, and the assumptions as a table (scenario × series). */
export function deckSpec(all: readonly SeriesDefinition[], input: ExportInput): Deck {
  const { t, x, settings } = input;
  const lang = settings.lang;
  const series = chartedSeries(all);
  const years = Array.from({ length: settings.yearTo - settings.yearFrom + 1 }, (_, i) => settings.yearFrom + i);
  const charts = series.map((s) => {
    const { data, display } = exportChart(s, input, { footnote: false });
    const scale = axisScale(data.lines.flatMap((l) => l.points.map((p) => p.value)), display.unit, x);
    return {
      title: data.title,
      axisTitle: scale.title,
      categories: years.map(String),
      series: data.lines.map((line) => {
        const byYear = new Map(line.points.map((p) => [p.year, p.value]));
        return {
          name: line.name,
          color: paletteColor(lightTheme, line.colorIndex),
          values: years.map((y) => {
            const v = byYear.get(y);
            return v === undefined || !Number.isFinite(v) ? null : tidy(v / scale.divisor);
          }),
        };
      }),
      sourceLine: data.sourceLine ?? '',
    };
  });
  return {
    title: x.deck.fileTitle,
    author: t.appTitle,
    fontFace: lang === 'zh' ? 'Microsoft YaHei' : 'Calibri',
    charts,
    table: assumptionsTable(series, input),
  };
}

/** The compared scenarios' assumptions, a row each and a column per charted series, in the display unit. */
export function assumptionsTable(series: readonly SeriesDefinition[], input: ExportInput): Deck['table'] {
  const { t, x, settings } = input;
  const lang = settings.lang;
  const displays = series.map((s) => seriesDisplay(s, settings));
  const rows = comparedScenarios(input).map((scenario) => [
    scenario.name,
    ...series.map((s, i) => {
      const model = scenario.models[s.id];
      return model ? modelSummary(model, displays[i]!, settings, lang, t, x) : '–';
    }),
  ]);
  const converted = series.some((s, i) => {
    const shown = displays[i]!.unit;
    return s.unit.kind === 'money' && shown.kind === 'money' && shown.currency !== s.unit.currency;
  });
  return {
    title: x.deck.assumptions,
    header: [x.deck.scenario, ...series.map((s, i) => `${s.name[lang]} (${unitLabel(displays[i]!.unit, t)})`)],
    rows,
    ...(converted ? { note: x.fxLine(settings.usdCny) } : {}),
  };
}
