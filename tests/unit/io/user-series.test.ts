import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { auditSeries, Dec, project, type AnchoredModel } from '../../../src/model';
import { seriesSchema } from '../../../src/io/schemas';
import { exchangeZh } from '../../../src/ui/i18n/exchange-zh';
import { MAX_FIGURES, MAX_USER_SERIES, toUserSeries, type UserSeriesErrorKind, type UserSeriesInput } from '../../../src/io/user-series';

/** The report's text-to-image market (fixtures/report-figures.json), entered again by hand. */
const t2iMarket = (): UserSeriesInput => ({
  name: { zh: '中国 AI 文生图市场规模' },
  unit: { kind: 'money', currency: 'CNY' },
  source: { publisher: '万联证券研究所', date: '2024-06-28', section: '2.1.2' },
  figures: [
    { years: [2023], kind: 'statement', wording: '2023年，中国AI文生图市场多数企业处于融资初期或A轮阶段' },
    { years: [2024], kind: 'upper-bound', value: '10000000000', wording: '规模仍在百亿人民币内' },
    { years: [2025], kind: 'lower-bound', value: '20000000000', wording: '市场规模有望突破200亿' },
    { years: [2027], kind: 'approximate', value: '100000000000', wording: '预计2027年接近千亿规模' },
  ],
});

/** The report's participating netizens, with its 1.5至3亿 range over 2024-2025. */
const t2iUsers = (): UserSeriesInput => ({
  name: { en: 'China text-to-image participating netizens' },
  unit: { kind: 'people' },
  source: { publisher: 'Wanlian Securities', date: '2024-06' },
  figures: [
    { years: [2022], kind: 'approximate', value: '10000000' },
    { years: [2023], kind: 'point', value: '50000000' },
    { years: [2024, 2025], kind: 'range', low: '150000000', high: '300000000' },
    { years: [2026, 2027], kind: 'conditional', value: '500000000', condition: '如果保持增速' },
  ],
});

function accepted(input: unknown) {
  const result = toUserSeries(input);
  if (!result.ok) throw new Error(`refused: ${result.error.kind} at ${result.error.field}: ${result.error.message}`);
  return result.value;
}

function refusal(input: unknown, options?: Parameters<typeof toUserSeries>[1]) {
  const result = toUserSeries(input, options);
  if (result.ok) throw new Error('expected a refusal');
  return { kind: result.error.kind, field: result.error.field };
}

/** The market series as a test may break it, field by field. */
interface Breakable {
  name: Record<string, unknown>;
  unit: Record<string, unknown>;
  source: Record<string, unknown>;
  figures: Record<string, unknown>[];
}

/** A copy of the market series with one change made to it. */
function changed(change: (input: Breakable) => void): unknown {
  const input = structuredClone(t2iMarket()) as unknown as Breakable;
  change(input);
  return input;
}

describe('a series of your own, accepted', () => {
  it('becomes a series the report fixture schema would take, with the report base case anchors', () => {
    const series = accepted(t2iMarket());
    expect(v.is(seriesSchema, series)).toBe(true);
    expect(series.name).toEqual({ zh: '中国 AI 文生图市场规模', en: '中国 AI 文生图市场规模' });
    expect(series.citedSource).toEqual({ zh: '万联证券研究所，2024-06-28', en: '万联证券研究所, 2024-06-28' });
    expect(series.section).toBe('2.1.2');
    const model = series.baseModel as AnchoredModel;
    // The same anchors as the report's base case: 100亿 in 2024, 200亿 in 2025, 1000亿 in 2027.
    expect(model.anchors.map((a) => [a.year, a.low, a.high])).toEqual([
      [2024, '10000000000', undefined],
      [2025, '20000000000', undefined],
      [2027, '100000000000', undefined],
    ]);
    expect(model.through).toBe('mid');
    // By hand: 2024→2025 is 200亿/100亿 = 2, a rate of 1 (100 %), the report's own rateBefore.
    expect(model.rateBefore).toBe('1');
    // By hand: 2025→2027 is 1000亿/200亿 = 5 over two years, √5 - 1 = 1.2360679774997896964 (20 digits).
    expect(model.rateAfter).toBe('1.2360679774997896964');
  });

  it('draws over 2015-2050 through every figure with a number, and the audit reads it', () => {
    const series = accepted(t2iMarket());
    const path = project(series.baseModel!, { from: 2015, to: 2050 });
    if (!path.ok) throw new Error(path.error.message);
    const at = (year: number) => path.value.find((p) => p.year === year)!.value.toString();
    expect([at(2024), at(2025), at(2027)]).toEqual(['10000000000', '20000000000', '100000000000']);
    expect(() => auditSeries(series)).not.toThrow();
  });

  it('reads a range by its geometric middle and gives the rate after it the report gives', () => {
    const series = accepted(t2iUsers());
    const model = series.baseModel as AnchoredModel;
    // A span is read as reached by its last year: 2024-2025 anchors 2025, 2026-2027 anchors 2027.
    expect(model.anchors.map((a) => [a.year, a.low, a.high])).toEqual([
      [2022, '10000000', undefined],
      [2023, '50000000', undefined],
      [2025, '150000000', '300000000'],
      [2027, '500000000', undefined],
    ]);
    // By hand: 1000万 → 5000万 in a year is ×5, a rate of 4 (the report's rateBefore).
    expect(model.rateBefore).toBe('4');
    // By hand: the range's middle is √(1.5亿·3亿) = √4.5e16; 5亿 / √4.5e16 = √(50/9) over two years,
    // so the rate is (50/9)^(1/4) - 1 = 0.53525978386563569057: the report's own rateAfter.
    expect(model.rateAfter).toBe('0.53525978386563569057');
    expect(series.figures[2]!.years).toEqual([2024, 2025]);
    expect(series.figures[3]!.condition).toEqual({ zh: '如果保持增速', en: '如果保持增速' });
    expect(series.name.zh).toBe('China text-to-image participating netizens');
  });

  it('keeps a section as the number it is, without the § or 第…节 typed around it (found by use: 第§3.1节 on the slide)', () => {
    const section = (typed: string) => accepted({ ...t2iMarket(), source: { ...t2iMarket().source, section: typed } }).section;
    expect(section('§3.1')).toBe('3.1');
    expect(section(' §§ 2.1.2 ')).toBe('2.1.2');
    expect(section('第2.1.2节')).toBe('2.1.2');
    expect(section('§3.1 图表5')).toBe('3.1 图表5');
    expect(section('附录')).toBe('附录');
    // Where the slide and PDF say it comes from: 第…节 around a section number only, by hand.
    expect(exchangeZh.where('2.1.2', '图表4')).toBe('第2.1.2节图表4');
    expect(exchangeZh.where('3.1 图表5', undefined)).toBe('3.1 图表5');
    expect(exchangeZh.where('附录', undefined)).toBe('附录');
  });

  it('stays flat around a single figure and bends a share into 100 %', () => {
    const share = accepted({
      name: { en: 'Speech share of AI audio' },
      unit: { kind: 'share' },
      source: { publisher: 'Someone', date: '2024' },
      figures: [{ years: [2024], kind: 'approximate', value: '0.7' }],
    });
    const model = share.baseModel as AnchoredModel;
    expect([model.rateBefore, model.rateAfter, model.ceiling]).toEqual(['0', '0', '1']);
    // Its own level (the unit says it is a share): drawn, audited and read out as any series' figures are.
    expect(share.figures[0]!.quantity).toBe('level');
    // By hand: 0.7 × 100 = 70, written without trailing zeros as every share is.
    expect(share.figures[0]!.reading.en).toBe('About 70% (approximate)');
  });

  it('holds a proposed rate inside the plausible domain (at most +1,000 % a year)', () => {
    const series = accepted(
      changed((s) => {
        // By hand: 0.001 → 1e15 in one year is a factor of 1e18, far beyond the domain's 10.
        s.figures = [
          { years: [2024], kind: 'point', value: '0.001' },
          { years: [2025], kind: 'point', value: '1e15' },
        ];
      }),
    );
    expect((series.baseModel as AnchoredModel).rateBefore).toBe('10');
  });

  it('gives the same content the same id, and takes an id of the caller', () => {
    const a = accepted(t2iMarket());
    expect(a.id).toMatch(/^user-[0-9a-f]{8}$/);
    expect(accepted(t2iMarket()).id).toBe(a.id);
    expect(a.figures.map((f) => f.id)).toEqual([1, 2, 3, 4].map((n) => `${a.id}-${n}`));
    const named = toUserSeries(t2iMarket(), { id: 'user-my-market' });
    expect(named.ok && named.value.id).toBe('user-my-market');
  });

  it('takes a leap day, a one-year span and 50 figures', () => {
    expect(toUserSeries(changed((s) => (s.source.date = '2024-02-29'))).ok).toBe(true);
    expect(accepted(changed((s) => (s.figures[1]!.years = [2024, 2024]))).figures[1]!.years).toEqual([2024]);
    const fifty = changed((s) => (s.figures = Array.from({ length: MAX_FIGURES }, (_, i) => ({ years: [2001 + i], kind: 'point', value: '1' }))));
    // 2001-2050 holds 50 years, but 2001-2014 lie outside the app's window: the first is refused.
    expect(refusal(fifty)).toEqual({ kind: 'year-out-of-window', field: 'figures.0.years.0' });
  });
});

const hostile: [string, unknown, UserSeriesErrorKind, string][] = [
  ['markup in a name', changed((s) => (s.name.en = '<img src=x onerror=alert(1)>')), 'hostile-text', 'name.en'],
  ['a right-to-left override in a name', changed((s) => (s.name.zh = 'abc\u202Etxt.exe')), 'hostile-text', 'name.zh'],
  ['a line break in a publisher', changed((s) => (s.source.publisher = 'A\nB')), 'hostile-text', 'source.publisher'],
  ['a NUL in a wording', changed((s) => (s.figures[1]!.wording = 'a\u0000b')), 'hostile-text', 'figures.1.wording'],
  ['a character reference in a condition', changed((s) => (s.figures[1]!.condition = '&lt;b&gt;')), 'hostile-text', 'figures.1.condition'],
  ['51 figures', changed((s) => (s.figures = Array.from({ length: 51 }, () => s.figures[1]!))), 'too-many-figures', 'figures'],
  ['two figures in 2025', changed((s) => (s.figures[3]!.years = [2024, 2025])), 'duplicate-year', 'figures.3.years'],
  ['a range low above high', changed((s) => (s.figures[1] = { years: [2024], kind: 'range', low: '3e8', high: '1.5e8' })), 'range-reversed', 'figures.1.high'],
  ['an unknown unit', changed((s) => (s.unit = { kind: 'furlongs' })), 'unknown-unit', 'unit.kind'],
  ['a currency not shaped like ISO 4217', changed((s) => (s.unit.currency = 'usd')), 'unknown-unit', 'unit.currency'],
  ['a currency the app cannot convert', changed((s) => (s.unit.currency = 'EUR')), 'unsupported-currency', 'unit.currency'],
  ['a year before 2015', changed((s) => (s.figures[1]!.years = [2014])), 'year-out-of-window', 'figures.1.years.0'],
  ['a span ending after 2050', changed((s) => (s.figures[3]!.years = [2027, 2051])), 'year-out-of-window', 'figures.3.years.1'],
  ['a span running backwards', changed((s) => (s.figures[3]!.years = [2027, 2026])), 'span-reversed', 'figures.3.years.1'],
  ['a fractional year', changed((s) => (s.figures[1]!.years = [2024.5])), 'invalid', 'figures.1.years.0'],
  ['10^16 yuan', changed((s) => (s.figures[1]!.value = '1e16')), 'out-of-domain', 'figures.1.value'],
  ['zero', changed((s) => (s.figures[1]!.value = '0')), 'out-of-domain', 'figures.1.value'],
  ['a negative value', changed((s) => (s.figures[1]!.value = '-5')), 'out-of-domain', 'figures.1.value'],
  ['1e999999999', changed((s) => (s.figures[1]!.value = '1e999999999')), 'out-of-domain', 'figures.1.value'],
  ['not a number', changed((s) => (s.figures[1]!.value = '100亿')), 'invalid', 'figures.1.value'],
  ['a share of 120 %', changed((s) => ((s.unit = { kind: 'share' }), (s.figures = [{ years: [2024], kind: 'point', value: '1.2' }]))), 'out-of-domain', 'figures.0.value'],
  ['a statement with a number', changed((s) => (s.figures[0]!.value = '5')), 'figure-mismatch', 'figures.0.value'],
  ['a point without a number', changed((s) => delete s.figures[1]!.value), 'figure-mismatch', 'figures.1.value'],
  ['a range with one end', changed((s) => (s.figures[1] = { years: [2024], kind: 'range', low: '1' })), 'figure-mismatch', 'figures.1.high'],
  ['statements only', changed((s) => (s.figures = [s.figures[0]!])), 'no-figures', 'figures'],
  ['no name at all', changed((s) => (s.name = { zh: ' ', en: '' })), 'no-name', 'name'],
  ['a blank publisher', changed((s) => (s.source.publisher = '  ')), 'no-publisher', 'source.publisher'],
  ['month 13', changed((s) => (s.source.date = '2024-13')), 'bad-date', 'source.date'],
  ['29 February 2023', changed((s) => (s.source.date = '2023-02-29')), 'bad-date', 'source.date'],
  ['a name of 121 characters', changed((s) => (s.name.en = 'x'.repeat(121))), 'too-long', 'name.en'],
  ['an unknown kind', changed((s) => (s.figures[1]!.kind = 'guess')), 'invalid', 'figures.1.kind'],
  ['null', null, 'not-an-object', ''],
  ['a list', [t2iMarket()], 'not-an-object', ''],
  ['a string', '{"name":{}}', 'not-an-object', ''],
];

describe('a series of your own, refused with its reason and the field at fault', () => {
  it.each(hostile)('%s', (_, input, kind, field) => {
    expect(refusal(input)).toEqual({ kind, field });
  });

  it('refuses a 21st series and an id not of the user- kind', () => {
    expect(refusal(t2iMarket(), { existingCount: MAX_USER_SERIES })).toEqual({ kind: 'too-many-series', field: '' });
    expect(toUserSeries(t2iMarket(), { existingCount: MAX_USER_SERIES - 1 }).ok).toBe(true);
    expect(refusal(t2iMarket(), { id: 't2i-market-cn' })).toEqual({ kind: 'bad-id', field: 'id' });
  });

  it('never echoes the text it refused', () => {
    const result = toUserSeries(changed((s) => (s.name.en = '<script>steal()</script>')));
    expect(JSON.stringify(result)).not.toContain('steal');
  });

  it('answers an object whose getter throws with a refusal, not an exception', () => {
    const trap = Object.defineProperty({}, 'figures', {
      get() {
        throw new Error('boom');
      },
    });
    expect(refusal(trap)).toEqual({ kind: 'invalid', field: '' });
  });

  it('never throws on anything at all, and what it accepts projects (seeded, 300 inputs)', () => {
    // Weighted towards what a form sends, so that some inputs pass the door and their output is checked too.
    const usual = <T>(common: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ arbitrary: common, weight: 4 }, { arbitrary: odd, weight: 1 });
    const number = usual(fc.constantFrom('1', '2.5e9', '0.5', '5e8', '1e15'), fc.oneof(fc.constantFrom('0', '-1', '1e16', '0.0001'), fc.string({ maxLength: 8 })));
    const year = usual(fc.integer({ min: 2015, max: 2050 }), fc.integer({ min: 2010, max: 2055 }));
    const years = usual<number[]>(fc.tuple(year), fc.tuple(year, year));
    const wording = usual(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }));
    // Mostly figures of the right shape (so some pass the door), some of any shape at all.
    const figure = fc.oneof(
      fc.record({ years, kind: fc.constantFrom('point', 'approximate', 'upper-bound', 'conditional'), value: number, wording }),
      fc.record({ years, kind: fc.constant('range'), low: number, high: number }),
      fc.record({ years, kind: fc.constant('statement'), wording }),
      fc.record({ years, kind: fc.string({ maxLength: 8 }), value: number, low: number }, { requiredKeys: [] }),
    );
    const series = fc.record({
      name: fc.record({ zh: usual(fc.constant('市场'), fc.string({ maxLength: 10 })), en: fc.string({ unit: 'binary', maxLength: 10 }) }, { requiredKeys: [] }),
      unit: usual<object>(
        fc.constantFrom({ kind: 'people' }, { kind: 'money', currency: 'USD' }),
        fc.constantFrom({ kind: 'share' }, { kind: 'money', currency: 'JPY' }, { kind: 'x' }),
      ),
      source: fc.record({
        publisher: usual(fc.constant('Someone'), fc.string({ maxLength: 10 })),
        date: usual(fc.constantFrom('2024', '2024-06'), fc.constantFrom('2024-06-31', 'x')),
      }),
      figures: usual(fc.array(figure, { minLength: 1, maxLength: 3 }), fc.array(figure, { maxLength: 8 })),
    });
    let accepted = 0;
    fc.assert(
      fc.property(usual<unknown>(series, fc.anything()), (input) => {
        const result = toUserSeries(input);
        if (!result.ok) return;
        accepted++;
        expect(v.is(seriesSchema, result.value)).toBe(true);
        expect(project(result.value.baseModel!, { from: 2015, to: 2050 }).ok).toBe(true);
        for (const f of result.value.figures) if (f.value) expect(new Dec(f.value).gt(0)).toBe(true);
      }),
      { seed: 20240628, numRuns: 300 },
    );
    // Some of them must pass the door, or the checks above checked nothing.
    expect(accepted).toBeGreaterThan(5);
  });
});
