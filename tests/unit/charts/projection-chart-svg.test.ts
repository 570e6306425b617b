// renderProjectionChart: a standalone, accessible and safe SVG, empty or full.
import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme } from '../../../src/charts';
import { linePoints, one } from './helpers';
import { render } from './projection-chart-setup';
import { marketChart, usersChart } from './sample-data';

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
