// @vitest-environment node
// Expected values: tests/unit/reference/reference.json, sections "impliedCagr", "doublingTime" and "crossing",
// written by make-reference.py (exp(ln(v1 / v0) / years) − 1, ln 2 / ln(1 + r), and the log-linear exact year).
import { describe, expect, it } from 'vitest';
import { Dec, LN2 } from '../../../src/model/decimal';
import { cagrToReach, doublingTime, firstCrossing, impliedCagr, project, yearReaching } from '../../../src/model/full';
import { expectClose } from './close';
import { modelNamed, reference } from './reference';

const implied = (name: string) => reference.impliedCagr[name]!;

describe('impliedCagr is the constant yearly rate between two levels', () => {
  it('finds 126.75% a year between 720万美元 (2023) and 22.19亿美元 (2030), not the stated 56.6%', () => {
    const c = implied('t2v-2023-2030');
    const result = impliedCagr(c.from, c.to);
    expect(result.ok).toBe(true);
    if (result.ok) expectClose(result.value, c.cagr);
  });

  it('finds 10^(1/3) − 1 ≈ 115.4% between 百亿 (2024) and 千亿 (2027)', () => {
    const c = implied('t2i-market-2024-2027');
    const result = impliedCagr(c.from, c.to);
    if (!result.ok) throw new Error(result.error.message);
    expectClose(result.value, c.cagr);
  });

  it('finds exactly 400% between 1000万 (2022) and 5000万 (2023)', () => {
    const c = implied('t2i-users-2022-2023');
    const result = impliedCagr(c.from, c.to);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.toString()).toBe('4');
  });

  it('is negative for a level that halves (2^(−1/5) − 1 over five years)', () => {
    const c = implied('halving-5y');
    const result = impliedCagr(c.from, c.to);
    if (!result.ok) throw new Error(result.error.message);
    expectClose(result.value, c.cagr);
  });

  it('does not care which of the two levels comes first', () => {
    const c = implied('t2v-latest-first');
    const result = impliedCagr(c.from, c.to);
    if (!result.ok) throw new Error(result.error.message);
    expectClose(result.value, c.cagr);
    expectClose(result.value, implied('t2v-2023-2030').cagr);
  });
});

describe('impliedCagr keeps the rates it has worked out, each under its own two levels and years', () => {
  // By hand: 5000万 / 1000万 = 5; over one year 5 − 1 = 4; over two √5 − 1 (√5 to 34 digits:
  // 2.236067977499789696409173668731276, from the continued fraction in any table); back from 5000万
  // to 1000万 in one year 1/5 − 1 = −0.8.
  const low = '10000000';
  const high = '50000000';
  it('answers the same rate when asked again, and a different one for other years or the other order', () => {
    const once = impliedCagr({ year: 2022, value: low }, { year: 2023, value: high });
    const again = impliedCagr({ year: 2030, value: low }, { year: 2031, value: high });
    const twoYears = impliedCagr({ year: 2022, value: low }, { year: 2024, value: high });
    const backwards = impliedCagr({ year: 2022, value: high }, { year: 2023, value: low });
    if (!once.ok || !again.ok || !twoYears.ok || !backwards.ok) throw new Error('a rate was refused');
    expect([once.value.toString(), again.value.toString()]).toEqual(['4', '4']);
    expectClose(twoYears.value, '1.236067977499789696409173668731276');
    expect(backwards.value.toString()).toBe('-0.8');
  });

  it('still refuses a same-year pair and a non-positive level after a rate for the same values was kept', () => {
    impliedCagr({ year: 2022, value: low }, { year: 2023, value: high });
    expect(impliedCagr({ year: 2022, value: low }, { year: 2022, value: high }).ok).toBe(false);
    expect(impliedCagr({ year: 2022, value: '0' }, { year: 2023, value: high }).ok).toBe(false);
  });
});

describe('impliedCagr is correctly rounded to the engine’s 34 digits', () => {
  // Python's decimal: the ratio b / a rounded to 34 digits (as the engine holds it), its 1/years power at
  // 80 digits rounded half-even to 34, less 1 at 34 digits. decimal.js's own pow misses the last digit of
  // each of these (…284, …091, …481, …087, …807).
  const cases: [string, string, number, string][] = [
    ['42445996', '173', 33, '-0.3134486723143761089267482008465285'],
    ['39664091952', '37', 26, '-0.5505464891393313892073562247170911'],
    ['45', '62527720', 11, '2.617777266300030890699513544619480'],
    ['554907', '60409366577', 3, '46.74867883533952685783230436213089'],
    ['804474437', '3406367', 33, '-0.1526082766794497831613999374918808'],
  ];
  it.each(cases)('from %s to %s over %i years', (from, to, years, rate) => {
    const result = impliedCagr({ year: 2000, value: from }, { year: 2000 + years, value: to });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.eq(rate)).toBe(true);
    // The same rate read backwards in time: from `to` at the later year back to `from`.
    const back = impliedCagr({ year: 2000 + years, value: to }, { year: 2000, value: from });
    if (!back.ok) throw new Error(back.error.message);
    expectClose(back.value, rate);
  });
});

describe('cagrToReach is the goal seek: the rate that takes a start to a target by a year', () => {
  it('needs 126.75% a year to take 720万美元 in 2023 to 22.19亿美元 by 2030', () => {
    const result = cagrToReach({ year: 2023, value: '7200000' }, '2219000000', 2030);
    if (!result.ok) throw new Error(result.error.message);
    expectClose(result.value, implied('t2v-2023-2030').cagr);
  });

  it('the scenario made from its rate reaches the target in the year asked, not a rounding later (found by use)', () => {
    // 1亿 in 2025 to 10亿 by 2030: 10^(1/5) − 1 rounded at 34 digits is 0.584893192461113485202101373391507, and Python
    // decimal at 80 digits: 1e8 × 1.584893192461113485202101373391507^5 = 999,999,999.99999999999999999999999996, so the
    // scenario goal seek's Apply made from it was said to reach 10亿 "in 2031". A path within the engine's own rounding
    // of the target (34 digits, a part in 10^30 after a hundred years of it) reaches it.
    const result = cagrToReach({ year: 2025, value: '100000000' }, '1000000000', 2030);
    if (!result.ok) throw new Error(result.error.message);
    expectClose(result.value, '0.58489319246111348520210137339150701326944213382503906', 1e-32);
    const model = { type: 'compound', baseYear: 2025, baseValue: '100000000', cagr: result.value.toString() } as const;
    expect(yearReaching(model, '1000000000', 2025)).toMatchObject({ ok: true, value: { year: 2030 } });
    expect(yearReaching(model, '1000000000', 2022)).toMatchObject({ ok: true, value: { year: 2030 } });
    // A rate a person cut to 14 digits falls short by a part in 10^14 (1e8 × 1.58489319246111^5 = 999,999,999.99998900…,
    // Python decimal): that is short, and 2031 (1,584,893,192.46…) is the year it reaches 10亿.
    const cut = { ...model, cagr: '0.58489319246111' };
    expect(yearReaching(cut, '1000000000', 2025)).toMatchObject({ ok: true, value: { year: 2031 } });
  });

  it('a path on a rate carried at 20 digits reaches the target its table shows (found by use)', () => {
    // A series of one's own: 约15亿 in 2024, 突破60亿 in 2026, 150亿–200亿 in 2028; the proposed path runs through
    // √(150亿 × 200亿) and on at the last segment's rate, kept to 20 digits as the report's base cases keep theirs:
    // Python decimal at 80 digits, (√(3e20) / 6e9)^(1/2) − 1 = 0.69904424484712252079 (20 digits), and 2030 is
    // √(3e20) × 1.69904424484712252079² = 49,999,999,999.999999999894… (short of 500亿 by 2.1 parts in 10^21), which every
    // table shows as 500亿 and the CSV as 50000000000; goal seek said "reaches it in 2031".
    const model = {
      type: 'anchored',
      anchors: [
        { year: 2024, low: '1500000000' },
        { year: 2026, low: '6000000000' },
        { year: 2028, low: '15000000000', high: '20000000000' },
      ],
      through: 'mid',
      rateBefore: '1',
      rateAfter: '0.69904424484712252079',
    } as const;
    expect(yearReaching(model, '50000000000', 2024)).toMatchObject({ ok: true, value: { year: 2030 } });
  });

  it('needs 10^(1/3) − 1 to take 百亿 in 2024 to 千亿 by 2027', () => {
    const result = cagrToReach({ year: 2024, value: '10000000000' }, '100000000000', 2027);
    if (!result.ok) throw new Error(result.error.message);
    expectClose(result.value, implied('t2i-market-2024-2027').cagr);
  });
});

describe('doublingTime is ln 2 / ln(1 + rate)', () => {
  const cases: [string, string][] = [
    ['stated-t2v-cagr', 'doubles in about 1.55 years at 56.6%'],
    ['doubling-each-year', 'doubles in exactly one year at 100%'],
    ['seven-percent', 'doubles in about 10.24 years at 7% (the rule of 70 is an approximation of this)'],
    ['one-in-a-million', 'doubles in about 693,147 years at 0.0001%'],
    ['t2i-after-2027', 'doubles in about 2.64 years at the app’s 30% after 2027'],
  ];
  for (const [name, sentence] of cases) {
    it(sentence, () => {
      const c = reference.doublingTime[name]!;
      const result = doublingTime(c.cagr);
      if (!result.ok) throw new Error(result.error.message);
      expectClose(result.value, c.years);
    });
  }
});

describe('firstCrossing finds the first year at or above a target, and when inside the year before it', () => {
  const crossing = (name: string) => {
    const c = reference.crossing[name]!;
    const path = project(modelNamed(c.path), c.range);
    if (!path.ok) throw new Error(path.error.message);
    return { c, result: firstCrossing(path.value, c.target) };
  };

  it('puts 720万美元 at 56.6% past $1 billion in 2034, at 2023 + ln(1e9 / 7.2e6) / ln 1.566 ≈ 2033.9998', () => {
    const { c, result } = crossing('t2v-base-and-rate-passes-1B');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.year).toBe(2034);
    expectClose(result.value.exactYear, c.exactYear);
  });

  it('puts the users base S-curve past 5亿 in 2027, log-linearly between its 2026 and 2027 values', () => {
    const { c, result } = crossing('users-base-passes-500M');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.year).toBe(2027);
    expectClose(result.value.exactYear, c.exactYear);
  });

  it('puts the market base case past 500亿 at 2025 + 2·ln 2.5 / ln 5 inside its 2025–2027 segment', () => {
    const { c, result } = crossing('t2i-market-base-passes-50B');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.year).toBe(2027);
    expectClose(result.value.exactYear, c.exactYear);
  });

  it('answers the first year itself when the path starts at or above the target', () => {
    const { result } = crossing('t2i-market-base-already-above-1B');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.year).toBe(2022);
    expect(result.value.exactYear.toString()).toBe('2022');
  });

  it('counts a value equal to the target as reached', () => {
    const path = project(modelNamed('compound/t2v-end-and-rate'), { from: 2025, to: 2035 });
    if (!path.ok) throw new Error(path.error.message);
    const result = firstCrossing(path.value, '2219000000');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.year).toBe(2030);
    expectClose(result.value.exactYear, '2030', 1e-30);
  });
});

describe('yearReaching projects a model and finds its first crossing', () => {
  it('finds the same 2034 crossing of $1 billion as firstCrossing on the 2023–2040 path', () => {
    const c = reference.crossing['t2v-base-and-rate-passes-1B']!;
    const result = yearReaching(modelNamed(c.path), c.target, 2023);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.year).toBe(2034);
    expectClose(result.value.exactYear, c.exactYear);
  });

  it('searches no further than untilYear', () => {
    const c = reference.crossing['t2v-base-and-rate-passes-1B']!;
    const result = yearReaching(modelNamed(c.path), c.target, 2023, 2033);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('target-not-reached');
  });
});

describe('LN2, the engine’s ln 2', () => {
  it('is ln 2 correctly rounded to 34 digits (Python: Context(prec=34).create_decimal(Decimal(2).ln()) at 60 digits)', () => {
    // 0.693147180559945309417232121458176568075500134360255254120680 rounded half-even at the 34th digit.
    expect(LN2.toString()).toBe('0.6931471805599453094172321214581766');
    expect(LN2.equals(new Dec(2).ln())).toBe(true);
  });
});
