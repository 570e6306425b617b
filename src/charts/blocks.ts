import { FONT, LEADING } from './fonts';
import { markerShapeFor, type MarkerShape } from './markers';
import { textWidth, truncateText, wrapText } from './text';
import type { ChartData, ChartLine } from './types';

/** A line of text at a baseline. */
export interface TextLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export interface HeaderLayout {
  readonly title: readonly TextLine[];
  readonly subtitle: readonly TextLine[];
  /** Just below the last header line. */
  readonly bottom: number;
}

export interface LegendItem {
  readonly line: ChartLine;
  readonly name: string;
  readonly shape: MarkerShape;
  /** Left edge of the swatch and the vertical centre of the row. */
  readonly x: number;
  readonly y: number;
}

export interface LegendLayout {
  readonly items: readonly LegendItem[];
  readonly bottom: number;
}

export interface FooterLayout {
  readonly source: readonly TextLine[];
  readonly footnote: readonly TextLine[];
  /** Top of the footer block (the chart's height when there is none). */
  readonly top: number;
}

export const SWATCH = 22;
const SWATCH_GAP = 6;
const ITEM_GAP = 18;

function baselines(lines: readonly string[], x: number, firstBaseline: number, leading: number): TextLine[] {
  return lines.map((text, i) => ({ text, x, y: firstBaseline + i * leading }));
}

export function chartHeader(data: ChartData, pad: number, width: number): HeaderLayout {
  const titleLines = data.title ? wrapText(data.title, FONT.title, width) : [];
  const title = baselines(titleLines, pad, pad + FONT.title * 0.8, LEADING.title);
  let bottom = pad + titleLines.length * LEADING.title;
  const subtitleLines = data.subtitle ? wrapText(data.subtitle, FONT.subtitle, width) : [];
  const subtitle = baselines(subtitleLines, pad, bottom + FONT.subtitle * 0.85, LEADING.subtitle);
  bottom += subtitleLines.length * LEADING.subtitle;
  return { title, subtitle, bottom: titleLines.length + subtitleLines.length ? bottom + 4 : pad / 2 };
}

/** Legend entries flow left to right and wrap to new rows; a name too long for a row is cut. */
export function chartLegend(data: ChartData, pad: number, top: number, width: number): LegendLayout {
  if (!data.legend || data.lines.length === 0) return { items: [], bottom: top };
  const items: LegendItem[] = [];
  const rowTop = top + 8;
  let x = pad;
  let row = 0;
  for (const line of data.lines) {
    const name = truncateText(line.name, FONT.legend, width - SWATCH - SWATCH_GAP);
    const itemWidth = SWATCH + SWATCH_GAP + textWidth(name, FONT.legend);
    if (x > pad && x + itemWidth > pad + width) {
      x = pad;
      row += 1;
    }
    items.push({ line, name, shape: markerShapeFor(line.colorIndex), x, y: rowTop + row * LEADING.legend + LEADING.legend / 2 });
    x += itemWidth + ITEM_GAP;
  }
  return { items, bottom: rowTop + (row + 1) * LEADING.legend };
}

export function chartFooter(data: ChartData, pad: number, width: number, height: number): FooterLayout {
  const sourceLines = data.sourceLine ? wrapText(data.sourceLine, FONT.footer, width) : [];
  const noteLines = data.footnote ? wrapText(data.footnote, FONT.footer, width) : [];
  const count = sourceLines.length + noteLines.length;
  if (count === 0) return { source: [], footnote: [], top: height - pad / 2 };
  const top = height - pad - count * LEADING.footer + 4;
  const first = top + FONT.footer * 0.85;
  return {
    source: baselines(sourceLines, pad, first, LEADING.footer),
    footnote: baselines(noteLines, pad, first + sourceLines.length * LEADING.footer, LEADING.footer),
    top: top - 10,
  };
}
