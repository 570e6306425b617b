// @vitest-environment node
// The report's figures: fixtures/report-figures.json. Expected numbers: tests/unit/reference/reference.json,
// section "audit", written by make-reference.py from /work/shared/report/figures.md.
import { describe, expect, it } from 'vitest';
import {
  auditReport,
  auditSeries,
  type GrowthConflict,
  type ForecastModel,
  type ImpliedGrowth,
  project,
  type SeriesDefinition,
  valueIn,
} from '../../../src/model';
import { ratesOutside, type RateOutside } from '../../../src/model/rate-outside';
import raw from '../../../fixtures/report-figures.json';
import { expectClose } from './close';
import { reference } from './reference';

const allSeries = raw.series as unknown as readonly SeriesDefinition[];
const series = (id: string) => allSeries.find((s) => s.id === id)!;
const ref = reference.audit.t2vConflict;

function t2vConflict(): GrowthConflict {
  const conflicts = auditSeries(series('t2v-revenue-global')).filter((f): f is GrowthConflict => f.type === 'growth-conflict');
  expect(conflicts).toHaveLength(1);
  return conflicts[0]!;
}

describe('the audit finds that the text-to-video figures cannot all be true', () => {
  it('joins 720万美元 (2023), 22.19亿美元 (2030) and the 56.6% CAGR over 2024–2030 into one conflict', () => {
    const c = t2vConflict();
    expect(c.seriesId).toBe('t2v-revenue-global');
    expect({ figureId: c.base.figureId, year: c.base.year, value: c.base.value.toString() }).toEqual({
      figureId: 't2v-revenue-2023',
      ...ref.base,
    });
    expect({ figureId: c.end.figureId, year: c.end.year, value: c.end.value.toString() }).toEqual({
      figureId: 't2v-revenue-2030',
      ...ref.end,
    });
    expect({ figureId: c.rate.figureId, from: c.rate.from, to: c.rate.to, value: c.rate.value.toString() }).toEqual({
      figureId: 't2v-cagr-2024-2030',
      ...ref.rate,
    });
  });

  it('says the two amounts imply 126.75% a year over 2023–2030, more than twice the stated 56.6%', () => {
    expectClose(t2vConflict().impliedRate, ref.impliedRate);
  });

  it('says 720万美元 at 56.6% for seven years gives only about 1.663亿美元 in 2030', () => {
    expectClose(t2vConflict().endFromBase, ref.endFromBase);
  });

  it('says 22.19亿美元 is about 13.3 times what the base and the rate give', () => {
    expectClose(t2vConflict().endRatio, ref.endRatio);
  });

  it('says 22.19亿美元 back at 56.6% for seven years needs about 9608万美元 in 2023', () => {
    expectClose(t2vConflict().baseFromEnd, ref.baseFromEnd);
  });

  it('says 22.19亿美元 back at 56.6% for six years needs about 1.505亿美元 in 2024, where the stated CAGR starts', () => {
    expectClose(t2vConflict().rateStartFromEnd, ref.rateStartFromEnd);
  });
});

describe('each reconciliation is a compound model that keeps the figures it trusts', () => {
  const reconciliation = (id: string) => {
    const found = t2vConflict().reconciliations.find((r) => r.id === id);
    if (!found) throw new Error(`no reconciliation ${id}`);
    const path = project(found.model, { from: 2023, to: 2030 });
    if (!path.ok) throw new Error(path.error.message);
    return { model: found.model, at: (year: number) => valueIn(path.value, year)! };
  };

  it('offers exactly three readings: trust the endpoints, trust base and rate, trust end and rate', () => {
    expect(t2vConflict().reconciliations.map((r) => r.id)).toEqual(['trust-endpoints', 'trust-base-and-rate', 'trust-end-and-rate']);
  });

  it('trust-endpoints starts at 720万美元 in 2023, grows at the implied rate and passes 22.19亿美元 in 2030', () => {
    const r = reconciliation('trust-endpoints');
    expect(r.model).toMatchObject({ type: 'compound', baseYear: 2023, baseValue: '7200000' });
    expectClose(r.model.cagr, ref.impliedRate);
    expect(r.at(2023).toString()).toBe('7200000');
    expectClose(r.at(2030), '2219000000');
  });

  it('trust-base-and-rate starts at 720万美元 in 2023, grows at 56.6% and ends near 1.663亿美元 in 2030', () => {
    const r = reconciliation('trust-base-and-rate');
    expect(r.model).toEqual({ type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.566' });
    expect(r.at(2023).toString()).toBe('7200000');
    expectClose(r.at(2030), ref.endFromBase);
  });

  it('trust-end-and-rate ends at 22.19亿美元 in 2030 at 56.6%, from about 9608万美元 in 2023 and 1.505亿美元 in 2024', () => {
    const r = reconciliation('trust-end-and-rate');
    expect(r.model).toEqual({ type: 'compound', baseYear: 2030, baseValue: '2219000000', cagr: '0.566' });
    expect(r.at(2030).toString()).toBe('2219000000');
    expectClose(r.at(2023), ref.baseFromEnd);
    expectClose(r.at(2024), ref.rateStartFromEnd);
  });
});

describe('the audit reads the text-to-image figures by their wording: bounds stay bounds', () => {
  const growth = (seriesId: string, fromYear: number, toYear: number) => {
    const found = auditSeries(series(seriesId)).find(
      (f): f is ImpliedGrowth => f.type === 'implied-growth' && f.from.year === fromYear && f.to.year === toYear,
    );
    if (!found) throw new Error(`no implied growth ${seriesId} ${fromYear}-${toYear}`);
    return found;
  };

  for (const pair of reference.audit.impliedGrowth) {
    const floor = pair.min === null ? 'no floor' : `at least ${pair.min.slice(0, 6)}`;
    const ceiling = pair.max === null ? 'no ceiling' : `at most ${pair.max.slice(0, 6)}`;
    it(`${pair.series} ${pair.fromYear}→${pair.toYear}: ${floor}, ${ceiling}`, () => {
      const found = growth(pair.series, pair.fromYear, pair.toYear);
      if (pair.min === null) expect(found.min).toBeUndefined();
      else expectClose(found.min!, pair.min);
      if (pair.max === null) expect(found.max).toBeUndefined();
      else expectClose(found.max!, pair.max);
    });
  }

  it('lists for the market exactly its neighbouring pairs and the first-to-last pair, skipping the no-figure years', () => {
    const pairs = auditSeries(series('t2i-market-cn')).map((f) => (f.type === 'implied-growth' ? `${f.from.year}-${f.to.year}` : f.type));
    expect(pairs).toEqual(['2024-2025', '2025-2027', '2024-2027']);
  });

  it('finds no growth conflict where the report states no CAGR', () => {
    expect(auditSeries(series('t2i-market-cn')).some((f) => f.type === 'growth-conflict')).toBe(false);
    expect(auditSeries(series('t2i-users-cn')).some((f) => f.type === 'growth-conflict')).toBe(false);
  });

  it('has nothing to say about the speech-synthesis share (a share, not a level)', () => {
    expect(auditSeries(series('audio-speech-share'))).toEqual([]);
  });
});

describe('a stated CAGR that agrees with its levels, to the digits it is stated in, is not a conflict', () => {
  // A 2023 level of 720万 and a 2030 level of 720万 · g^7 (computed exactly in Python), with a CAGR stated as text.
  const series2023to2030 = (end2030: string, statedCagr: string): SeriesDefinition => ({
    ...series('t2v-revenue-global'),
    figures: [
      { id: 'a', quantity: 'level', years: [2023], kind: 'point', value: '7200000', wording: '', reading: { zh: '', en: '' } },
      { id: 'b', quantity: 'level', years: [2030], kind: 'point', value: end2030, wording: '', reading: { zh: '', en: '' } },
      { id: 'r', quantity: 'cagr', years: [2024, 2030], kind: 'point', value: statedCagr, wording: '', reading: { zh: '', en: '' } },
    ],
  });
  const conflicts = (end2030: string, statedCagr: string) =>
    auditSeries(series2023to2030(end2030, statedCagr)).some((f) => f.type === 'growth-conflict');
  const AT_56_6 = '166293318.6664261334572032'; // 720万 · 1.566^7
  const AT_56_64 = '166590878.20801198585194781605888'; // 720万 · 1.5664^7
  const AT_56_66 = '166739829.04099039850515080594432'; // 720万 · 1.5666^7

  it('accepts 56.6% for 720万 (2023) and 720万 · 1.566^7 (2030)', () => {
    expect(conflicts(AT_56_6, '0.566')).toBe(false);
  });

  it('reads "0.566" as anything from 56.55% to 56.65%: levels implying 56.64% agree, 56.66% do not', () => {
    expect(conflicts(AT_56_64, '0.566')).toBe(false);
    expect(conflicts(AT_56_66, '0.566')).toBe(true);
  });

  it('holds a rate stated to more digits to more digits: "0.5664" does not agree with levels implying 56.6%', () => {
    expect(conflicts(AT_56_64, '0.5664')).toBe(false);
    expect(conflicts(AT_56_6, '0.5664')).toBe(true);
  });
});

describe('a stated CAGR is held to its own span and to the percentage it is stated in (found by use)', () => {
  const level = (id: string, year: number, kind: string, value: string) => ({ id, quantity: 'level', years: [year], kind, value, wording: '', reading: { zh: '', en: '' } });
  const rate = (from: number, to: number, value: string) => ({ id: 'r', quantity: 'cagr', years: [from, to], kind: 'point', value, wording: '', reading: { zh: '', en: '' } });
  const withFigures = (figures: readonly object[]) => ({ ...series('t2v-revenue-global'), figures }) as unknown as SeriesDefinition;
  const conflicted = (s: SeriesDefinition) => auditSeries(s).some((f) => f.type === 'growth-conflict');

  it('amounts outside the rate’s span say nothing of it: 12亿 (2023), ≈45亿 (2025), >300亿 (2028) and 95% over 2025–2028 agree', () => {
    // Python decimal: 45亿 × 1.95³ = 333.67亿, above 300亿; 2023 lies before the span and its year before (2024).
    const figures = [level('a', 2023, 'point', '1200000000'), level('b', 2025, 'approximate', '4500000000'), level('c', 2028, 'lower-bound', '30000000000'), rate(2025, 2028, '0.95')];
    expect(conflicted(withFigures(figures))).toBe(false);
  });

  it('amounts inside the span but not at its ends say nothing of its average (found by review): growth may vary from year to year', () => {
    // A 2024–2030 CAGR of 20%: 10亿 (2025) → 43亿 (2030) implies 33.9% a year over five years, 10亿 → 30亿 (2026) 200%;
    // a 2024 level of 43亿 / 1.2^6 = 14.4亿 (Python decimal) would make both true.
    expect(conflicted(withFigures([level('a', 2025, 'point', '1000000000'), level('b', 2030, 'point', '4300000000'), rate(2024, 2030, '0.2')]))).toBe(false);
    expect(conflicted(withFigures([level('a', 2025, 'point', '1000000000'), level('b', 2026, 'point', '3000000000'), rate(2024, 2030, '0.2')]))).toBe(false);
    // At its ends (the start year itself, or the year before it, and the end year) they do.
    expect(conflicted(withFigures([level('a', 2024, 'point', '1000000000'), level('b', 2030, 'point', '4300000000'), rate(2024, 2030, '0.2')]))).toBe(true);
    expect(conflicted(withFigures([level('a', 2023, 'point', '1000000000'), level('b', 2030, 'point', '3583180800'), rate(2024, 2030, '0.2')]))).toBe(false);
  });

  it('the year before the span still counts as its start (the report’s 720万美元 in 2023 and its 2024–2030 CAGR)', () => {
    expect(conflicted(series('t2v-revenue-global'))).toBe(true);
  });

  it('a rate stated in whole percent stands for ±0.5 points, whatever zeros its fraction drops: 30% and 27% both disagree with 10亿 → 16亿 in two years, 26% agrees', () => {
    // Python decimal: (16/10)^(1/2) − 1 = 0.2649110640673517…: 26.49% a year. 30% is 3.5 points off, 27% 0.51 points.
    const figures = (value: string) => [level('a', 2023, 'point', '1000000000'), level('b', 2025, 'point', '1600000000'), rate(2023, 2025, value)];
    expect(conflicted(withFigures(figures('0.3')))).toBe(true);
    expect(conflicted(withFigures(figures('0.27')))).toBe(true);
    expect(conflicted(withFigures(figures('0.26')))).toBe(false);
    // Worded "30.0%", the same 0.3 is stated to a tenth of a point (found by use): 30.4% a year no longer agrees.
    // Python decimal: 10亿 × 1.304² = 17.00416亿.
    const worded = (wording: string) => [level('a', 2023, 'point', '1000000000'), level('b', 2025, 'point', '1700416000'), { ...rate(2023, 2025, '0.3'), wording }];
    expect(conflicted(withFigures(worded('30%')))).toBe(false);
    expect(conflicted(withFigures(worded('年复合增速30.0%')))).toBe(true);
    // 100% is stated as "1": still ±0.5 points (1.004 agrees, 1.006 does not, for amounts that double in a year).
    const doubling = (value: string, end: string) => [level('a', 2023, 'point', '1000000000'), level('b', 2024, 'point', end), rate(2024, 2024, value)];
    expect(conflicted(withFigures(doubling('1', '2004000000')))).toBe(false);
    expect(conflicted(withFigures(doubling('1', '2006000000')))).toBe(true);
  });
});

describe('auditReport audits every series', () => {
  it('is the findings of each series in turn', () => {
    expect(auditReport(allSeries)).toEqual(allSeries.flatMap((s) => auditSeries(s)));
  });

  it('finds exactly one growth conflict in the report: text-to-video', () => {
    const conflicts = auditReport(allSeries).filter((f) => f.type === 'growth-conflict');
    expect(conflicts.map((f) => f.seriesId)).toEqual(['t2v-revenue-global']);
  });
});

describe('the audit answers for the series it is given, not one it saw before under the same id', () => {
  const report = series('t2v-revenue-global');
  const statingOver2023To2030 = (value: string) =>
    ({ ...report, figures: report.figures.map((f) => (f.quantity === 'cagr' ? { ...f, value, years: [2023, 2030] } : f)) }) as SeriesDefinition;
  const conflicted = (s: SeriesDefinition) => auditSeries(s).some((f) => f.type === 'growth-conflict');

  it('finds no conflict once the stated rate agrees with the amounts, after auditing the report’s series', () => {
    expect(conflicted(report)).toBe(true);
    // Python decimal: (2219000000 / 7200000)^(1/7) − 1 = 1.2674953276…, which 126.75% states to its own
    // two decimals; 56.6% over the same seven years does not.
    expect(conflicted(statingOver2023To2030('1.2675'))).toBe(false);
    expect(conflicted(statingOver2023To2030('0.566'))).toBe(true);
    expect(conflicted(report)).toBe(true);
  });
});

describe('a stated CAGR that a range or a bound at its ends cannot allow (found by use: only exact ends were checked)', () => {
  const level = (id: string, year: number, kind: string, value: string) => ({ id, quantity: 'level', years: [year], kind, value, wording: '', reading: { zh: '', en: '' } });
  const range = (id: string, year: number, low: string, high: string) => ({ id, quantity: 'level', years: [year], kind: 'range', low, high, wording: '', reading: { zh: '', en: '' } });
  const rate = (from: number, to: number, value: string) => ({ id: 'r', quantity: 'cagr', years: [from, to], kind: 'point', value, wording: '', reading: { zh: '', en: '' } });
  const withFigures = (figures: readonly object[]) => ({ ...series('t2v-revenue-global'), figures }) as unknown as SeriesDefinition;
  const outside = (s: SeriesDefinition): RateOutside[] => ratesOutside(s);
  const at = (model: ForecastModel, year: number) => {
    const path = project(model, { from: 2023, to: 2031 });
    if (!path.ok) throw new Error(path.error.message);
    return valueIn(path.value, year)!;
  };
  // Python decimal at 60 digits: (150/15)^(1/6) − 1 = 0.4677992676220695…, (200/15)^(1/6) − 1 = 0.5398903217415762…;
  // 15亿 × 1.3^6 = 72.402135亿.
  const MUSIC_MIN = '0.4677992676220695';
  const MUSIC_MAX = '0.5398903217415762';
  const music = (cagr: string) => withFigures([level('a', 2024, 'approximate', '1500000000'), range('b', 2030, '15000000000', '20000000000'), rate(2024, 2030, cagr)]);

  it('约15亿 (2024), 150亿–200亿 (2030) and 30% over 2024–2030 cannot all be true: the figures allow 46.78%–53.99% a year', () => {
    const [f, ...rest] = outside(music('0.3'));
    expect(rest).toHaveLength(0);
    expect(f!.from.figureId).toBe('a');
    expect(f!.to.figureId).toBe('b');
    expect(f!.rate.value.toString()).toBe('0.3');
    expectClose(f!.min!, MUSIC_MIN);
    expectClose(f!.max!, MUSIC_MAX);
    expect(f!.endFromBase!.toString()).toBe('7240213500');
    expect(auditSeries(music('0.3')).some((x) => x.type === 'growth-conflict')).toBe(false);
  });

  it('its readings keep what they trust: the base at 30%, and both figures at the allowed rate nearest 30% (46.78%, landing on 150亿)', () => {
    const [f] = outside(music('0.3'));
    expect(f!.reconciliations.map((r) => r.id)).toEqual(['trust-endpoints', 'trust-base-and-rate']);
    const endpoints = f!.reconciliations[0]!.model;
    expect(at(endpoints, 2024).toString()).toBe('1500000000');
    expectClose(at(endpoints, 2030), '15000000000');
    const base = f!.reconciliations[1]!.model;
    expect(at(base, 2024).toString()).toBe('1500000000');
    expect(at(base, 2030).toString()).toBe('7240213500');
  });

  it('a rate within the range’s rates, or within the digits it is stated to of them, agrees: 50% and 47% do; 46.5% (±0.05 points) does not', () => {
    expect(outside(music('0.5'))).toHaveLength(0);
    expect(outside(music('0.47'))).toHaveLength(0);
    expect(outside(music('0.465'))).toHaveLength(1);
    // Python decimal: 54% is 0.01 points above the fastest rate, within whole-percent's half point.
    expect(outside(music('0.54'))).toHaveLength(0);
    expect(outside(music('0.56'))).toHaveLength(1);
  });

  it('a lower bound at the end: 约15亿 (2024), 突破60亿 (2027) and 40% over 2024–2027 disagree (at least 58.74% a year)', () => {
    // Python decimal: 4^(1/3) − 1 = 0.5874010519681994…; 15亿 × 1.4³ = 41.16亿, short of 60亿.
    const s = withFigures([level('a', 2024, 'approximate', '1500000000'), level('b', 2027, 'lower-bound', '6000000000'), rate(2024, 2027, '0.4')]);
    const [f] = outside(s);
    expectClose(f!.min!, '0.5874010519681994');
    expect(f!.max).toBeUndefined();
    expect(f!.endFromBase!.toString()).toBe('4116000000');
    expect(f!.reconciliations.map((r) => r.id)).toEqual(['trust-endpoints', 'trust-base-and-rate']);
    expectClose(at(f!.reconciliations[0]!.model, 2027), '6000000000');
    // Any rate above the floor agrees: the bound sets no ceiling.
    expect(outside(withFigures([level('a', 2024, 'approximate', '1500000000'), level('b', 2027, 'lower-bound', '6000000000'), rate(2024, 2027, '3')]))).toHaveLength(0);
  });

  it('an upper bound at the start: ≤10亿 (2024), 约100亿 (2027) and 50% over 2025–2027 disagree (at least 115.44%); the end and the rate give 29.63亿 in 2024', () => {
    // Python decimal: 10^(1/3) − 1 = 1.1544346900318837…; 100亿 / 1.5³ = 29.6296296…亿, above the ≤10亿 the base allows.
    const s = withFigures([level('a', 2024, 'upper-bound', '1000000000'), level('b', 2027, 'approximate', '10000000000'), rate(2025, 2027, '0.5')]);
    const [f] = outside(s);
    expectClose(f!.min!, '1.1544346900318837');
    expect(f!.endFromBase).toBeUndefined();
    expect(f!.reconciliations.map((r) => r.id)).toEqual(['trust-endpoints', 'trust-end-and-rate']);
    const endAndRate = f!.reconciliations[1]!.model;
    expect(at(endAndRate, 2027).toString()).toBe('10000000000');
    expectClose(at(endAndRate, 2024), '2962962962.962962962962962963');
    // Both figures at the slowest rate they allow: from the bound itself, 10亿, to 100亿.
    expect(at(f!.reconciliations[0]!.model, 2024).toString()).toBe('1000000000');
    expectClose(at(f!.reconciliations[0]!.model, 2027), '10000000000');
  });

  it('an exact pair is still the growth conflict it was, and is not said twice', () => {
    const findings = auditSeries(series('t2v-revenue-global'));
    expect(findings.filter((f) => f.type === 'growth-conflict')).toHaveLength(1);
    expect(ratesOutside(series('t2v-revenue-global'))).toHaveLength(0);
  });

  it('finds nothing of the kind in the report: its text-to-image figures state no CAGR', () => {
    expect(allSeries.flatMap(ratesOutside)).toHaveLength(0);
  });
});
