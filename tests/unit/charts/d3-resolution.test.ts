import { scaleLinear, scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { linearScale, logScale, niceLinear, niceLog } from '../../../src/charts/scale';

// d3-scale is used whole; vite.config.ts resolves its d3-interpolate to numbers only and its d3-format
// to a refusal (src/charts/d3-interpolate-numbers.ts, d3-format-refused.ts). Tests run with the same
// resolution, so these prove what the page gets. Expected values are worked by hand in each comment.
describe('d3-scale as the charts use it', () => {
  it('maps and inverts linearly: 2.5 of [0, 10] is a quarter of [0, 100]', () => {
    const x = linearScale([0, 10], [0, 100]);
    expect(x(2.5)).toBe(25);
    expect(x.invert(75)).toBe(7.5);
    expect(x.domain()).toEqual([0, 10]);
  });

  it('maps a log scale by decades: 100 is two of the three decades from 1 to 1000', () => {
    const y = logScale([1, 1000], [0, 300]);
    expect(y(100)).toBeCloseTo(200, 9);
    expect(y.invert(100)).toBeCloseTo(10, 9);
  });

  it('interpolates a range of several pieces: 1.5 is halfway from 10 to 100', () => {
    expect(scaleLinear().domain([0, 1, 2]).range([0, 10, 100])(1.5)).toBe(55);
  });

  it('rounds when asked: 26% of the way from 0 to 10 is 2.6, drawn at 3', () => {
    expect(scaleLinear().domain([0, 1]).rangeRound([0, 10])(0.26)).toBe(3);
  });

  it('widens a domain to round steps: [0, 0.96] in five steps becomes [0, 1] by 0.2', () => {
    const { domain, ticks } = niceLinear(0, 0.96, 5);
    expect(domain).toEqual([0, 1]);
    expect(ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('widens a log domain to whole decades, at least one: 3–420 becomes 1–1000, 5–5 becomes 1–10', () => {
    expect(niceLog(3, 420)).toEqual([1, 1000]);
    expect(niceLog(5, 5)).toEqual([1, 10]);
  });

  it('refuses a range of colours by name instead of drawing NaN', () => {
    const colours = scaleLinear<string>().domain([0, 1]).range(['red', 'blue']);
    expect(() => colours(0.5)).toThrow(/d3-interpolate-numbers/);
  });

  it("refuses d3-format's tick labels, which would write 2.2G for 2.219 billion: labels come from model/format", () => {
    expect(() => scaleLinear().domain([0, 3e9]).tickFormat(5)).toThrow(/model\/format/);
    expect(() => scaleLog().domain([1, 1e9]).tickFormat()).toThrow(/model\/format/);
  });
});
