// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tornado, type AnchoredModel, type CompoundModel, type LogisticModel } from '../../../src/model/full';
import { unwrap } from './helpers';

describe('tornado: each parameter alone at the ends of its range', () => {
  it('compound, base 100 growing 20% from 2024, in 2025: the base value swings more than the CAGR', () => {
    const model: CompoundModel = { type: 'compound', baseYear: 2024, baseValue: '100', cagr: '0.2' };
    const bars = unwrap(tornado(model, { cagr: { low: '0.1', high: '0.3' }, baseValue: { low: '80', high: '120' } }, 2025));
    // By hand: base 100 · 1.2 = 120. baseValue 80 → 80 · 1.2 = 96, 120 → 144 (swing 48);
    // cagr 10% → 100 · 1.1 = 110, 30% → 130 (swing 20).
    expect(bars.map((b) => b.param)).toEqual(['baseValue', 'cagr']);
    const [base, cagr] = bars as [(typeof bars)[0], (typeof bars)[0]];
    expect(base.low).toBeCloseTo(96, 10);
    expect(base.high).toBeCloseTo(144, 10);
    expect(base.base).toBeCloseTo(120, 10);
    expect(cagr.low).toBeCloseTo(110, 10);
    expect(cagr.high).toBeCloseTo(130, 10);
    expect(cagr.base).toBeCloseTo(120, 10);
  });

  it('five years on, compounding makes the CAGR the wider bar', () => {
    const model: CompoundModel = { type: 'compound', baseYear: 2024, baseValue: '100', cagr: '0.2' };
    const bars = unwrap(tornado(model, { cagr: { low: '0.1', high: '0.3' }, baseValue: { low: '80', high: '120' } }, 2029));
    // cagr: 100 · 1.1^5 = 161.051 to 100 · 1.3^5 = 371.293 (swing 210.2); baseValue: 80 · 1.2^5 = 199.0656 to 298.5984 (99.5).
    expect(bars.map((b) => b.param)).toEqual(['cagr', 'baseValue']);
    expect(bars[0]!.low).toBeCloseTo(161.051, 9);
    expect(bars[0]!.high).toBeCloseTo(371.293, 9);
    expect(bars[1]!.low).toBeCloseTo(199.0656, 9);
    expect(bars[1]!.high).toBeCloseTo(298.5984, 9);
  });

  it('logistic at its midpoint: a later midpoint lowers the value (low above high); the steepness does nothing there', () => {
    const model: LogisticModel = { type: 'logistic', ceiling: '1000', midpoint: '2025', steepness: '1' };
    const ranges = { ceiling: { low: '800', high: '1200' }, midpoint: { low: '2024', high: '2026' }, steepness: { low: '0.5', high: '2' } };
    const bars = unwrap(tornado(model, ranges, 2025));
    // midpoint 2024 → 1000 / (1 + e^-1) = 731.0585786; 2026 → 1000 / (1 + e) = 268.9414214; ceiling → 400, 600.
    expect(bars.map((b) => b.param)).toEqual(['midpoint', 'ceiling', 'steepness']);
    expect(bars[0]!.low).toBeCloseTo(731.0585786, 6);
    expect(bars[0]!.high).toBeCloseTo(268.9414214, 6);
    expect(bars[1]!.low).toBeCloseTo(400, 10);
    expect(bars[1]!.high).toBeCloseTo(600, 10);
    expect(bars[2]!.low).toBeCloseTo(500, 10);
    expect(bars[2]!.high).toBeCloseTo(500, 10);
  });

  it('anchored: an anchor range moves the years around it, the rate after only the years after the last anchor', () => {
    const model: AnchoredModel = {
      type: 'anchored',
      anchors: [
        { year: 2024, low: '100' },
        { year: 2026, low: '400' },
      ],
      through: 'mid',
      rateBefore: '1',
      rateAfter: '0.1',
    };
    const ranges = { 'anchors.1.low': { low: '225', high: '625' }, rateAfter: { low: '0', high: '0.5' } };
    // 2025 is sqrt(100 · anchor): 150 and 250; the rate after the last anchor does not reach 2025.
    const in2025 = unwrap(tornado(model, ranges, 2025));
    expect(in2025.map((b) => b.param)).toEqual(['anchors.1.low', 'rateAfter']);
    expect(in2025[0]!.low).toBeCloseTo(150, 10);
    expect(in2025[0]!.high).toBeCloseTo(250, 10);
    expect(in2025[1]!.low).toBeCloseTo(200, 10);
    expect(in2025[1]!.high).toBeCloseTo(200, 10);
    // 2027: 400 · 1.1 = 440 at base; the anchor gives 225 · 1.1 = 247.5 and 625 · 1.1 = 687.5; the rate 400 and 600.
    const in2027 = unwrap(tornado(model, ranges, 2027));
    expect(in2027.map((b) => [b.param, b.low, b.high, b.base].map((v) => (typeof v === 'number' ? Number(v.toFixed(9)) : v)))).toEqual([
      ['anchors.1.low', 247.5, 687.5, 440],
      ['rateAfter', 400, 600, 440],
    ]);
  });

  it('refuses what it cannot compute as error values', () => {
    const model: CompoundModel = { type: 'compound', baseYear: 2024, baseValue: '100', cagr: '0.2' };
    const kind = (r: ReturnType<typeof tornado>) => (r.ok ? 'ok' : r.error.kind);
    expect(kind(tornado(model, { baseYear: { low: '2020', high: '2025' } }, 2025))).toBe('not-a-number');
    expect(kind(tornado(model, { cagr: { low: '0.3', high: '0.1' } }, 2025))).toBe('range-reversed');
    expect(kind(tornado(model, { cagr: { low: '0.1', high: '0.3' } }, 2025.5))).toBe('year-not-integer');
    expect(kind(tornado({ ...model, cagr: '-1' }, {}, 2025))).toBe('rate-too-low');
    expect(unwrap(tornado(model, {}, 2025))).toEqual([]);
  });
});
