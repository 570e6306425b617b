import { FONT } from './fonts';
import type { ChartLayout } from './layout';
import { haloText, px, svgElement } from './svg';
import { textWidth, truncateText } from './text';
import type { ChartData, ChartTheme } from './types';

/**
 * Reference lines that are not scenarios: the text-to-video report's stated 56.6% CAGR from its 2023
 * amount, drawn thin, grey and dotted against the lines through both amounts, with its words at its end
 * (so a chart pasted into a deck shows the contradiction too).
 */
export function drawGuides(doc: Document, data: ChartData, layout: ChartLayout, theme: ChartTheme, parent: Element): void {
  for (const guide of data.guides ?? []) {
    const points = guide.points.filter((p) => p.year >= data.yearFrom && p.year <= data.yearTo && Number.isFinite(p.value));
    if (points.length < 2) continue;
    const g = svgElement(doc, 'g', { class: 'chart-guide', 'data-guide-id': guide.id }, parent);
    const d = points.map((p, i) => `${i ? 'L' : 'M'}${px(layout.x(p.year))},${px(layout.y(p.value))}`).join('');
    svgElement(doc, 'path', { class: 'chart-guide__line', d, fill: 'none', stroke: theme.muted, 'stroke-width': 1.75, 'stroke-dasharray': '1 4', 'stroke-linecap': 'round' }, g);
    const end = points[points.length - 1]!;
    const x = layout.x(end.year);
    const y = layout.y(end.value);
    // Written leftwards from the line's end, over it, inside the plot (cut to the plot's width when narrow).
    const lines = guide.label.map((text) => truncateText(text, FONT.label, layout.plot.width - 8));
    const widest = Math.max(...lines.map((l) => textWidth(l, FONT.label)));
    const anchorX = Math.max(layout.plot.x + 4 + widest, x - 6);
    lines.forEach((text, i) =>
      haloText(doc, text, {
        class: 'chart-guide__label',
        x: anchorX,
        y: y - 10 - (lines.length - 1 - i) * (FONT.label + 3),
        'text-anchor': 'end',
        'font-size': FONT.label,
        fill: theme.text,
      }, theme.background, g),
    );
  }
}
