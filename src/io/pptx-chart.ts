/**
 * The DrawingML of one slide chart, written here rather than by pptxgenjs: pptxgenjs 4 lists three
 * axis ids in every line chart (the format allows two, and PowerPoint asks to repair the file) and
 * cannot draw what the screen draws (a marker and dash per series, report figures with labels, ranges,
 * a fan). pptxgenjs still writes the package and the embedded workbook; the series here are the
 * workbook's columns in the same order (column A the years, B onwards one column per series).
 * Element order follows the schema (ECMA-376 Part 1, dml-chart.xsd).
 */

/** DrawingML's marker symbols, with a hollow variant, so ten scenarios get ten distinct markers. */
export type SlideMarker = { readonly symbol: 'circle' | 'square' | 'triangle' | 'diamond' | 'x' | 'plus' | 'star' | 'dash' | 'dot' | 'none'; readonly hollow?: boolean; readonly size?: number };

export interface SlideSeries {
  readonly name: string;
  /** One value per category (year); null where the series has none. */
  readonly values: readonly (number | null)[];
  readonly color: string;
  /** 'area' series are stacked under the lines (the fan); the rest are lines. */
  readonly type: 'line' | 'area';
  /** Line width in points; 0 for no line (report figures). */
  readonly width: number;
  readonly dash?: 'dash' | 'sysDot';
  readonly marker: SlideMarker;
  /** Fill opacity of an area, 0..1 (0: not drawn, the stack's floor). */
  readonly fillOpacity?: number;
  /** Show the series name as a label at these category indices (a report figure's "≤100亿"). */
  readonly labelAt?: readonly number[];
  /** The label above its point rather than beside it (goal seek's, over its rule). */
  readonly labelAbove?: boolean;
  /** A range: the value is its middle, drawn as a bar from `low` to `high` (custom error bars) at each of its years. */
  readonly range?: { readonly low: readonly (number | null)[]; readonly high: readonly (number | null)[] };
  /** Left out of the legend (the fan's floor, a range's low end, a projection's second half). */
  readonly hideInLegend?: boolean;
}

export interface SlideChart {
  readonly categories: readonly string[];
  readonly series: readonly SlideSeries[];
  readonly scale: 'linear' | 'log';
  readonly min: number;
  readonly max: number;
  readonly majorUnit?: number;
  readonly axisTitle: string;
  readonly numberFormat: string;
  readonly font: string;
  /** "zh-CN" or "en-US": the language of every run of text in the chart. */
  readonly lang: string;
  readonly textColor: string;
  readonly mutedColor: string;
  readonly gridColor: string;
}

/** The chart's frame on its slide, in inches. */
export const CHART_FRAME = { x: 0.5, y: 1.3, w: 12.333, h: 4.6 } as const;

/** Where the plot sits in the chart's frame (fractions) with a legend of up to LEGEND_ROWS rows under the year labels. */
export const PLOT_BOX = { x: 0.09, y: 0.04, w: 0.88, h: 0.7 } as const;
const LEGEND_ROWS = 3;
/** A 12 pt legend row as LibreOffice Impress spaces it (about 18 pt), as a fraction of the frame's height. */
const LEGEND_ROW = 18 / 72 / CHART_FRAME.h;

/**
 * Rows the legend needs at 12 pt across the frame. Its shown entries are laid out in columns as wide as the
 * widest (as LibreOffice and PowerPoint draw a bottom legend), each a marker and its name at about 0.1 in a
 * Latin character and 0.17 a Chinese one (generous: the reader's program may substitute a wider font).
 */
export function legendRows(chart: Pick<SlideChart, 'series'>): number {
  const width = (name: string) => 0.5 + [...name].reduce((w, c) => w + (/[\u2E80-\uFFEF]/.test(c) ? 0.17 : 0.1), 0);
  const shown = chart.series.filter((entry) => !entry.hideInLegend);
  if (!shown.length) return 0;
  const columns = Math.max(1, Math.floor(CHART_FRAME.w / Math.max(...shown.map((s) => width(s.name)))));
  return Math.ceil(shown.length / columns);
}

/**
 * Where the plot sits in the chart's frame (fractions), so shapes drawn over the slide (arrows) land on
 * it: PLOT_BOX, shorter by a row's height for each legend row past LEGEND_ROWS, so that a long legend
 * (the video chart's stated-rate line and its scenarios) stays under the year labels instead of
 * growing up over the plot.
 */
export function plotBox(chart: Pick<SlideChart, 'series'>): { readonly x: number; readonly y: number; readonly w: number; readonly h: number } {
  const extra = Math.max(0, legendRows(chart) - LEGEND_ROWS);
  return { ...PLOT_BOX, h: PLOT_BOX.h - extra * LEGEND_ROW };
}

const CAT_AX = '500100';
const VAL_AX = '500200';

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const hex = (color: string) => color.replace(/^#/, '').toUpperCase();
const emu = (points: number) => Math.round(points * 12700);

/** Spreadsheet column of a 1-based index: 1 → A, 27 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function runProps(chart: SlideChart, size: number, color: string, bold = false): string {
  const font = esc(chart.font);
  return `<a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}" lang="${chart.lang}"><a:solidFill><a:srgbClr val="${hex(color)}"/></a:solidFill><a:latin typeface="${font}"/><a:ea typeface="${font}"/><a:cs typeface="${font}"/></a:defRPr>`;
}

const textProps = (chart: SlideChart, size: number, color: string, bold = false) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(chart, size, color, bold)}</a:pPr><a:endParaRPr lang="${chart.lang}"/></a:p></c:txPr>`;

function line(series: SlideSeries): string {
  if (series.type === 'area') return '<a:ln><a:noFill/></a:ln>';
  if (series.width === 0) return '<a:ln><a:noFill/></a:ln>';
  const dash = series.dash ? `<a:prstDash val="${series.dash}"/>` : '';
  return `<a:ln w="${emu(series.width)}" cap="rnd"><a:solidFill><a:srgbClr val="${hex(series.color)}"/></a:solidFill>${dash}<a:round/></a:ln>`;
}

function shapeProps(series: SlideSeries): string {
  if (series.type === 'area') {
    const alpha = Math.round((series.fillOpacity ?? 0) * 100000);
    const fill = alpha > 0 ? `<a:solidFill><a:srgbClr val="${hex(series.color)}"><a:alpha val="${alpha}"/></a:srgbClr></a:solidFill>` : '<a:noFill/>';
    return `<c:spPr>${fill}${line(series)}</c:spPr>`;
  }
  return `<c:spPr>${line(series)}</c:spPr>`;
}

/** A colour 45% of the way from white: light enough to read as hollow beside a filled marker, still seen on white. */
export function tint(color: string): string {
  return [0, 2, 4].map((i) => Math.round(parseInt(color.slice(i, i + 2), 16) * 0.45 + 255 * 0.55).toString(16).padStart(2, '0')).join('').toUpperCase();
}

function marker(series: SlideSeries): string {
  const { symbol, hollow, size } = series.marker;
  if (symbol === 'none') return '<c:marker><c:symbol val="none"/></c:marker>';
  const color = hex(series.color);
  // A hollow marker is filled with its colour lightened, not white: LibreOffice draws no marker's outline, so a
  // white one (the report's ≈ and 可能达到 rings) was a white gap cut out of its line there.
  const fill = `<a:solidFill><a:srgbClr val="${hollow ? tint(color) : color}"/></a:solidFill>`;
  const outline = `<a:ln w="${emu(series.dash === 'sysDot' && series.width === 0 ? 1.75 : 1)}"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>${series.width === 0 && series.dash ? `<a:prstDash val="${series.dash}"/>` : ''}</a:ln>`;
  return `<c:marker><c:symbol val="${symbol}"/><c:size val="${Math.max(2, Math.min(72, size ?? 7))}"/><c:spPr>${fill}${outline}</c:spPr></c:marker>`;
}

const flags = (serName: boolean) =>
  `<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="${serName ? 1 : 0}"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>`;

function labels(series: SlideSeries, chart: SlideChart): string {
  if (!series.labelAt?.length) return '';
  // Beside its point, or above it when the point sits in the plot's lowest tenth, where the label would meet the year labels.
  const share = (value: number) =>
    chart.scale === 'log'
      ? (Math.log10(Math.max(value, chart.min)) - Math.log10(chart.min)) / (Math.log10(chart.max) - Math.log10(chart.min))
      : (value - chart.min) / (chart.max - chart.min);
  const place = (idx: number) => {
    const value = series.values[idx];
    return series.labelAbove || (value !== null && value !== undefined && share(value) < 0.1) ? 't' : 'r';
  };
  const one = (idx: number) => `<c:dLbl><c:idx val="${idx}"/>${textProps(chart, 12, chart.textColor, true)}<c:dLblPos val="${place(idx)}"/>${flags(true)}</c:dLbl>`;
  return `<c:dLbls>${series.labelAt.map(one).join('')}${flags(false)}</c:dLbls>`;
}

const numLit = (values: readonly (number | null)[]) =>
  `<c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values.map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('')}</c:numLit>`;

/** A range's bar from its low to its high end, as error bars around the middle (PowerPoint, LibreOffice and WPS draw them). */
function rangeBars(series: SlideSeries): string {
  if (!series.range) return '';
  const { low, high } = series.range;
  const plus = series.values.map((v, i) => (v === null || high[i] == null ? null : Number((high[i]! - v).toPrecision(12))));
  const minus = series.values.map((v, i) => (v === null || low[i] == null ? null : Number((v - low[i]!).toPrecision(12))));
  return `<c:errBars><c:errDir val="y"/><c:errBarType val="both"/><c:errValType val="cust"/><c:noEndCap val="0"/><c:plus>${numLit(plus)}</c:plus><c:minus>${numLit(minus)}</c:minus><c:spPr><a:ln w="${emu(2)}"><a:solidFill><a:srgbClr val="${hex(series.color)}"/></a:solidFill></a:ln></c:spPr></c:errBars>`;
}

function ser(series: SlideSeries, index: number, chart: SlideChart): string {
  const column = columnName(index + 2);
  const n = chart.categories.length;
  const cats = chart.categories.map((c, i) => `<c:pt idx="${i}"><c:v>${esc(c)}</c:v></c:pt>`).join('');
  const vals = series.values.map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  const head = `<c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:strRef><c:f>Sheet1!$${column}$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${esc(series.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`;
  const data =
    `<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$${n + 1}</c:f><c:strCache><c:ptCount val="${n}"/>${cats}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>Sheet1!$${column}$2:$${column}$${n + 1}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${n}"/>${vals}</c:numCache></c:numRef></c:val>`;
  if (series.type === 'area') return `<c:ser>${head}${shapeProps(series)}${data}</c:ser>`;
  return `<c:ser>${head}${shapeProps(series)}${marker(series)}${labels(series, chart)}${rangeBars(series)}${data}<c:smooth val="0"/></c:ser>`;
}

const axIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;

/** The chart part (ppt/charts/chartN.xml) for `chart`; `workbookRel` is the chart's relationship to its embedded workbook. */
export function chartXml(chart: SlideChart, workbookRel = 'rId1'): string {
  const indexed = chart.series.map((s, i) => ({ s, i }));
  const areas = indexed.filter(({ s }) => s.type === 'area');
  const lines = indexed.filter(({ s }) => s.type === 'line');
  const groups: string[] = [];
  if (areas.length) groups.push(`<c:areaChart><c:grouping val="stacked"/><c:varyColors val="0"/>${areas.map(({ s, i }) => ser(s, i, chart)).join('')}${axIds}</c:areaChart>`);
  if (lines.length) groups.push(`<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map(({ s, i }) => ser(s, i, chart)).join('')}<c:marker val="1"/>${axIds}</c:lineChart>`);
  const gridLine = `<a:ln w="9525"><a:solidFill><a:srgbClr val="${hex(chart.gridColor)}"/></a:solidFill></a:ln>`;
  const axisLine = `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="${hex(chart.mutedColor)}"/></a:solidFill></a:ln></c:spPr>`;
  const scaling =
    chart.scale === 'log'
      ? `<c:scaling><c:logBase val="10"/><c:orientation val="minMax"/><c:max val="${chart.max}"/><c:min val="${chart.min}"/></c:scaling>`
      : `<c:scaling><c:orientation val="minMax"/><c:max val="${chart.max}"/><c:min val="${chart.min}"/></c:scaling>`;
  const title = `<c:title><c:tx><c:rich><a:bodyPr rot="-5400000" vert="horz"/><a:lstStyle/><a:p><a:pPr>${runProps(chart, 12, chart.mutedColor)}</a:pPr><a:r><a:rPr lang="${chart.lang}" sz="1200"/><a:t>${esc(chart.axisTitle)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${axisLine}${textProps(chart, 12, chart.mutedColor)}` +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX}"/>${scaling}<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr>${gridLine}</c:spPr></c:majorGridlines>${title}` +
    `<c:numFmt formatCode="${esc(chart.numberFormat)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>${textProps(chart, 12, chart.mutedColor)}` +
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>${chart.majorUnit && chart.scale === 'linear' ? `<c:majorUnit val="${chart.majorUnit}"/>` : ''}</c:valAx>`;
  const hidden = chart.series.flatMap((s, i) => (s.hideInLegend ? [`<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>`] : [])).join('');
  const legend = `<c:legend><c:legendPos val="b"/>${hidden}<c:overlay val="0"/>${textProps(chart, 12, chart.textColor)}</c:legend>`;
  const box = plotBox(chart);
  const layout = `<c:layout><c:manualLayout><c:layoutTarget val="inner"/><c:xMode val="edge"/><c:yMode val="edge"/><c:x val="${box.x}"/><c:y val="${box.y}"/><c:w val="${box.w}"/><c:h val="${box.h}"/></c:manualLayout></c:layout>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<c:date1904 val="0"/><c:lang val="${chart.lang}"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:autoTitleDeleted val="1"/><c:plotArea>${layout}${groups.join('')}${catAx}${valAx}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(chart, 12, chart.textColor)}` +
    `<c:externalData r:id="${workbookRel}"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>`
  );
}
