import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme, renderProjectionChart, type ChartData } from '../../../src/charts';
import { drawLight, patch, toDom } from '../../../src/charts/light-dom';
import type { BandPoint } from '../../../src/charts/types';
import { marketChart, tenScenarios, usersChart } from './sample-data';

const SIZE = { width: 960, height: 540 };

const fan: BandPoint[] = Array.from({ length: 14 }, (_, i) => {
  const mid = 1e10 * 1.4 ** i;
  return { year: 2022 + i, p5: mid / 1.5, p25: mid / 1.2, p50: mid, p75: mid * 1.2, p95: mid * 1.5 };
});

/** Every kind of chart the screen draws: marks of each kind, ten lines, a log scale, a fan, a target. */
const charts: [string, ChartData][] = [
  ['market', marketChart()],
  ['market, log scale', marketChart({ scale: 'log' })],
  ['market with a fan', marketChart({ band: { colorIndex: 2, points: fan } })],
  ['users', usersChart()],
  ['ten scenarios and a target', tenScenarios()],
  ['no legend, no footer', marketChart({ legend: false, sourceLine: undefined, footnote: undefined })],
];

// Each render numbers its ids afresh (projection-chart-N); the markup is compared without the number.
const markup = (node: Element) => new XMLSerializer().serializeToString(node).replace(/projection-chart-\d+/g, 'projection-chart-N');

describe('drawLight: the chart functions draw into light nodes exactly what they draw into a DOM', () => {
  for (const [name, data] of charts) {
    it(`draws the same markup for ${name}`, () => {
      for (const theme of [lightTheme, darkTheme]) {
        const direct = renderProjectionChart(document, data, SIZE, theme);
        const light = toDom(document, drawLight((doc) => renderProjectionChart(doc, data, SIZE, theme)));
        expect(markup(light)).toBe(markup(direct));
      }
    });
  }
});

describe('patch: the chart on screen is made to match a new drawing, changing only what differs', () => {
  const draw = (data: ChartData) => drawLight((doc) => renderProjectionChart(doc, data, SIZE, lightTheme));

  it('ends with the markup a fresh drawing has, from any chart to any other', () => {
    for (const [, from] of charts) {
      for (const [, to] of charts) {
        const before = draw(from);
        const live = toDom(document, before);
        const after = draw(to);
        patch(live, before, after);
        expect(markup(live)).toBe(markup(toDom(document, after)));
      }
    }
  });

  it('moves one line by rewriting its paths in place and leaves the nodes of the other lines alone', () => {
    const data = tenScenarios();
    const before = draw(data);
    const live = toDom(document, before);
    const moved = data.lines[3]!;
    // Lower this line from its third point on, within the chart's current domain, so no axis changes.
    const next: ChartData = { ...data, lines: data.lines.map((l) => (l === moved ? { ...l, points: l.points.map((p, i) => (i > 2 ? { ...p, value: p.value * 0.9 } : p)) } : l)) };
    const kept = [...live.querySelectorAll('path')].filter((p) => !p.closest(`[data-line-id="${moved.id}"]`));
    const keptD = kept.map((p) => p.getAttribute('d'));
    const line = live.querySelector(`g.chart-line[data-line-id="${moved.id}"] .chart-line__projected`)!;
    const d = line.getAttribute('d');

    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(live, { subtree: true, childList: true, attributes: true, characterData: true });
    patch(live, before, draw(next));
    changes.push(...observer.takeRecords());
    observer.disconnect();

    expect(live.querySelector(`g.chart-line[data-line-id="${moved.id}"] .chart-line__projected`)).toBe(line);
    expect(line.getAttribute('d')).not.toBe(d);
    expect(kept.map((p) => p.getAttribute('d'))).toEqual(keptD);
    expect(kept.every((p) => live.contains(p))).toBe(true);
    // No node was added or removed; apart from the ids a render numbers afresh, every change is in the moved line.
    expect(changes.filter((c) => c.type === 'childList')).toHaveLength(0);
    const outside = changes.filter((c) => c.attributeName !== 'id' && !c.attributeName?.startsWith('aria-') && !(c.target as Element).closest(`[data-line-id="${moved.id}"]`));
    expect(outside.map((c) => `${(c.target as Element).getAttribute('class')} ${c.attributeName}`)).toEqual([]);
  });
});
