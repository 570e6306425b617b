import PptxGenJS from 'pptxgenjs';

/**
 * A PowerPoint deck of the charts, written in the browser. This module is only ever loaded with
 * import() when the user asks for a deck: pptxgenjs and JSZip weigh far more than the whole app.
 */

export interface DeckChart {
  readonly title: string;
  /** The unit, as the value axis title ("USD, billion"). */
  readonly axisTitle: string;
  readonly categories: readonly string[];
  /** One line per compared scenario, values already in the axis unit; `color` is #RRGGBB. */
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[]; readonly color: string }[];
  readonly sourceLine: string;
}

export interface DeckTable {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly note?: string;
}

export interface Deck {
  readonly title: string;
  readonly author: string;
  readonly fontFace: string;
  readonly charts: readonly DeckChart[];
  readonly table: DeckTable;
}

// LAYOUT_WIDE is 13.333 × 7.5 inches (16:9).
const W = 13.333;
const MARGIN = 0.5;
const TEXT = '1C2430';
const MUTED = '5B6675';
const GRID = 'E6E9EE';

const hex = (color: string) => color.replace(/^#/, '').toUpperCase();

/** One slide per chart with a native, editable line chart, then one slide with the assumptions. */
export async function writePptx(deck: Deck): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.author = deck.author;
  pptx.company = deck.author;
  const font = deck.fontFace;
  const width = W - 2 * MARGIN;

  for (const chart of deck.charts) {
    const slide = pptx.addSlide();
    slide.addText(chart.title, { x: MARGIN, y: 0.3, w: width, h: 0.7, fontFace: font, fontSize: 26, bold: true, color: TEXT });
    slide.addChart(
      pptx.ChartType.line,
      chart.series.map((s) => ({ name: s.name, labels: [...chart.categories], values: [...s.values] })),
      {
        x: MARGIN,
        y: 1.05,
        w: width,
        h: 5.35,
        chartColors: chart.series.map((s) => hex(s.color)),
        lineSize: 2,
        lineDataSymbol: 'circle',
        lineDataSymbolSize: 6,
        showLegend: true,
        legendPos: 'b',
        legendFontFace: font,
        legendFontSize: 12,
        showValAxisTitle: true,
        valAxisTitle: chart.axisTitle,
        valAxisTitleFontFace: font,
        valAxisTitleFontSize: 12,
        valAxisTitleColor: MUTED,
        valAxisLabelFontFace: font,
        valAxisLabelFontSize: 11,
        valAxisLabelColor: MUTED,
        valAxisLabelFormatCode: '#,##0.###',
        valGridLine: { color: GRID, size: 1 },
        catAxisLabelFontFace: font,
        catAxisLabelFontSize: 11,
        catAxisLabelColor: MUTED,
        catGridLine: { style: 'none' },
        displayBlanksAs: 'gap',
      },
    );
    slide.addText(chart.sourceLine, { x: MARGIN, y: 6.5, w: width, h: 0.75, fontFace: font, fontSize: 10, color: MUTED, valign: 'top' });
  }

  const slide = pptx.addSlide();
  slide.addText(deck.table.title, { x: MARGIN, y: 0.3, w: width, h: 0.7, fontFace: font, fontSize: 26, bold: true, color: TEXT });
  const size = deck.table.rows.length > 6 ? 8 : 10;
  const cell = (text: string, header = false) => ({
    text,
    options: { bold: header, fill: header ? { color: 'F1F3F6' } : undefined, color: TEXT, fontFace: font, fontSize: header ? size + 1 : size, valign: 'top' as const },
  });
  const firstColumn = 2.2;
  const rest = (width - firstColumn) / Math.max(1, deck.table.header.length - 1);
  slide.addTable([deck.table.header.map((h) => cell(h, true)), ...deck.table.rows.map((row) => row.map((text) => cell(text)))], {
    x: MARGIN,
    y: 1.1,
    w: width,
    colW: [firstColumn, ...deck.table.header.slice(1).map(() => rest)],
    border: { type: 'solid', pt: 0.5, color: 'D0D5DC' },
    margin: 0.05,
    // No autoPage: pptxgenjs 4.0 splits paged cells into runs PowerPoint asks to repair. At most 10 compared rows fit one slide.
  });
  if (deck.table.note) slide.addText(deck.table.note, { x: MARGIN, y: 6.7, w: width, h: 0.5, fontFace: font, fontSize: 10, color: MUTED });

  const out = await pptx.write({ outputType: 'blob', compression: true });
  if (out instanceof Blob) return out;
  throw new Error('pptxgenjs did not return a Blob');
}
