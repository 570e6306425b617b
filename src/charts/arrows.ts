import { FONT } from './fonts';
import type { ChartLayout } from './layout';
import { px, svgElement, svgText } from './svg';
import { textWidth } from './text';
import { paletteColor } from './theme';
import type { ChartData, ChartTheme } from './types';

const GAP = 6;
const RISE = 26;
const HEAD = 5;
const PAD_X = 6;
const BOX_H = FONT.label + 8;

/**
 * CAGR and difference arrows as think-cell draws them on consulting slides. A CAGR arrow leaves each
 * point upwards, joins them above the higher one and points down at the later year, its rate in a box
 * on the bridge. A difference arrow draws each level out to the right of the later point and an arrow
 * between them there, the change beside it.
 */
export function drawArrows(doc: Document, data: ChartData, layout: ChartLayout, theme: ChartTheme, parent: Element): void {
  if (!data.arrows?.length) return;
  const g = svgElement(doc, 'g', { class: 'chart-arrows' }, parent);
  const { plot } = layout;
  const inside = (year: number) => year >= data.yearFrom && year <= data.yearTo;
  const boxFill = theme.background === 'transparent' ? 'none' : theme.background;
  for (const arrow of data.arrows) {
    if (!inside(arrow.from.year) || !inside(arrow.to.year) || !Number.isFinite(arrow.from.value) || !Number.isFinite(arrow.to.value)) continue;
    const x1 = layout.x(arrow.from.year);
    const x2 = layout.x(arrow.to.year);
    const y1 = layout.y(arrow.from.value);
    const y2 = layout.y(arrow.to.value);
    const color = paletteColor(theme, arrow.colorIndex);
    const a = svgElement(doc, 'g', { class: `chart-arrow chart-arrow--${arrow.kind}`, 'data-from': arrow.from.year, 'data-to': arrow.to.year, stroke: theme.text, fill: 'none', 'stroke-width': 1.25 }, g);
    const width = textWidth(arrow.label, FONT.label) + 2 * PAD_X;
    let box: { cx: number; cy: number };
    if (arrow.kind === 'cagr') {
      const top = Math.max(plot.y + BOX_H / 2 + 2, Math.min(y1, y2) - RISE);
      const d = `M${px(x1)},${px(y1 - GAP)}V${px(top)}H${px(x2)}V${px(y2 - GAP - HEAD)}`;
      svgElement(doc, 'path', { class: 'chart-arrow__shaft', d, 'stroke-linejoin': 'round' }, a);
      head(doc, a, x2, y2 - GAP, 'down', theme.text);
      box = { cx: (x1 + x2) / 2, cy: top };
    } else {
      const xr = Math.min(plot.x + plot.width - 4, x2 + 22);
      const down = y2 > y1;
      svgElement(doc, 'path', { class: 'chart-arrow__levels', d: `M${px(x1 + GAP)},${px(y1)}H${px(xr + 6)}M${px(x2 + GAP)},${px(y2)}H${px(xr + 6)}`, stroke: color, 'stroke-dasharray': '2 3' }, a);
      const end = y2 + (down ? -HEAD : HEAD);
      svgElement(doc, 'path', { class: 'chart-arrow__shaft', d: `M${px(xr)},${px(y1)}V${px(end)}` }, a);
      head(doc, a, xr, y2, down ? 'down' : 'up', theme.text);
      // Beside the arrow, inside the plot: to its left when there is no room on the right.
      const right = xr + 8 + width <= plot.x + plot.width + 4;
      box = { cx: right ? xr + 8 + width / 2 : xr - 8 - width / 2, cy: (y1 + y2) / 2 };
    }
    svgElement(doc, 'rect', { class: 'chart-arrow__box', x: box.cx - width / 2, y: box.cy - BOX_H / 2, width, height: BOX_H, rx: BOX_H / 2, fill: boxFill, stroke: color, 'stroke-width': 1.25 }, a);
    svgText(doc, arrow.label, { class: 'chart-arrow__label', x: box.cx, y: box.cy + FONT.label * 0.35, 'text-anchor': 'middle', 'font-size': FONT.label, 'font-weight': 600, fill: theme.text, stroke: 'none' }, a);
  }
}

function head(doc: Document, parent: Element, x: number, y: number, direction: 'up' | 'down', color: string): void {
  const dy = direction === 'down' ? -HEAD : HEAD;
  svgElement(doc, 'path', { class: 'chart-arrow__head', d: `M${px(x - 4)},${px(y + dy)}L${px(x + 4)},${px(y + dy)}L${px(x)},${px(y)}Z`, fill: color, stroke: 'none' }, parent);
}
