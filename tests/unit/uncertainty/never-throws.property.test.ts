// @vitest-environment node
// Every entry point of the uncertainty engine answers with a value or an error value, never a throw and never NaN,
// checked on seeded random inputs (fast-check). A failure prints the seed and the shrunk counterexample.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRange } from '../../../src/io/parse-input';
import { Dec, describeRange, quantile, simulate, tornado, type ForecastModel, type Result, type Simulation } from '../../../src/model/full';

const SETTINGS = { seed: 20240628, numRuns: 150 } as const;

// ---- valid inputs within float64's comfortable range ----------------------------------------------

const positive = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => new Dec(x).toSignificantDigits(6).toString());
const rate = fc.double({ min: -0.9, max: 3, noNaN: true }).map((x) => new Dec(x).toSignificantDigits(6).toString());
const orderedPair = (ends: fc.Arbitrary<string>) => fc.tuple(ends, ends).map(([a, b]) => (new Dec(a).lte(b) ? { low: a, high: b } : { low: b, high: a }));

const validCase = fc.oneof(
  fc.record({
    model: fc.record({ type: fc.constant('compound' as const), baseYear: fc.integer({ min: 2000, max: 2040 }), baseValue: positive(1e-3, 1e12), cagr: rate }),
    ranges: fc.record({ cagr: orderedPair(rate), baseValue: orderedPair(positive(1e-3, 1e12)) }, { requiredKeys: [] }),
  }),
  fc.record({
    model: fc.record({ type: fc.constant('logistic' as const), ceiling: positive(1, 1e10), midpoint: fc.integer({ min: 2000, max: 2040 }).map(String), steepness: positive(0.01, 3) }),
    ranges: fc.record(
      { ceiling: orderedPair(positive(1, 1e10)), midpoint: orderedPair(fc.integer({ min: 2000, max: 2040 }).map(String)), steepness: orderedPair(positive(0.01, 3)) },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    model: fc.record({
      type: fc.constant('anchored' as const),
      anchors: fc.constant([
        { year: 2024, low: '10000000000' },
        { year: 2025, low: '20000000000' },
        { year: 2027, low: '100000000000' },
      ]),
      through: fc.constantFrom('low' as const, 'mid' as const, 'high' as const),
      rateBefore: rate,
      rateAfter: rate,
    }),
    ranges: fc.record({ 'anchors.1.low': orderedPair(positive(1e9, 1e11)), rateAfter: orderedPair(rate) }, { requiredKeys: [] }),
  }),
);
// ---- anything a caller or a corrupted save could hand in ----------------------------------------------

const numberish = fc.oneof(
  fc.constantFrom('0', '-1', '1e400', '-1e400', '1e-400', 'abc', '', ' 12 ', 'NaN', 'Infinity', '0x10'),
  fc.double().map(String),
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.constantFrom(undefined, null, true, {}, [], Object.create(null), { isFinite: 1 }),
) as fc.Arbitrary<string>;
const yearish = fc.oneof(fc.integer({ min: 1980, max: 2110 }), fc.double(), fc.constantFrom(undefined, '2025', Object.create(null))) as fc.Arbitrary<number>;

const anyModel: fc.Arbitrary<ForecastModel> = fc.oneof(
  fc.record({ type: fc.constant('compound' as const), baseYear: yearish, baseValue: numberish, cagr: numberish }),
  fc.record({
    type: fc.constant('anchored' as const),
    anchors: fc.oneof(
      fc.array(fc.oneof(fc.record({ year: yearish, low: numberish, high: fc.option(numberish, { nil: undefined }) }), fc.constant(null)), { maxLength: 4 }) as fc.Arbitrary<[]>,
      fc.constant(undefined as unknown as []),
    ),
    through: fc.constantFrom('low', 'mid', 'high', 'sideways') as fc.Arbitrary<'mid'>,
    rateBefore: numberish,
    rateAfter: numberish,
  }),
  fc.record({ type: fc.constant('logistic' as const), ceiling: numberish, midpoint: numberish, steepness: numberish }),
  fc.constantFrom(null, undefined, {}, { type: 'exponential' }) as unknown as fc.Arbitrary<ForecastModel>,
  validCase.map(({ model }) => model as ForecastModel),
);

const PATHS = ['cagr', 'baseValue', 'baseYear', 'rateBefore', 'rateAfter', 'anchors.0.low', 'anchors.1.low', 'anchors.9.low', 'anchors.0.year', 'ceiling', 'midpoint', 'steepness', 'through'];
const anyRanges = fc.oneof(
  fc.dictionary(
    fc.oneof(fc.constantFrom(...PATHS), fc.string({ maxLength: 6 })),
    fc.oneof(fc.record({ low: numberish, high: numberish }), fc.constantFrom(null, undefined, 5, Object.create(null))),
    { maxKeys: 4 },
  ),
  fc.constantFrom(null, undefined),
  validCase.map(({ ranges }) => ranges as Record<string, { low: string; high: string }>),
) as fc.Arbitrary<Record<string, { low: string; high: string }>>;

/** A valid case with one thing broken: a model field, a range end, or an extra range on a path that cannot take one. */
const nearlyValid = fc.tuple(validCase, fc.nat(), numberish, fc.constantFrom(...PATHS)).map(([valid, pick, junk, path]) => {
  const model: Record<string, unknown> = { ...valid.model };
  const ranges: Record<string, Record<string, unknown>> = Object.fromEntries(Object.entries(valid.ranges).map(([k, v]) => [k, { ...v }]));
  const breaks = [
    ...Object.keys(model)
      .filter((key) => key !== 'type')
      .map((key) => () => (model[key] = junk)),
    ...Object.keys(ranges).flatMap((key) => [() => (ranges[key]!.low = junk), () => (ranges[key]!.high = junk)]),
    () => (ranges[path] = { low: '1', high: '2' }),
    () => (model.anchors = [null]),
  ];
  breaks[pick % breaks.length]!();
  return { model: model as unknown as ForecastModel, ranges: ranges as Record<string, { low: string; high: string }> };
});

const garbageOptions = fc.record({
  from: yearish,
  to: yearish,
  samples: fc.oneof(fc.integer({ min: -10, max: 1500 }), fc.constantFrom(Number.NaN, undefined, -Infinity, 0.5, '100', Object.create(null))),
  seed: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(undefined, '7', Object.create(null))),
  percentiles: fc.option(fc.oneof(fc.array(fc.oneof(fc.double(), fc.integer({ min: 0, max: 100 }), fc.constant(Object.create(null))), { maxLength: 4 }), fc.constant('5')), {
    nil: undefined,
  }),
});
// Mostly sound options, so that the model and the ranges are what gets tested.
const soundOptions = fc.record({
  from: fc.integer({ min: 2000, max: 2040 }),
  to: fc.integer({ min: 2040, max: 2060 }),
  samples: fc.integer({ min: 100, max: 500 }),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
});
const anyOptions = fc.oneof({ arbitrary: garbageOptions, weight: 1 }, { arbitrary: soundOptions, weight: 3 }) as fc.Arbitrary<{
  from: number;
  to: number;
  samples: number;
  seed: number;
  percentiles?: number[];
}>;

const validYears = fc.tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 0, max: 40 })).map(([from, span]) => ({ from, to: from + span }));

function expectSound(result: Result<Simulation>): void {
  if (!result.ok) {
    expect(typeof result.error.kind).toBe('string');
    expect(typeof result.error.message).toBe('string');
    return;
  }
  const sim = result.value;
  for (let y = 0; y < sim.years.length; y++) {
    let previous = 0;
    for (const band of sim.percentiles) {
      const v = band.values[y]!;
      expect(Number.isFinite(v) && v > 0, `P${band.p} in ${sim.years[y]} is ${v}`).toBe(true);
      expect(v).toBeGreaterThanOrEqual(previous);
      previous = v;
    }
  }
}

describe('invalid input gives an error value, never a throw or NaN', () => {
  const anyCase = fc.oneof(fc.record({ model: anyModel, ranges: anyRanges }), nearlyValid);

  it('simulate', () => {
    fc.assert(
      fc.property(anyCase, anyOptions, ({ model, ranges }, options) => {
        expectSound(simulate(model, ranges, options));
      }),
      SETTINGS,
    );
  });

  it('tornado', () => {
    fc.assert(
      fc.property(anyCase, fc.oneof(yearish, fc.integer({ min: 2000, max: 2060 })), ({ model, ranges }, year) => {
        const result = tornado(model, ranges, year);
        if (result.ok) for (const bar of result.value) expect([bar.low, bar.high, bar.base].every((v) => Number.isFinite(v) && v > 0)).toBe(true);
        else expect(typeof result.error.kind).toBe('string');
      }),
      SETTINGS,
    );
  });

  it('describeRange and quantile', () => {
    fc.assert(
      fc.property(fc.constantFrom('positive' as const, 'rate' as const, 'year' as const), numberish, numberish, fc.oneof(fc.double(), fc.double({ min: 0, max: 1 })), (kind, low, high, p) => {
        const read = describeRange(kind, low, high);
        if (!read.ok) return;
        expect(Number.isNaN(read.value.mu) || Number.isNaN(read.value.sigma) || Number.isNaN(read.value.p50)).toBe(false);
        const x = quantile(read.value, p);
        if (x.ok) expect(Number.isNaN(x.value)).toBe(false);
      }),
      SETTINGS,
    );
  });

  it('parseRange, on any text and on ranges built from numbers', () => {
    const built = fc
      .tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom('-', ' to ', '到', '至', '~', '–'), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom('', '%', '亿', 'M', 'k'))
      .map(([a, sep, b, unit]) => `${a}${sep}${b}${unit}`);
    fc.assert(
      fc.property(fc.oneof(fc.string(), built), fc.constantFrom('rate' as const, 'amount' as const, 'count' as const, 'year' as const, 'number' as const), (text, kind) => {
        const read = parseRange(text, kind);
        if (read.ok) expect(new Dec(read.low).lte(read.high)).toBe(true);
        else expect(typeof read.kind).toBe('string');
      }),
      { ...SETTINGS, numRuns: 1000 },
    );
  });
});

describe('valid input gives sound bands', () => {
  it('every band finite, positive and in order, for any model with ranges inside float64', () => {
    fc.assert(
      fc.property(validCase, validYears, fc.integer({ min: 100, max: 1000 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), ({ model, ranges }, years, samples, seed) => {
        const result = simulate(model as ForecastModel, ranges, { ...years, samples, seed });
        expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
        expectSound(result);
      }),
      { ...SETTINGS, numRuns: 100 },
    );
  });

  it('tornado: every bar finite and positive, each around the same base', () => {
    fc.assert(
      fc.property(validCase, fc.integer({ min: 2000, max: 2060 }), ({ model, ranges }, year) => {
        const result = tornado(model as ForecastModel, ranges, year);
        expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
        if (!result.ok) return;
        expect(result.value).toHaveLength(Object.keys(ranges).length);
        for (const bar of result.value) {
          expect([bar.low, bar.high, bar.base].every((v) => Number.isFinite(v) && v > 0)).toBe(true);
          expect(bar.base).toBe(result.value[0]!.base);
        }
      }),
      SETTINGS,
    );
  });

  it('a rate range never gives a growth factor at or below zero', () => {
    fc.assert(
      fc.property(orderedPair(fc.double({ min: -0.999999, max: 20, noNaN: true }).map(String)), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (range, seed) => {
        const model: ForecastModel = { type: 'compound', baseYear: 2024, baseValue: '1', cagr: '0' };
        const sim = simulate(model, { cagr: range }, { from: 2025, to: 2025, samples: 1000, seed });
        expect(sim.ok).toBe(true);
        if (sim.ok) expect(sim.value.matrix.every((factor) => factor > 0)).toBe(true);
      }),
      SETTINGS,
    );
  });
});
