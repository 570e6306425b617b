import { describe, expect, it } from 'vitest';
import { toUserSeries } from '../../../src/io/user-series';
import { auditSeries, Dec, type AnchoredModel, type GrowthConflict, type ImpliedGrowth, type SeriesDefinition } from '../../../src/model';
import { ownSeries } from './market';
import { reportedYears } from '../../../src/ui/shared/series-view';
import { readForm, emptyForm, emptyRow } from '../../../src/ui/series/series-form';

/**
 * The audit on series of one's own (issue 19): the same checks as the report's series get. Expected
 * values computed independently with Python's decimal module (prec 50):
 *   (2219 / 7.2)^(1/7) − 1  = 1.2674953276139122607398416981397054092482007841181  (2023 → 2030)
 *   7,200,000 · 1.566^7     = 166293318.6664261334572032
 *   2.5^(1/2) − 1           = 0.5811388300841896659994467722163592668597775696626  (400亿 → >1000亿 in 2 years)
 *   10^(1/4) − 1            = 0.7782794100389228012254211951926848447357905264023  (100亿 → >1000亿 in 4 years)
 */
const digits = (value: Dec | undefined, n = 20) => value?.toSignificantDigits(n).toString();

const made = (input: object): SeriesDefinition => ownSeries(input, 'user-test').definition;

const VIDEO = {
  name: { en: 'Text-to-video revenue, as another report has it' },
  unit: { kind: 'money', currency: 'USD' },
  source: { publisher: 'Another Securities', date: '2024-07' },
  figures: [
    { years: [2023], kind: 'point', value: '7200000', wording: '$7.2M in 2023' },
    { years: [2030], kind: 'point', value: '2219000000', wording: '$2.219B by 2030' },
    { years: [2023, 2030], kind: 'point', quantity: 'cagr', value: '0.566', wording: 'a CAGR of 56.6%' },
  ],
};

describe('a stated growth rate in a series of one’s own', () => {
  it('is kept as a rate over its span, read in words, and left out of the path through the levels', () => {
    const series = made(VIDEO);
    const rate = series.figures.find((f) => f.quantity === 'cagr')!;
    expect(rate).toMatchObject({ years: [2023, 2030], kind: 'point', value: '0.566' });
    expect(rate.reading).toEqual({ zh: '2023—2030年年均复合增速56.6%', en: '56.6% a year (CAGR), 2023–2030' });
    expect((series.baseModel as AnchoredModel).anchors.map((a) => [a.year, a.low])).toEqual([
      [2023, '7200000'],
      [2030, '2219000000'],
    ]);
    expect(reportedYears(series)).toEqual({ from: 2023, until: 2030 });
  });

  it('disagreeing with the amounts it joins is a conflict with the three one-click readings', () => {
    const conflict = auditSeries(made(VIDEO)).find((f): f is GrowthConflict => f.type === 'growth-conflict')!;
    expect(digits(conflict.impliedRate)).toBe('1.2674953276139122607');
    expect(digits(conflict.endFromBase)).toBe('166293318.66642613346');
    expect(conflict.reconciliations.map((r) => [r.id, r.model.baseYear, r.model.baseValue, digits(new Dec(r.model.cagr), 12)])).toEqual([
      ['trust-endpoints', 2023, '7200000', '1.26749532761'],
      ['trust-base-and-rate', 2023, '7200000', '0.566'],
      ['trust-end-and-rate', 2030, '2219000000', '0.566'],
    ]);
  });

  it('agreeing with them (to the digits stated) is no conflict', () => {
    // 7.2M · 2.2674953^7 ≈ 2.219B: a stated 126.7% stands for 126.65–126.75%, which holds 126.7495…%.
    const agreeing = { ...VIDEO, figures: [...VIDEO.figures.slice(0, 2), { ...VIDEO.figures[2]!, value: '1.267' }] };
    expect(auditSeries(made(agreeing)).map((f) => f.type)).not.toContain('growth-conflict');
  });

  it.each([
    ['a single year', { years: [2030], kind: 'point', quantity: 'cagr', value: '0.5' }, 'rate-needs-span'],
    ['a range', { years: [2023, 2030], kind: 'range', quantity: 'cagr', low: '0.4', high: '0.6' }, 'figure-mismatch'],
    ['−150 % a year', { years: [2023, 2030], kind: 'point', quantity: 'cagr', value: '-1.5' }, 'out-of-domain'],
  ])('is refused as %s', (_, figure, kind) => {
    const result = toUserSeries({ ...VIDEO, figures: [...VIDEO.figures.slice(0, 2), figure] });
    expect(result.ok ? 'accepted' : result.error.kind).toBe(kind);
  });

  it('is typed in the form as a kind of its own, 56.6% over 2023-2030', () => {
    const row = (years: string, kind: 'point' | 'cagr', value: string) => ({ ...emptyRow(), years, kind, value });
    const read = readForm({
      ...emptyForm(),
      nameEn: 'Video',
      currency: 'USD',
      publisher: 'Another Securities',
      date: '2024-07',
      figures: [row('2023', 'point', '7.2M'), row('2030', 'point', '2.219B'), row('2023-2030', 'cagr', '56.6%')],
    });
    expect(read.ok && read.input.figures[2]).toEqual({ years: [2023, 2030], kind: 'point', quantity: 'cagr', value: '0.566' });
  });
});

describe('implied growth between the figures of one’s own', () => {
  it('reads bounds as the slowest and fastest growth they allow', () => {
    const series = made({
      name: { zh: '智能音箱市场' },
      unit: { kind: 'money', currency: 'CNY' },
      source: { publisher: '某证券', date: '2025' },
      figures: [
        { years: [2024], kind: 'point', value: '10000000000' },
        { years: [2026], kind: 'approximate', value: '40000000000' },
        { years: [2028], kind: 'lower-bound', value: '100000000000' },
      ],
    });
    const found = auditSeries(series).filter((f): f is ImpliedGrowth => f.type === 'implied-growth');
    expect(found.map((f) => [f.from.year, f.to.year, digits(f.min), digits(f.max)])).toEqual([
      // 400亿 / 100亿 = 4 over two years: exactly 100 % a year, both ways.
      [2024, 2026, '1', '1'],
      // Over 1000亿: no ceiling, so no fastest rate.
      [2026, 2028, '0.581138830084189666', undefined],
      [2024, 2028, '0.77827941003892280123', undefined],
    ]);
  });

  it('audits a share of one’s own as a level: 70 % to at most 90 % allows at most (9/7)^(1/2) − 1 a year', () => {
    const series = made({
      name: { en: 'Speech share of AI audio' },
      unit: { kind: 'share' },
      source: { publisher: 'Someone', date: '2024' },
      figures: [
        { years: [2024], kind: 'approximate', value: '0.7' },
        { years: [2026], kind: 'upper-bound', value: '0.9' },
      ],
    });
    expect(reportedYears(series)).toEqual({ from: 2024, until: 2026 });
    const [growth] = auditSeries(series) as ImpliedGrowth[];
    // (0.9 / 0.7)^(1/2) − 1 = 0.13389341902768162... (Python decimal: 0.1338934190276816816...).
    expect([digits(growth!.min), digits(growth!.max, 12)]).toEqual([undefined, '0.133893419028']);
  });
});
