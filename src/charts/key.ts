import { FONT, LEADING } from './fonts';
import { PROJECTED_DASH } from './lines';
import { px, svgElement, svgText } from './svg';
import { textWidth, truncateText } from './text';
import type { ChartData, ChartKeyItem, ChartTheme } from './types';

/** One entry of the key, placed: its glyph's left edge and the row's vertical centre. */
export interface KeyEntry {
  readonly item: ChartKeyItem;
  readonly label: string;
  readonly x: number;
  readonly y: number;
}

export interface KeyLayout {
  readonly entries: readonly KeyEntry[];
  /** Top of the key block (where it starts under the year labels), and its height. */
  readonly top: number;
  readonly height: number;
}

export const KEY_GLYPH = 18;
const GLYPH_GAP = 5;
const ITEM_GAP = 14;

/**
 * The key to line styles and marker glyphs, flowing left to right and wrapping, measured like every
 * other text of the chart (text.ts) so it never runs into the plot or the footer: `bottom` is where it
 * must end (the footer's top), and it takes at most `maxRows` rows (entries that do not fit are left out).
 */
export function chartKey(data: ChartData, pad: number, width: number, bottom: number, maxRows = 3): KeyLayout {
  const items = data.key ?? [];
  if (items.length === 0) return { entries: [], top: bottom, height: 0 };
  const placed: { item: ChartKeyItem; label: string; x: number; row: number }[] = [];
  let x = pad;
  let row = 0;
  for (const item of items) {
    const label = truncateText(item.label, FONT.footer, width - KEY_GLYPH - GLYPH_GAP);
    const itemWidth = KEY_GLYPH + GLYPH_GAP + textWidth(label, FONT.footer);
    if (x > pad && x + itemWidth > pad + width) {
      x = pad;
      row += 1;
    }
    if (row >= maxRows) break;
    placed.push({ item, label, x, row });
    x += itemWidth + ITEM_GAP;
  }
  const rows = placed.length ? placed[placed.length - 1]!.row + 1 : 0;
  const height = rows * LEADING.footer + 6;
  const top = bottom - height;
  return {
    entries: placed.map((p) => ({ item: p.item, label: p.label, x: p.x, y: top + 6 + p.row * LEADING.footer + LEADING.footer / 2 })),
    top,
    height,
  };
}

/** The key as SVG: each glyph drawn as the chart draws it, then its words. */
export function drawKey(doc: Document, key: KeyLayout, theme: ChartTheme, parent: Element): void {
  if (!key.entries.length) return;
  const g = svgElement(doc, 'g', { class: 'chart-key', 'font-size': FONT.footer, fill: theme.muted }, parent);
  for (const entry of key.entries) {
    const item = svgElement(doc, 'g', { class: 'chart-key__item', 'data-key': entry.item.kind }, g);
    keyGlyph(doc, entry, theme, item);
    svgText(doc, entry.label, { x: entry.x + KEY_GLYPH + GLYPH_GAP, y: entry.y + FONT.footer * 0.35 }, item);
  }
}

function keyGlyph(doc: Document, { item, x, y }: KeyEntry, theme: ChartTheme, g: SVGGElement): void {
  const ink = theme.markFill;
  const cx = x + KEY_GLYPH / 2;
  switch (item.kind) {
    case 'solid':
    case 'dashed':
      svgElement(doc, 'line', {
        x1: x, y1: y, x2: x + KEY_GLYPH, y2: y, stroke: theme.text, 'stroke-width': 2,
        'stroke-dasharray': item.kind === 'dashed' ? PROJECTED_DASH.join(' ') : undefined,
      }, g);
      return;
    case 'point':
      svgElement(doc, 'circle', { cx, cy: y, r: 4, fill: ink }, g);
      return;
    case 'approximate':
      svgElement(doc, 'circle', { cx, cy: y, r: 4.5, fill: 'none', stroke: ink, 'stroke-width': 1.75 }, g);
      return;
    case 'conditional':
      svgElement(doc, 'circle', { cx, cy: y, r: 4.5, fill: 'none', stroke: ink, 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-dasharray': '0.01 3' }, g);
      return;
    case 'range':
      svgElement(doc, 'rect', { x: cx - 3, y: y - 6, width: 6, height: 12, fill: ink, 'fill-opacity': 0.12, stroke: ink, 'stroke-opacity': 0.6 }, g);
      return;
    case 'upper-bound':
    case 'lower-bound': {
      // As on the chart: a ceiling's caret below its bar, a floor's above.
      const dir = item.kind === 'upper-bound' ? 1 : -1;
      const bar = y - dir * 3;
      svgElement(doc, 'line', { x1: cx - 6, y1: bar, x2: cx + 6, y2: bar, stroke: ink, 'stroke-width': 2, 'stroke-linecap': 'round' }, g);
      svgElement(doc, 'path', { d: `M${px(cx - 4)},${px(bar + dir * 2.5)}L${px(cx + 4)},${px(bar + dir * 2.5)}L${px(cx)},${px(bar + dir * 8)}Z`, fill: ink }, g);
      return;
    }
  }
}
