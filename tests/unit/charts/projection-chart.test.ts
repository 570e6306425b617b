import { describe, expect, it } from 'vitest';
import { chartLayout, darkTheme, lightTheme, renderProjectionChart, type ChartData, type ChartMark } from '../../../src/charts';
import { linePoints, one, vertices } from './helpers';
import { marketChart, usersChart } from './sample-data';

const SIZE = { width: 960, height: 540 };
const render = (data: ChartData, theme = lightTheme) => renderProjectionChart(document, data, SIZE, theme);
const withMarks = (...marks: ChartMark[]) => marketChart({ marks });

describe('renderProjectionChart: lines', () => {
  it('draws one group per scenario line, stroked in its palette colour', () => {
    const data = marketChart();
    for (const theme of [lightTheme, darkTheme]) {
      const svg = render(data, theme);
      const groups = svg.querySelectorAll('g.chart-line');
      expect(groups).toHaveLength(data.lines.length);
      for (const line of data.lines) {
        const g = one(svg, `g.chart-line[data-line-id="${line.id}"]`);
        expect(g.getAttribute('stroke')).toBe(theme.palette[line.colorIndex]);
      }
    }
  });

  it('puts the point for year Y at layout.y(value) on a linear scale, checked against the domain by hand', () => {
    const data = marketChart();
    const layout = chartLayout(data, SIZE);
    const [d0, d1] = layout.y.domain();
    const { y: top, height } = layout.plot;
    const svg = render(data);
    const base = data.lines[0]!;
    const drawn = linePoints(one(svg, `g.chart-line[data-line-id="${base.id}"] .chart-line__points`));
    expect(drawn.map((d) => d.year)).toEqual(base.points.map((p) => p.year));
    base.points.forEach((p, i) => {
      const { value, cx, cy } = drawn[i]!;
      expect(value).toBe(p.value);
      expect(cy).toBeCloseTo(top + height * (1 - (p.value - d0) / (d1 - d0)), 1);
      expect(cx).toBeCloseTo(layout.x(p.year), 1);
    });
  });

  it('puts the point for year Y at the logarithm of its value on a log scale', () => {
    const data = marketChart({ scale: 'log' });
    const layout = chartLayout(data, SIZE);
    const [d0, d1] = layout.y.domain();
    const { y: top, height } = layout.plot;
    const svg = render(data);
    const drawn = linePoints(one(svg, 'g.chart-line[data-line-id="s2"] .chart-line__points'));
    data.lines[2]!.points.forEach((p, i) => {
      const expected = top + height * (1 - Math.log10(p.value / d0) / Math.log10(d1 / d0));
      expect(drawn[i]!.year).toBe(p.year);
      expect(drawn[i]!.cy).toBeCloseTo(expected, 1);
    });
  });

  it('draws a line solid up to the last reported year and dashed from that same point on', () => {
    const data = marketChart({ reportedUntil: 2027 });
    const layout = chartLayout(data, SIZE);
    const svg = render(data);
    const g = one(svg, 'g.chart-line[data-line-id="s1"]');
    const solid = vertices(one(g, '.chart-line__reported').getAttribute('d'));
    const dashedPath = one(g, '.chart-line__projected');
    const dashed = vertices(dashedPath.getAttribute('d'));
    expect(one(g, '.chart-line__reported').getAttribute('stroke-dasharray')).toBeNull();
    expect(dashedPath.getAttribute('stroke-dasharray')).toMatch(/\d/);
    expect(solid[0]![0]).toBeCloseTo(layout.x(2022), 1);
    expect(solid.at(-1)![0]).toBeCloseTo(layout.x(2027), 1);
    expect(dashed[0]).toEqual(solid.at(-1));
    expect(dashed.at(-1)![0]).toBeCloseTo(layout.x(2035), 1);
    expect(solid).toHaveLength(6);
    expect(dashed).toHaveLength(9);
  });

  it('draws a line wholly dashed when the report speaks for none of its years, and wholly solid when it speaks for all', () => {
    const none = render(marketChart({ reportedUntil: 2000 }));
    expect(none.querySelectorAll('.chart-line__reported')).toHaveLength(0);
    expect(none.querySelectorAll('.chart-line__projected')).toHaveLength(5);
    const all = render(marketChart({ reportedUntil: 2040 }));
    expect(all.querySelectorAll('.chart-line__projected')).toHaveLength(0);
    expect(all.querySelectorAll('.chart-line__reported')).toHaveLength(5);
  });

  it('draws the focus scenario last and thicker, with bigger markers', () => {
    const data = marketChart();
    const svg = render(data);
    const groups = [...svg.querySelectorAll('g.chart-line')];
    expect(groups.at(-1)!.getAttribute('data-line-id')).toBe('s0');
    const width = (id: string) => Number(one(svg, `g.chart-line[data-line-id="${id}"] .chart-line__reported`).getAttribute('stroke-width'));
    expect(width('s0')).toBeGreaterThan(width('s1'));
  });

  it('marks each year point in the line’s own shape', () => {
    const svg = render(marketChart());
    const shapes = [...svg.querySelectorAll('g.chart-line .chart-line__points')].map((g) => g.getAttribute('data-shape'));
    expect(new Set(shapes).size).toBe(5);
    expect(linePoints(one(svg, 'g.chart-line[data-line-id="s3"] .chart-line__points'))).toHaveLength(14);
  });

  it('leaves out points outside the years shown', () => {
    const svg = render(marketChart({ yearFrom: 2024, yearTo: 2030 }));
    const years = linePoints(one(svg, 'g.chart-line[data-line-id="s0"] .chart-line__points')).map((p) => p.year);
    expect(years).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  });
});

describe('renderProjectionChart: the report’s figures', () => {
  const layout = chartLayout(marketChart(), SIZE);

  it('draws a point figure as a filled dot at its year and value', () => {
    const svg = render(withMarks({ figureId: 'p', kind: 'point', years: [2026], value: 5e10, label: '500亿' }));
    const dot = one(svg, '[data-mark-id="p"] .chart-mark__dot');
    expect(dot.getAttribute('fill')).toBe(lightTheme.markFill);
    expect(Number(dot.getAttribute('cy'))).toBeCloseTo(chartLayout(withMarks({ figureId: 'p', kind: 'point', years: [2026], value: 5e10, label: '' }), SIZE).y(5e10), 1);
  });

  it('draws an approximate figure as a hollow ring labelled with ≈', () => {
    const svg = render(withMarks({ figureId: 'a', kind: 'approximate', years: [2027], value: 1e11, label: '1000亿' }));
    const ring = one(svg, '[data-mark-id="a"] .chart-mark__ring');
    expect(ring.getAttribute('fill')).toBe('none');
    expect(ring.getAttribute('stroke-dasharray')).toBeNull();
    expect(one(svg, '[data-mark-id="a"] .chart-mark__label').textContent).toBe('≈1000亿');
    const already = render(withMarks({ figureId: 'a', kind: 'approximate', years: [2027], value: 1e11, label: '≈1000亿' }));
    expect(one(already, '[data-mark-id="a"] .chart-mark__label').textContent).toBe('≈1000亿');
  });

  it('draws an upper bound as a bar with a caret pointing down below it: the value is a ceiling', () => {
    const svg = render(marketChart());
    const bar = one(svg, '[data-mark-id="f-2024"] .chart-mark__bar');
    const caret = one(svg, '[data-mark-id="f-2024"] .chart-mark__caret');
    expect(caret.getAttribute('data-direction')).toBe('down');
    const barY = Number(bar.getAttribute('y1'));
    expect(barY).toBeCloseTo(layout.y(1e10), 1);
    const ys = vertices(caret.getAttribute('d')).map(([, y]) => y);
    expect(Math.min(...ys)).toBeGreaterThan(barY);
    // The tip is the lowest point, alone at the bottom.
    expect(ys.filter((y) => y === Math.max(...ys))).toHaveLength(1);
  });

  it('draws a lower bound as a bar with a caret pointing up above it', () => {
    const svg = render(marketChart());
    const bar = one(svg, '[data-mark-id="f-2025"] .chart-mark__bar');
    const caret = one(svg, '[data-mark-id="f-2025"] .chart-mark__caret');
    expect(caret.getAttribute('data-direction')).toBe('up');
    const barY = Number(bar.getAttribute('y1'));
    expect(barY).toBeCloseTo(layout.y(2e10), 1);
    const ys = vertices(caret.getAttribute('d')).map(([, y]) => y);
    expect(Math.max(...ys)).toBeLessThan(barY);
    expect(ys.filter((y) => y === Math.min(...ys))).toHaveLength(1);
  });

  it('draws a range over two years as a translucent band from low to high across the span', () => {
    const data = usersChart();
    const l = chartLayout(data, SIZE);
    const band = one(render(data), '[data-mark-id="u-range"] .chart-mark__band');
    expect(Number(band.getAttribute('x'))).toBeCloseTo(l.x(2024), 1);
    expect(Number(band.getAttribute('width'))).toBeCloseTo(l.x(2025) - l.x(2024), 1);
    expect(Number(band.getAttribute('y'))).toBeCloseTo(l.y(3e8), 1);
    expect(Number(band.getAttribute('y')) + Number(band.getAttribute('height'))).toBeCloseTo(l.y(1.5e8), 1);
    expect(Number(band.getAttribute('fill-opacity'))).toBeLessThan(0.5);
  });

  it('draws a range in one year as a vertical bar from low to high', () => {
    const data = usersChart({ marks: [{ figureId: 'r', kind: 'range', years: [2025], low: 1.5e8, high: 3e8, label: '1.5亿–3亿' }] });
    const l = chartLayout(data, SIZE);
    const bar = one(render(data), '[data-mark-id="r"] .chart-mark__range');
    const points = vertices(bar.getAttribute('d'));
    const xs = new Set(points.map(([x]) => Math.round(x)));
    const ys = points.map(([, y]) => y);
    expect([...xs].some((x) => Math.abs(x - l.x(2025)) < 1)).toBe(true);
    expect(Math.min(...ys)).toBeCloseTo(l.y(3e8), 1);
    expect(Math.max(...ys)).toBeCloseTo(l.y(1.5e8), 1);
  });

  it('draws a conditional figure as a dotted ring, across its span of years, with its label', () => {
    const data = usersChart();
    const l = chartLayout(data, SIZE);
    const svg = render(data);
    const ring = one(svg, '[data-mark-id="u-cond"] .chart-mark__ring--dotted');
    expect(ring.getAttribute('stroke-dasharray')).toMatch(/\d/);
    expect(Number(ring.getAttribute('cx'))).toBeCloseTo((l.x(2026) + l.x(2027)) / 2, 1);
    expect(Number(ring.getAttribute('cy'))).toBeCloseTo(l.y(5e8), 1);
    const span = one(svg, '[data-mark-id="u-cond"] .chart-mark__span');
    expect(Number(span.getAttribute('x1'))).toBeCloseTo(l.x(2026), 1);
    expect(Number(span.getAttribute('x2'))).toBeCloseTo(l.x(2027), 1);
    expect(one(svg, '[data-mark-id="u-cond"] .chart-mark__label').textContent).toBe('≤5亿（如监管放开）');
  });

  it('does not draw statements, nor figures outside the years shown', () => {
    const svg = render(marketChart({ yearFrom: 2025 }));
    expect(svg.querySelector('[data-mark-id="f-note"]')).toBeNull();
    expect(svg.querySelector('[data-mark-id="f-2024"]')).toBeNull();
    expect(svg.querySelectorAll('g.chart-mark')).toHaveLength(2);
  });

  it('labels every drawn figure, and keeps the labels from covering each other', () => {
    const crowded = withMarks(
      { figureId: 'a', kind: 'point', years: [2027], value: 1e11, label: '1000亿' },
      { figureId: 'b', kind: 'approximate', years: [2027], value: 1.05e11, label: '≈1050亿' },
      { figureId: 'c', kind: 'upper-bound', years: [2027], value: 1.1e11, label: '≤1100亿' },
      { figureId: 'd', kind: 'lower-bound', years: [2028], value: 1e11, label: '>1000亿' },
    );
    const svg = render(crowded);
    const labels = [...svg.querySelectorAll('.chart-mark__label')];
    expect(labels.map((l) => l.textContent)).toEqual(['1000亿', '≈1050亿', '≤1100亿', '>1000亿']);
    const spots = labels.map((l) => `${l.getAttribute('x')},${l.getAttribute('y')}`);
    expect(new Set(spots).size).toBe(4);
  });

  it('draws a goal-seek target as a rule with its label', () => {
    const svg = render(marketChart({ target: { value: 2e11, year: 2030, label: '目标 2000亿' } }));
    const target = one(svg, '.chart-target');
    expect(one(target, '.chart-target__label').textContent).toBe('目标 2000亿');
    expect(Number(one(target, '.chart-target__rule').getAttribute('y1'))).toBeCloseTo(chartLayout(marketChart({ target: { value: 2e11, year: 2030, label: '' } }), SIZE).y(2e11), 1);
  });
});

describe('renderProjectionChart: text, axes and legend', () => {
  it('writes the title and subtitle top left, value labels from formatValue and the unit', () => {
    const svg = render(marketChart());
    expect(one(svg, '.chart-title').textContent).toBe('中国 AI 文生图市场规模');
    expect(one(svg, '.chart-subtitle').textContent).toContain('五种情景');
    const title = one(svg, '.chart-title tspan');
    expect(Number(title.getAttribute('x'))).toBeLessThan(40);
    expect(Number(title.getAttribute('y'))).toBeLessThan(50);
    const ticks = [...svg.querySelectorAll('.chart-y-tick')].map((t) => t.textContent);
    expect(ticks[0]).toBe('0');
    expect(ticks).toContain('1000亿');
    expect(one(svg, '.chart-unit').textContent).toBe('人民币（元）');
  });

  it('labels the year axis with plain whole years (no "2,024")', () => {
    const labels = [...render(marketChart()).querySelectorAll('.chart-x-tick')].map((t) => t.textContent);
    expect(labels[0]).toBe('2022');
    expect(labels.at(-1)).toBe('2035');
    for (const label of labels) expect(label).toMatch(/^\d{4}$/);
  });

  it('gives each legend entry the line’s colour, its marker shape and the scenario name', () => {
    const data = marketChart();
    const svg = render(data);
    const items = svg.querySelectorAll('.chart-legend__item');
    expect(items).toHaveLength(5);
    const first = one(svg, '.chart-legend__item[data-line-id="s1"]');
    expect(one(first, 'line').getAttribute('stroke')).toBe(lightTheme.palette[1]);
    expect(one(first, 'path').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+m/);
    expect(one(first, 'text').textContent).toBe('乐观情景（技术突破）');
    expect(render(marketChart({ legend: false })).querySelector('.chart-legend')).toBeNull();
  });

  it('wraps the source line and the footnote to the chart width', () => {
    const long = '来源：万联证券《生成式 AI 在传媒行业的应用》（2024-06-28）；情景假设与推算为本工具计算结果，'.repeat(3);
    const svg = renderProjectionChart(document, marketChart({ sourceLine: long }), { width: 480, height: 800 }, lightTheme);
    const lines = [...svg.querySelectorAll('.chart-source tspan')];
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map((l) => l.textContent).join('')).toBe(long);
    expect(one(svg, '.chart-footnote').textContent).toContain('虚线');
    expect(render(marketChart({ sourceLine: undefined, footnote: undefined })).querySelector('.chart-source, .chart-footnote')).toBeNull();
  });
});

describe('renderProjectionChart: a standalone, accessible, safe SVG', () => {
  it('has fixed width, height and viewBox, and a background', () => {
    const svg = render(marketChart());
    expect(svg.getAttribute('width')).toBe('960');
    expect(svg.getAttribute('height')).toBe('540');
    expect(svg.getAttribute('viewBox')).toBe('0 0 960 540');
    expect(one(svg, '.chart-background').getAttribute('fill')).toBe(lightTheme.background);
  });

  it('is an image named by its <title> and described by its <desc>', () => {
    const svg = render(marketChart());
    expect(svg.getAttribute('role')).toBe('img');
    const title = one(svg, ':scope > title');
    const desc = one(svg, ':scope > desc');
    expect(svg.getAttribute('aria-labelledby')).toBe(title.id);
    expect(svg.getAttribute('aria-describedby')).toBe(desc.id);
    expect(title.textContent).toContain('中国 AI 文生图市场规模');
    expect(desc.textContent).toBe(marketChart().description);
    expect(svg.firstElementChild).toBe(title);
    expect(render(marketChart()).querySelector('title')!.id).not.toBe(title.id);
  });

  it("drawn without a title (on screen the panel's heading carries it), is still named: by its name, else its description", () => {
    const named = render(marketChart({ title: '', name: '中国 AI 文生图市场规模' }));
    expect(one(named, ':scope > title').textContent).toBe('中国 AI 文生图市场规模');
    expect(named.querySelector('.chart-title tspan')).toBeNull();
    const unnamed = render(marketChart({ title: '' }));
    expect(one(unnamed, ':scope > title').textContent).toBe(marketChart().description);
  });

  it('serializes to a well-formed SVG file that parses on its own', () => {
    const text = new XMLSerializer().serializeToString(render(usersChart(), darkTheme));
    expect(text).toMatch(/^<svg[^>]* xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text.match(/xmlns="/g)).toHaveLength(1);
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(parsed.documentElement.querySelectorAll('g.chart-line')).toHaveLength(3);
  });

  it('writes names from users as text, never as markup', () => {
    const evil = '<script>alert(1)</script>';
    const data = marketChart({
      title: `${evil} & co`,
      lines: [{ id: 'x', name: evil, colorIndex: 0, points: [{ year: 2022, value: 1 }, { year: 2030, value: 2 }] }],
      marks: [{ figureId: 'm', kind: 'point', years: [2025], value: 1.5, label: evil }],
      sourceLine: evil,
      description: evil,
    });
    const svg = render(data);
    expect(svg.querySelector('script')).toBeNull();
    expect(one(svg, '.chart-legend__item text').textContent).toBe(evil);
    expect(one(svg, '.chart-mark__label').textContent).toBe(evil);
    const text = new XMLSerializer().serializeToString(svg);
    expect(text).not.toContain('<script');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.querySelector('script')).toBeNull();
  });

  it('draws an empty chart without failing', () => {
    const svg = render(marketChart({ lines: [], marks: [], legend: true }));
    expect(svg.querySelectorAll('g.chart-line')).toHaveLength(0);
    expect(svg.querySelectorAll('.chart-y-tick').length).toBeGreaterThan(1);
  });

  // How fast is measured in Chromium by `npm run bench:frame`, beside a bare page: not here, where the
  // machine's load decides (this used to assert < 40 ms a chart in jsdom and failed on a busy machine).
  it('draws ten scenarios over nineteen years, every point of every line', () => {
    const lines = Array.from({ length: 10 }, (_, i) => ({
      id: `s${i}`,
      name: `情景 ${i + 1}`,
      colorIndex: i,
      focus: i === 3,
      points: Array.from({ length: 19 }, (_, k) => ({ year: 2022 + k, value: 2.5e9 * (1.2 + i / 20) ** k })),
    }));
    const svg = render(marketChart({ lines, yearTo: 2040 }));
    expect(svg.querySelectorAll('g.chart-line')).toHaveLength(10);
    expect([...svg.querySelectorAll('.chart-line__points')].flatMap(linePoints)).toHaveLength(190);
  });
});
