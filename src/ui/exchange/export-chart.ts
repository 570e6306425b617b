import { chartLayout, darkTheme, lightTheme } from '../../charts';
// A file draws the fans shown on the page (input.fans): their drawing, loaded with the exports.
import '../../charts/band';
import type { ChartData, ChartSize, ChartTheme } from '../../charts/types';
import type { ReportData } from '../../io/report-fixture';
import { DEFAULT_SAMPLES, isOwnSeries, type SeriesDefinition } from '../../model';
import { comparedScenarios, NO_WORDS, seriesProjections, type Doc, type Scenario, type Settings } from '../../state';
import { buildChart, chartArrows, withWords, type SeriesEntry } from '../chart';
import type { Messages } from '../i18n';
import type { ExchangeMessages } from '../i18n/exchange';
import { uncertaintyCatalogues } from '../i18n/uncertainty';
import { modelSummary } from './model-summary';
import { seriesDisplay, type SeriesDisplay } from '../shared';

export type SizePreset = 'slide' | 'standard' | 'square' | 'screen';
/** White; transparent for light slide templates (dark text) or for dark ones (light text); dark. */
export type Background = 'white' | 'transparent' | 'transparent-dark' | 'dark';
export type PixelRatio = 1 | 2 | 3;

export const SIZE_PRESETS: readonly SizePreset[] = ['slide', 'standard', 'square', 'screen'];
export const BACKGROUNDS: readonly Background[] = ['white', 'transparent', 'transparent-dark', 'dark'];
export const PIXEL_RATIOS: readonly PixelRatio[] = [1, 2, 3];

// An export is laid out at these CSS pixels, so type keeps its size relative to a slide; the pixel ratio only sharpens it.
const FIXED_SIZES: Record<Exclude<SizePreset, 'screen'>, ChartSize> = {
  slide: { width: 1920, height: 1080 },
  standard: { width: 1440, height: 1080 },
  square: { width: 1080, height: 1080 },
};

/** The CSS size an export is laid out at; "as on screen" takes the chart's current box. */
export function exportSize(preset: SizePreset, screen: ChartSize | undefined): ChartSize {
  if (preset !== 'screen') return FIXED_SIZES[preset];
  const width = Math.round(screen?.width ?? 0);
  const height = Math.round(screen?.height ?? 0);
  return width >= 320 && height >= 200 ? { width, height } : { width: 800, height: 450 };
}

/**
 * The size an export of `data` is laid out at. "As on screen" keeps the screen's width and grows the
 * height by what the export adds (title, source, assumptions), so the plot stays as tall as on screen.
 */
export function exportSizeFor(preset: SizePreset, data: ChartData, screen: ChartSize | undefined): ChartSize {
  const size = exportSize(preset, screen);
  if (preset !== 'screen') return size;
  // Margins do not depend on the height; a tall probe keeps the plot clear of its minimum.
  const margins = (d: ChartData) => {
    const { top, bottom } = chartLayout(d, { width: size.width, height: 10_000 }).margin;
    return top + bottom;
  };
  const onScreen: ChartData = { ...data, title: '', subtitle: undefined, sourceLine: undefined, footnote: undefined, note: undefined };
  const all = margins(data);
  // The plot keeps at least half the height (charts/layout): when the export's text is taller than the
  // screen's plot, the image grows until it is not, so nothing of the footnote is cut.
  return { width: size.width, height: Math.round(Math.max(size.height + Math.max(0, all - margins(onScreen)), 2 * all + 2)) };
}

/** Dark is the dark theme; the transparent ones are the light or dark theme with nothing painted behind them. */
export function exportTheme(background: Background): ChartTheme {
  switch (background) {
    case 'dark':
      return darkTheme;
    case 'transparent':
      return { ...lightTheme, background: 'transparent' };
    case 'transparent-dark':
      return { ...darkTheme, background: 'transparent' };
    default:
      return lightTheme;
  }
}

/** What an export needs of the app's state; a plain snapshot, so it can be built outside React. */
export interface ExportInput {
  readonly scenarios: readonly Scenario[];
  readonly compared: readonly string[];
  readonly focusId: string;
  readonly settings: Settings;
  readonly report: ReportData;
  readonly t: Messages;
  readonly x: ExchangeMessages;
  /** The user's words and arrows on each chart (the doc's `charts`). */
  readonly charts?: Doc['charts'];
  /** The user's own series: scenario files and links carry those their scenarios use. */
  readonly userSeries?: Doc['userSeries'];
  /** The fan each chart shows now (the scenario in focus, simulated), by series: every chart of a file draws its own. */
  readonly fans?: ReadonlyMap<string, NonNullable<ChartData['band']>>;
}

export { comparedScenarios } from '../../state';

/** Each compared scenario's projection of one series over the years in view. */
export function seriesEntries(series: SeriesDefinition, input: ExportInput): SeriesEntry[] {
  return seriesProjections(input, series.id, input.settings.yearFrom, input.settings.yearTo);
}

/** The report, date, place in the report and cited source, in the reader's language. */
export function sourceLine(series: SeriesDefinition, input: ExportInput): string {
  const { report } = input.report;
  const lang = input.settings.lang;
  const where = input.x.where(series.section, series.figure);
  // A series of one's own was published elsewhere: its own publisher and date, never the report's.
  if (isOwnSeries(series)) return input.x.ownSource(series.citedSource[lang], series.section ? where : '');
  return input.x.source(report.publisher[lang], report.title[lang], report.date, where, series.citedSource[lang]);
}

/**
 * The key assumptions: the exchange rate when money is converted, first, as every value on the chart stands on it
 * (a chart with no room for every line keeps the first ones); then one line per compared model, the scenario in
 * focus first (scenarios sharing one are named together).
 */
export function assumptionsNote(series: SeriesDefinition, display: SeriesDisplay, input: ExportInput): string {
  const { t, x, settings } = input;
  const byModel = new Map<string, { names: string[]; text: string }>();
  const compared = comparedScenarios(input);
  // The scenario in focus (the one being worked on) first: when a slide has no room for every line, its line stays.
  const ordered = [...compared.filter((s) => s.id === input.focusId), ...compared.filter((s) => s.id !== input.focusId)];
  for (const scenario of ordered) {
    const model = scenario.models[series.id];
    if (!model) continue;
    const ranges = scenario.uncertainty?.ranges[series.id];
    const key = JSON.stringify([model, ranges]);
    const known = byModel.get(key);
    if (known) known.names.push(scenario.name);
    else byModel.set(key, { names: [scenario.name], text: modelSummary(model, display, settings, settings.lang, t, x, ranges) });
  }
  // Every scenario on the chart on the same assumptions: said once, not as a chain of all their names.
  const converted = series.unit.kind === 'money' && display.unit.kind === 'money' && display.unit.currency !== series.unit.currency;
  const lines = [...(converted ? [x.fxLine(settings.usdCny)] : []), ...[...byModel.values()].map(({ names, text }) =>
    x.scenarioLine(names.length > 2 && names.length === compared.length ? x.allScenarios(names.length) : names.join(' = '), text),
  )];
  return lines.join('\n');
}

export interface ExportChart {
  readonly data: ChartData;
  readonly display: SeriesDisplay;
  readonly entries: readonly SeriesEntry[];
}

/**
 * The chart the screen draws, dressed for a file: its title, the scenario names in a legend, the
 * source and the key assumptions underneath. The screen's own data when given, else the same
 * buildChart the screen uses, so the two never disagree.
 */
export function exportChart(series: SeriesDefinition, input: ExportInput, options: { footnote?: boolean; screen?: ChartData; fanKey?: boolean } = {}): ExportChart {
  const display = seriesDisplay(series, input.settings);
  const entries = seriesEntries(series, input);
  // What the screen draws (its fan and goal-seek target included) when the panel hands it over; else the same chart,
  // with the fan the page shows for it.
  const fan = input.fans?.get(series.id);
  const base = options.screen ?? { ...buildChart(series, entries, display, input.settings, input.t, input.focusId).data, ...(fan ? { band: fan } : {}) };
  // The user's own words on this chart: a title or none, a subtitle, a note, footnote and source shown or not, arrows.
  const words = input.charts?.[series.id] ?? NO_WORDS;
  const assumptions = options.footnote === false || words.footnote === false ? undefined : assumptionsNote(series, display, input);
  // A fan says in words whose simulated paths it shades, as the page's key does: an image or a PDF has no other key to
  // it (a slide names its bands in its legend, and asks for none). Said with the note, whose lines the layout keeps
  // room for: first in the footnote, it took the one line kept for the assumptions (found by use).
  const focus = base.band && options.fanKey !== false ? input.scenarios.find((s) => s.id === input.focusId) : undefined;
  const fanKey =
    focus && uncertaintyCatalogues[input.settings.lang].key(focus.name, (focus.uncertainty?.samples ?? DEFAULT_SAMPLES).toLocaleString(input.settings.lang === 'zh' ? 'zh-CN' : 'en'));
  const footnote = assumptions;
  const note = [words.note, fanKey].filter(Boolean).join(' ');
  const source = words.source === false ? undefined : sourceLine(series, input);
  const arrows = chartArrows(words, entries, display, input.settings.lang, input.t);
  const titled = withWords({ ...base, title: base.title || series.name[input.settings.lang] }, words, arrows);
  return {
    display,
    entries,
    data: {
      ...titled,
      legend: true,
      ...(source ? { sourceLine: source } : {}),
      ...(footnote ? { footnote, footnoteMore: input.x.moreAssumptions } : {}),
      ...(note ? { note } : {}),
    },
  };
}

// A fixed preset is laid out at half its pixels and drawn at full size, so type reads on a slide as on a
// screen (an 18 px title becomes 36 px of 1920); "as on screen" keeps the screen's own scale.
const SLIDE_TYPE_SCALE = 2;

/** The chart of an image export, the size of the file in CSS pixels, and the size it is laid out at. */
export function exportLayout(
  series: SeriesDefinition,
  input: ExportInput,
  options: { readonly preset: SizePreset; readonly screen?: ChartSize; readonly chart?: ChartData },
): { data: ChartData; size: ChartSize; layoutSize: ChartSize } {
  const { data } = exportChart(series, input, options.chart ? { screen: options.chart } : {});
  const size = exportSizeFor(options.preset, data, options.screen);
  const scale = options.preset === 'screen' ? 1 : SLIDE_TYPE_SCALE;
  return { data, size, layoutSize: { width: size.width / scale, height: size.height / scale } };
}

/** The series that have a chart, in the order the page shows them. */
export const chartedSeries = (series: readonly SeriesDefinition[]): SeriesDefinition[] => series.filter((s) => s.baseModel);
