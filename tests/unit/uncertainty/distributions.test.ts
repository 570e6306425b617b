// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeRange, inverseNormalCdf, paramKind, quantile, Z90, type ParamKind, type RangeDistribution, type Result } from '../../../src/model/full';

function dist(kind: ParamKind, low: string, high: string): RangeDistribution {
  const read = describeRange(kind, low, high);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

const q = (d: RangeDistribution, p: number): number => {
  const x = quantile(d, p);
  if (!x.ok) throw new Error(x.error.message);
  return x.value;
};

/** Φ⁻¹(p) from scipy.stats.norm.ppf 1.17.1 (double precision, printed with repr). */
const PPF: readonly [p: number, z: number][] = [
  [1e-300, -37.0470962993612],
  [1e-100, -21.273453560965322],
  [1e-20, -9.262340089798409],
  [1e-10, -6.361340902404056],
  [1e-5, -4.264890793922825],
  [0.001, -3.090232306167813],
  [0.01, -2.3263478740408408],
  [0.025, -1.9599639845400545],
  [0.05, -1.6448536269514729],
  [0.1, -1.2815515655446004],
  [0.25, -0.6744897501960817],
  [0.4, -0.2533471031357997],
  [0.5, 0],
  [0.6, 0.2533471031357997],
  [0.75, 0.6744897501960817],
  [0.9, 1.2815515655446004],
  [0.95, 1.6448536269514722],
  [0.975, 1.959963984540054],
  [0.99, 2.3263478740408408],
  [0.999, 3.090232306167813],
  [1 - 1e-10, 6.361340889697422],
];

describe('the inverse normal CDF (AS 241)', () => {
  it.each(PPF)('Φ⁻¹(%s) = %s to 1e-14 relative', (p, z) => {
    expect(Math.abs(inverseNormalCdf(p) - z)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(z)));
  });

  it('is -∞ at 0, +∞ at 1 and symmetric', () => {
    expect(inverseNormalCdf(0)).toBe(-Infinity);
    expect(inverseNormalCdf(1)).toBe(Infinity);
    expect(inverseNormalCdf(0.3)).toBe(-inverseNormalCdf(0.7));
    expect(inverseNormalCdf(0.95)).toBeCloseTo(Z90, 14);
  });
});

describe('a range is read as a 90% interval', () => {
  it('a value is lognormal: its ends are P5 and P95, its median the geometric middle', () => {
    const users = dist('positive', '150000000', '300000000');
    expect(users.distribution).toBe('lognormal');
    expect(users.mu).toBeCloseTo((Math.log(1.5e8) + Math.log(3e8)) / 2, 12);
    expect(users.sigma).toBeCloseTo(Math.log(2) / (2 * Z90), 15);
    expect(users).toMatchObject({ p5: 150000000, p95: 300000000 });
    expect(users.p50 / Math.sqrt(1.5e8 * 3e8)).toBeCloseTo(1, 14);
    expect(q(users, 0.05) / 1.5e8).toBeCloseTo(1, 12);
    expect(q(users, 0.95) / 3e8).toBeCloseTo(1, 12);
  });

  it('a growth rate is lognormal on 1 + g: 40%-70% has median sqrt(1.4·1.7) - 1 = 54.27%', () => {
    const cagr = dist('rate', '0.4', '0.7');
    expect(cagr.distribution).toBe('lognormal-growth');
    expect(cagr.p50).toBeCloseTo(Math.sqrt(2.38) - 1, 14);
    expect(cagr.p50).toBeCloseTo(0.54272486, 8);
    expect(q(cagr, 0.05)).toBeCloseTo(0.4, 12);
    expect(q(cagr, 0.95)).toBeCloseTo(0.7, 12);
  });

  it('a falling rate stays above -100% even far in the tail', () => {
    const decline = dist('rate', '-0.9', '0.1');
    expect(q(decline, 1e-12)).toBeGreaterThan(-1);
    expect(q(decline, 0)).toBe(-1);
  });

  it('a midpoint year is normal: 2026-2028 has mean 2027 and sd 1/1.6449', () => {
    const midpoint = dist('year', '2026', '2028');
    expect(midpoint).toMatchObject({ distribution: 'normal', mu: 2027, p5: 2026, p50: 2027, p95: 2028 });
    expect(midpoint.sigma).toBeCloseTo(1 / Z90, 15);
    expect(q(midpoint, 0.5)).toBe(2027);
    expect(q(midpoint, 0.05)).toBeCloseTo(2026, 12);
  });

  it('a range with equal ends is a point', () => {
    const point = dist('positive', '5', '5');
    expect(point.sigma).toBe(0);
    expect(q(point, 0)).toBe(5);
    expect(q(point, 1)).toBe(5);
  });

  it('refuses reversed, non-positive, impossible and unreadable ranges as error values', () => {
    const kindOf = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.kind);
    expect(kindOf(describeRange('positive', '3', '2'))).toBe('range-reversed');
    expect(kindOf(describeRange('positive', '0', '2'))).toBe('not-positive');
    expect(kindOf(describeRange('rate', '-1', '0.2'))).toBe('rate-too-low');
    expect(kindOf(describeRange('year', '1980', '2030'))).toBe('year-out-of-range');
    expect(kindOf(describeRange('positive', 'abc', '2'))).toBe('not-a-number');
    expect(kindOf(describeRange('positive', '1', '1e400'))).toBe('not-finite');
    expect(kindOf(describeRange('positive', Number.NaN, 2))).toBe('not-a-number');
    const d = dist('positive', '1', '2');
    expect(kindOf(quantile(d, 1.5))).toBe('not-a-number');
    expect(kindOf(quantile(d, Number.NaN))).toBe('not-a-number');
  });
});

describe('which parameters can carry a range', () => {
  it.each([
    ['compound', 'cagr', 'rate'],
    ['compound', 'baseValue', 'positive'],
    ['anchored', 'rateBefore', 'rate'],
    ['anchored', 'rateAfter', 'rate'],
    ['anchored', 'anchors.0.low', 'positive'],
    ['anchored', 'anchors.12.low', 'positive'],
    ['logistic', 'ceiling', 'positive'],
    ['logistic', 'steepness', 'positive'],
    ['logistic', 'midpoint', 'year'],
  ] as const)('%s %s is a %s', (type, path, kind) => {
    expect(paramKind(type, path)).toEqual({ ok: true, value: kind });
  });

  it.each([
    ['compound', 'baseYear'],
    ['compound', 'ceiling'],
    ['anchored', 'anchors.0.year'],
    ['anchored', 'anchors.0.high'],
    ['anchored', 'through'],
    ['logistic', 'cagr'],
    ['logistic', '__proto__'],
  ] as const)('%s %s cannot', (type, path) => {
    const kind = paramKind(type, path);
    expect(kind.ok).toBe(false);
    if (!kind.ok) expect(kind.error.field).toBe(path);
  });

  it('says why a base year cannot be uncertain', () => {
    const kind = paramKind('compound', 'baseYear');
    expect(kind.ok ? undefined : kind.error.params.reason).toBe('base-year-fixed');
  });
});
