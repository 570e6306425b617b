import { FONT } from './fonts';
import type { ChartLayout } from './layout';
import { haloText, px, svgElement } from './svg';
import { wrapText } from './text';
import type { ChartData, ChartTheme } from './types';

/**
 * Reference lines that are not scenarios: the text-to-video report's stated 56.6% CAGR from its 2023
 * amount, drawn thin, grey and dotted against the lines through both amounts, with its words in the plot's
 * corner (so a chart pasted into a deck shows the contradiction too).
 */
export function drawGuides(doc: Document, data: ChartData, layout: ChartLayout, theme: ChartTheme, parent: Element): void {
  for (const guide of data.guides ?? []) {
    const points = guide.points.filter((p) => p.year >= data.yearFrom && p.year <= data.yearTo && Number.isFinite(p.value));
    if (points.length < 2) continue;
    const g = svgElement(doc, 'g', { class: 'chart-guide', 'data-guide-id': guide.id }, parent);
    const d = points.map((p, i) => `${i ? 'L' : 'M'}${px(layout.x(p.year))},${px(layout.y(p.value))}`).join('');
    svgElement(doc, 'path', { class: 'chart-guide__line', d, fill: 'none', stroke: theme.muted, 'stroke-width': 1.75, 'stroke-dasharray': '1 4', 'stroke-linecap': 'round' }, g);
    // Its words at the plot's top left, behind a sample of the dotted line, like a legend entry: the early years
    // of a growth chart are low, so the corner is free, and no line is written over.
    const sample = 20;
    const x0 = layout.plot.x + 10;
    const first = layout.plot.y + FONT.label;
    // Wrapped, never cut: a cut label drops the very amount it is there to give (a phone's "2030年仅1.6…").
    const lines = guide.label.flatMap((text) => wrapText(text, FONT.label, layout.plot.width - sample - 24));
    svgElement(doc, 'path', { class: 'chart-guide__sample', d: `M${px(x0)},${px(first - FONT.label * 0.35)}h${sample}`, fill: 'none', stroke: theme.muted, 'stroke-width': 1.75, 'stroke-dasharray': '1 4', 'stroke-linecap': 'round' }, g);
    lines.forEach((text, i) =>
      haloText(doc, text, {
        class: 'chart-guide__label',
        x: x0 + sample + 6,
        y: first + i * (FONT.label + 4),
        'font-size': FONT.label,
        fill: theme.text,
      }, theme.background, g),
    );
  }
}
