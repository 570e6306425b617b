import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { CHART_FRAME, chartXml, plotBox, type SlideChart } from './pptx-chart';
import { tagLanguages } from './pptx-lang';

/**
 * A PowerPoint file of one chart or all of them, written in the browser. Only ever loaded with
 * import() when the user asks for one: pptxgenjs and JSZip weigh far more than the whole app.
 * pptxgenjs lays out the slides, tables, notes and shapes and writes each chart's workbook; each
 * chart part is then replaced by our own DrawingML (pptx-chart.ts), and every run of text is tagged
 * with its language (pptx-lang.ts).
 */

/** A CAGR or difference arrow, in the chart's categories and axis units. */
export interface DeckArrow {
  readonly kind: 'cagr' | 'difference';
  readonly from: { readonly index: number; readonly value: number };
  readonly to: { readonly index: number; readonly value: number };
  readonly label: string;
  readonly color: string;
}

export interface DeckChart {
  readonly title: string;
  readonly subtitle?: string;
  readonly chart: SlideChart;
  readonly arrows: readonly DeckArrow[];
  /** The key to line styles and markers, one line. */
  readonly key: string;
  /** The user's note, the source line and the assumptions, as shown under the chart. */
  readonly note?: string;
  readonly sourceLine?: string;
  readonly footnote?: string;
  /** Speaker notes: the assumptions, the report's wording of each figure, the source. */
  readonly notes: string;
  /** The chart described for screen readers. */
  readonly altText: string;
}

export interface DeckTable {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly note?: string;
  readonly notes: string;
  readonly altText: string;
}

export interface Deck {
  readonly title: string;
  readonly author: string;
  readonly fontFace: string;
  readonly charts: readonly DeckChart[];
  readonly table?: DeckTable;
}

// LAYOUT_WIDE is 13.333 × 7.5 inches (16:9).
const W = 13.333;
const MARGIN = 0.5;
const WIDTH = W - 2 * MARGIN;
const TEXT = '1C2430';
const MUTED = '5B6675';
/** Where the chart's frame sits on its slide, in inches. */
export { CHART_FRAME };
/** Where the assumptions table starts on its slide, and where it must end (above the note, when there is one), in inches. */
const TABLE_TOP = 1.1;
const TABLE_BOTTOM = { note: 6.7, none: 7.3 };
const CELL_MARGIN = 0.06;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * A cell's height in inches, estimated the way its text wraps: a CJK character an em wide, any other about
 * half of one (a little more, for the widest fallback font), a quarter em where the two meet, lines 1.45 em
 * apart in a CJK font and 1.2 in a Latin one; a Latin line a tenth short of the cell for the word that does not fit,
 * a Chinese one 2.2 em short for the numbers and marks that cannot break or start a line ("+53.53%；", "人、"):
 * LibreOffice's render wrapped the users' cell to 5 lines in a 3.31 in column and 8 in a 2.48 in one (four series,
 * found by use: a tenth more counted 7, and the row ran off the slide); this counts 6 and 8.
 */
function cellHeight(text: string, width: number, fontSize: number, cjk: boolean): number {
  const inner = (width - 2 * CELL_MARGIN) * 72;
  const lines = text.split('\n').reduce((sum, paragraph) => {
    let ems = 0;
    let wasCjk: boolean | undefined;
    for (const char of paragraph) {
      const isCjk = CJK.test(char) || char === '—';
      // A quarter em where Chinese meets digits or Latin letters: the space LibreOffice and PowerPoint set there.
      if (wasCjk !== undefined && isCjk !== wasCjk && char !== ' ') ems += 0.25;
      ems += isCjk ? 1 : 0.55;
      wasCjk = char === ' ' ? wasCjk : isCjk;
    }
    return sum + Math.max(1, Math.ceil(cjk ? (ems * fontSize) / (inner - 2.2 * fontSize) : (ems * fontSize * 1.1) / inner));
  }, 0);
  return (lines * fontSize * (cjk ? 1.45 : 1.2)) / 72 + 2 * CELL_MARGIN;
}

/**
 * The assumptions table's rows, slide by slide: as many as each slide's height holds (at least one), by each
 * row's estimated height. Five rows a slide ran off the slide's foot in Chinese, whose cells wrap to five lines.
 */
export function tablePages(table: DeckTable, widths: readonly number[], cjk: boolean): (readonly string[])[][] {
  const rowHeight = (row: readonly string[], fontSize: number) => Math.max(...row.map((text, i) => cellHeight(text, widths[i] ?? widths.at(-1)!, fontSize, cjk)));
  const room = (table.note ? TABLE_BOTTOM.note : TABLE_BOTTOM.none) - TABLE_TOP - rowHeight(table.header, 13);
  const pages: (readonly string[])[][] = [[]];
  let used = 0;
  for (const row of table.rows) {
    const height = rowHeight(row, 12);
    if (used + height > room && pages.at(-1)!.length) {
      pages.push([]);
      used = 0;
    }
    pages.at(-1)!.push(row);
    used += height;
  }
  return pages;
}

const hex = (color: string) => color.replace(/^#/, '').toUpperCase();
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The slides, then the chart parts swapped for ours and every run tagged with its language. */
export async function writePptx(deck: Deck): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.author = deck.author;
  pptx.company = deck.author;
  const font = deck.fontFace;
  const charts: SlideChart[] = [];

  for (const chart of deck.charts) {
    const slide = pptx.addSlide();
    if (chart.title) slide.addText(chart.title, { x: MARGIN, y: 0.3, w: WIDTH, h: 0.6, fontFace: font, fontSize: 26, bold: true, color: TEXT });
    if (chart.subtitle) slide.addText(chart.subtitle, { x: MARGIN, y: 0.85, w: WIDTH, h: 0.4, fontFace: font, fontSize: 16, color: MUTED });
    // pptxgenjs writes the workbook from these columns; chartXml draws them (same order).
    const data = chart.chart.series.map((s) => ({ name: s.name, labels: [...chart.chart.categories], values: s.values.map((v) => (v === null ? null : v)) as number[] }));
    slide.addChart(pptx.ChartType.line, data, { ...CHART_FRAME, altText: chart.altText, objectName: 'Chart' });
    charts.push(chart.chart);
    for (const arrow of chart.arrows) drawArrow(pptx, slide, chart.chart, arrow, font);
    slide.addText(chart.key, { x: MARGIN, y: 5.95, w: WIDTH, h: 0.35, fontFace: font, fontSize: 11, color: MUTED, valign: 'top' });
    const footer = [
      ...(chart.note ? [{ text: chart.note, options: { color: TEXT, breakLine: true } }] : []),
      ...(chart.sourceLine ? [{ text: chart.sourceLine, options: { color: MUTED, breakLine: true } }] : []),
      ...(chart.footnote ? [{ text: chart.footnote, options: { color: MUTED } }] : []),
    ];
    if (footer.length) slide.addText(footer, { x: MARGIN, y: 6.3, w: WIDTH, h: 1.1, fontFace: font, fontSize: 10, valign: 'top', fit: 'shrink' });
    slide.addNotes(chart.notes);
  }

  if (deck.table) addTable(pptx, deck.table, font);
  const bytes = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return rewrite(bytes, charts, deck.table?.altText);
}

function addTable(pptx: PptxGenJS, table: DeckTable, font: string): void {
  const cell = (text: string, header = false) => ({
    text,
    options: { bold: header, fill: header ? { color: 'F1F3F6' } : undefined, color: TEXT, fontFace: font, fontSize: header ? 13 : 12, valign: 'top' as const },
  });
  const firstColumn = 2.4;
  const rest = (WIDTH - firstColumn) / Math.max(1, table.header.length - 1);
  const widths = [firstColumn, ...table.header.slice(1).map(() => rest)];
  // A Chinese table is set in a CJK font, whose lines stand further apart.
  const pages = tablePages(table, widths, CJK.test(table.header.join('')));
  for (const [page, rows] of pages.entries()) {
    const slide = pptx.addSlide();
    const title = pages.length > 1 ? `${table.title} (${page + 1}/${pages.length})` : table.title;
    slide.addText(title, { x: MARGIN, y: 0.3, w: WIDTH, h: 0.6, fontFace: font, fontSize: 26, bold: true, color: TEXT });
    slide.addTable([table.header.map((h) => cell(h, true)), ...rows.map((row) => row.map((text) => cell(text)))], {
      x: MARGIN,
      y: TABLE_TOP,
      w: WIDTH,
      colW: widths,
      border: { type: 'solid', pt: 0.5, color: 'D0D5DC' },
      margin: CELL_MARGIN,
      altText: table.altText,
      // No autoPage: pptxgenjs 4.0 splits paged cells into runs PowerPoint asks to repair; rows are paged above.
    } as PptxGenJS.TableProps);
    if (table.note) slide.addText(table.note, { x: MARGIN, y: 6.8, w: WIDTH, h: 0.45, fontFace: font, fontSize: 11, color: MUTED });
    slide.addNotes(table.notes);
  }
}

/** A category's centre and a value's height on the slide, in inches (the plot's box: plotBox). */
export function slidePoint(chart: SlideChart, index: number, value: number): { x: number; y: number } {
  const box = plotBox(chart);
  const plot = { x: CHART_FRAME.x + box.x * CHART_FRAME.w, y: CHART_FRAME.y + box.y * CHART_FRAME.h, w: box.w * CHART_FRAME.w, h: box.h * CHART_FRAME.h };
  const share =
    chart.scale === 'log'
      ? (Math.log10(Math.max(value, chart.min)) - Math.log10(chart.min)) / (Math.log10(chart.max) - Math.log10(chart.min))
      : (value - chart.min) / (chart.max - chart.min);
  return { x: plot.x + (plot.w * (index + 0.5)) / chart.categories.length, y: plot.y + plot.h * (1 - Math.min(1, Math.max(0, share))) };
}

/** A CAGR or difference arrow as native shapes over the chart, where the chart draws the two points. */
function drawArrow(pptx: PptxGenJS, slide: PptxGenJS.Slide, chart: SlideChart, arrow: DeckArrow, font: string): void {
  const a = slidePoint(chart, arrow.from.index, arrow.from.value);
  const b = slidePoint(chart, arrow.to.index, arrow.to.value);
  const plot = plotBox(chart);
  const top = CHART_FRAME.y + plot.y * CHART_FRAME.h + 0.2;
  const gap = 0.1;
  const stroke = { color: TEXT, width: 1.25 };
  const segment = (x: number, y: number, w: number, h: number, options: Partial<PptxGenJS.ShapeLineProps> = {}) =>
    slide.addShape(pptx.ShapeType.line, { x, y, w, h, line: { ...stroke, ...options } });
  // Generous: the font the reader's program substitutes may be wider than ours.
  const labelWidth = Math.max(1.2, [...arrow.label].reduce((w, c) => w + (/[\u2E80-\uFFEF]/.test(c) ? 0.19 : 0.115), 0) + 0.4);
  const box = (cx: number, cy: number) =>
    slide.addText(arrow.label, {
      shape: pptx.ShapeType.roundRect, x: cx - labelWidth / 2, y: cy - 0.17, w: labelWidth, h: 0.34, rectRadius: 0.17,
      fill: { color: 'FFFFFF' }, line: { color: hex(arrow.color), width: 1.25 }, fontFace: font, fontSize: 12, bold: true, color: TEXT, align: 'center', valign: 'middle', margin: 0, wrap: false,
    });
  if (arrow.kind === 'cagr') {
    const bridge = Math.max(top, Math.min(a.y, b.y) - 0.4);
    segment(a.x, bridge, 0, Math.max(0.01, a.y - gap - bridge));
    segment(a.x, bridge, b.x - a.x, 0);
    segment(b.x, bridge, 0, Math.max(0.01, b.y - gap - bridge), { endArrowType: 'triangle' });
    box((a.x + b.x) / 2, bridge);
    return;
  }
  const right = Math.min(CHART_FRAME.x + (plot.x + plot.w) * CHART_FRAME.w - 0.05, b.x + 0.35);
  segment(a.x + gap, a.y, right + 0.1 - a.x - gap, 0, { dashType: 'sysDot', color: hex(arrow.color) });
  segment(b.x + gap, b.y, right + 0.1 - b.x - gap, 0, { dashType: 'sysDot', color: hex(arrow.color) });
  const [upper, lower] = a.y < b.y ? [a.y, b.y] : [b.y, a.y];
  // The head is at the later year's level: the bottom end when the line falls, the top when it rises.
  segment(right, upper, 0, Math.max(0.01, lower - upper), b.y > a.y ? { endArrowType: 'triangle' } : { beginArrowType: 'triangle' });
  const fits = right + 0.1 + labelWidth <= W - MARGIN;
  box(fits ? right + 0.1 + labelWidth / 2 : right - 0.1 - labelWidth / 2, (upper + lower) / 2);
}

/**
 * The chart's workbook with its unit ("亿元", "USD, billion") above the years, in A1, which pptxgenjs leaves blank:
 * whoever edits the chart's data reads 100, 200, 1000 as what they are.
 */
function unitAboveYears(xlsx: ReturnType<typeof zipSync>, unit: string): ReturnType<typeof zipSync> {
  const book = unzipSync(xlsx);
  const name = 'xl/worksheets/sheet1.xml';
  const sheet = book[name] && strFromU8(book[name]);
  if (!sheet) return xlsx;
  const text = unit.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  book[name] = strToU8(sheet.replace(/<c r="A1"[^>]*?(?:\/>|>[^]*?<\/c>)/, () => `<c r="A1" t="inlineStr"><is><t>${text}</t></is></c>`));
  return zipSync(book, { level: 6 });
}

/** Each chart part replaced by ours (found through its slide's relationships), and every run tagged with its language. */
function rewrite(bytes: Uint8Array, charts: readonly SlideChart[], tableAlt: string | undefined): Uint8Array {
  const files = unzipSync(bytes);
  const slideNumber = (name: string) => Number(/slide(\d+)\.xml\.rels$/.exec(name)?.[1] ?? 0);
  const slideRels = Object.keys(files)
    .filter((name) => /^ppt\/slides\/_rels\/slide\d+\.xml\.rels$/.test(name))
    .sort((a, b) => slideNumber(a) - slideNumber(b));
  let next = 0;
  for (const rels of slideRels) {
    const target = /Target="\/?(?:\.\.\/)?(?:ppt\/)?(charts\/chart\d+\.xml)"/.exec(strFromU8(files[rels]!))?.[1];
    if (!target) continue;
    const chart = charts[next++];
    if (!chart) break;
    const part = `ppt/${target}`;
    const chartRels = strFromU8(files[`ppt/charts/_rels/${target.slice('charts/'.length)}.rels`] ?? new Uint8Array());
    const workbookRel = /Id="(rId\d+)"[^>]*embeddings/.exec(chartRels)?.[1] ?? 'rId1';
    files[part] = strToU8(chartXml(chart, workbookRel));
    const workbook = /Target="\.\.\/(embeddings\/[^"]+\.xlsx)"/.exec(chartRels)?.[1];
    if (workbook && files[`ppt/${workbook}`]) files[`ppt/${workbook}`] = unitAboveYears(files[`ppt/${workbook}`]!, chart.axisTitle);
  }
  for (const name of Object.keys(files)) {
    if (!/^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(name)) continue;
    let text = tagLanguages(strFromU8(files[name]!));
    // pptxgenjs gives a table no alt text: the table's frame gets its description here.
    if (tableAlt && text.includes('<a:tbl>')) text = text.replace(/(<p:graphicFrame>\s*<p:nvGraphicFramePr>\s*<p:cNvPr\b(?![^>]*\bdescr=)[^>]*?)(\/?>)/g, `$1 descr="${escapeAttribute(tableAlt)}"$2`);
    files[name] = strToU8(text);
  }
  return zipSync(files, { level: 6 });
}
