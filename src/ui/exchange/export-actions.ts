import { renderProjectionChart } from '../../charts';
import type { ChartData, ChartSize } from '../../charts/types';
import { projectionCsv } from '../../io/csv';
import type { Digits } from '../../io/spreadsheet-cells';
import type { PercentileColumns } from '../uncertainty';
import { bytesBlob, saveBlob, textBlob } from '../../io/download';
import { withPngMetadata } from '../../io/png-meta';
import { svgToPng } from '../../io/rasterize';
import { SCENARIO_FILE_SOURCE, serializeScenarioFile, toScenarioFile } from '../../io/scenario-file';
import { SERIES_FILE_NAME, serializeSeriesFile, toSeriesFile } from '../../io/series-file';
import type { Doc } from '../../state';
import { withSvgMetadata } from '../../io/svg-meta';
import type { SeriesDefinition } from '../../model';
import { exportLayout, exportTheme, type Background, type ExportInput, type PixelRatio, type SizePreset } from './export-chart';
import { deckSpec } from './deck-spec';
import { csvRows, scenarioSelection } from './export-files';

/**
 * What the export menu does, loaded only when it is first used (rasterizing, metadata, CSV and the
 * scenario file stay out of the first page load; PowerPoint is a further import() of its own).
 */

export interface ImageOptions {
  readonly preset: SizePreset;
  readonly ratio: PixelRatio;
  readonly background: Background;
  /** The chart's box on screen, for the "as on screen" size. */
  readonly screen?: ChartSize;
  /** The chart's data as the screen draws it (fan and target included). */
  readonly chart?: ChartData;
}

/** The chart's file name: plain ASCII from its id, so every system takes it. */
export const chartFileName = (series: SeriesDefinition, extension: string) => `forecast-${series.id}.${extension}`;

/** The compared scenarios and this chart's view as JSON, to travel inside the image. */
function payload(series: SeriesDefinition, input: ExportInput): string {
  const { scenarios, view } = scenarioSelection('compared', input, series.id);
  return JSON.stringify(toScenarioFile(scenarios, view, new Date(), input.userSeries));
}

/** The export as an SVG element: the very renderer the screen uses, at the export's size and theme. */
export function renderExport(series: SeriesDefinition, input: ExportInput, options: ImageOptions): { svg: SVGSVGElement; size: ChartSize; background: string } {
  const { data, size, layoutSize } = exportLayout(series, input, options);
  const theme = exportTheme(options.background);
  const svg = renderProjectionChart(document, data, layoutSize, theme);
  svg.setAttribute('width', String(size.width));
  svg.setAttribute('height', String(size.height));
  return { svg, size, background: theme.background };
}

/** PNG bytes at ratio× the layout size, with pHYs (so it pastes at its CSS size) and the scenarios inside. */
export async function pngBytes(series: SeriesDefinition, input: ExportInput, options: ImageOptions): Promise<Uint8Array> {
  const { svg, size, background } = renderExport(series, input, options);
  const png = await svgToPng(svg, size.width, size.height, options.ratio, background);
  return withPngMetadata(png, { pixelRatio: options.ratio, payload: payload(series, input) });
}

export async function pngBlob(series: SeriesDefinition, input: ExportInput, options: ImageOptions): Promise<Blob> {
  return bytesBlob(await pngBytes(series, input, options), 'image/png');
}

export async function downloadPng(series: SeriesDefinition, input: ExportInput, options: ImageOptions): Promise<string> {
  const name = chartFileName(series, 'png');
  saveBlob(await pngBlob(series, input, options), name);
  return name;
}

/** A standalone SVG file: XML declaration, namespaced root, system font stack, no script, the scenarios as metadata. */
export function svgFile(series: SeriesDefinition, input: ExportInput, options: ImageOptions): string {
  const { svg } = renderExport(series, input, options);
  const text = new XMLSerializer().serializeToString(svg);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withSvgMetadata(text, payload(series, input))}\n`;
}

export function downloadSvg(series: SeriesDefinition, input: ExportInput, options: ImageOptions): string {
  const name = chartFileName(series, 'svg');
  saveBlob(textBlob(svgFile(series, input, options), 'image/svg+xml;charset=utf-8'), name);
  return name;
}

/** Rounded to 15 significant digits unless `digits` says 'exact'; with the fans' percentiles where given. */
export function downloadCsv(
  series: readonly SeriesDefinition[],
  input: ExportInput,
  name: string,
  options: { readonly digits?: Digits; readonly fans?: ReadonlyMap<string, PercentileColumns> } = {},
): string {
  saveBlob(textBlob(projectionCsv(csvRows(series, input, options.fans), options.digits), 'text/csv;charset=utf-8'), name);
  return name;
}

export function downloadJson(which: 'focus' | 'all', input: ExportInput): string {
  const { scenarios, view } = scenarioSelection(which, input);
  const name = which === 'all' ? 'forecast-scenarios.json' : `forecast-${slug(scenarios[0]?.name ?? 'scenario')}.json`;
  saveBlob(textBlob(serializeScenarioFile(toScenarioFile(scenarios, view, new Date(), input.userSeries)), 'application/json'), name);
  return name;
}

/** The user's own series as a library file (io/series-file), to pass a market model around. */
export function downloadSeries(series: Doc['userSeries'] & object): string {
  saveBlob(textBlob(serializeSeriesFile(toSeriesFile(series, SCENARIO_FILE_SOURCE)), 'application/json'), SERIES_FILE_NAME);
  return SERIES_FILE_NAME;
}

/** PowerPoint of one chart (`only`) or all; `chart` is the menu's chart as the screen draws it (its fan). */
export async function downloadPptx(series: readonly SeriesDefinition[], input: ExportInput, options: { readonly only?: SeriesDefinition; readonly chart?: { readonly seriesId: string; readonly data: ChartData } } = {}): Promise<string> {
  const { writePptx } = await import('../../io/pptx');
  const name = options.only ? chartFileName(options.only, 'pptx') : 'forecast-charts.pptx';
  const deck = deckSpec(series, input, { ...(options.only ? { only: options.only } : {}), ...(options.chart ? { screen: options.chart } : {}) });
  saveBlob(bytesBlob(await writePptx(deck), 'application/vnd.openxmlformats-officedocument.presentationml.presentation'), name);
  return name;
}

/** A scenario name as a file name: letters and digits of any script kept, the rest folded to dashes. */
export function slug(name: string): string {
  const text = name.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return text.slice(0, 60) || 'scenario';
}
