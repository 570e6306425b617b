// @vitest-environment node
// Every value's basis, checked by hand against fixtures/report-figures.json (the report's figures as
// figures.md quotes them, 万联证券, 2024-06-28):
// - market: ≤100亿 (2024), >200亿 (2025), 接近千亿 (2027); 2023 and 2026 are statements without a number;
//   base path 100% a year before 2024 (10B → 20B is ×2, i.e. 100%), 30% after 2027 (the app's).
// - users: ≈1000万 (2022), 5000万 (2023), 1.5–3亿 (2024–2025), 可能达到5亿 (2026–2027, conditional);
//   base case an S-curve to 10.92亿, which passes near but not through them.
// - text-to-video: ≈720万美元 (2023), 22.19亿美元 (2030), CAGR 56.6% (2024–2030); 56.6% outside.
import { describe, expect, it } from 'vitest';
import { Dec, valueBasis, type AnchoredModel, type ForecastModel, type SeriesDefinition, type ValueBasis } from '../../../src/model';
import raw from '../../../fixtures/report-figures.json';

const all = raw.series as unknown as readonly SeriesDefinition[];
const series = (id: string) => all.find((s) => s.id === id)!;
const market = series('t2i-market-cn');
const users = series('t2i-users-cn');
const video = series('t2v-revenue-global');
const basisOf = (s: SeriesDefinition, year: number, model: ForecastModel = s.baseModel!, value?: Dec) => valueBasis(s, model, year, value);
const figureId = (b: ValueBasis | undefined) => (b?.kind === 'figure' ? b.figure.id : undefined);

describe('the basis of each market value (anchored through the report’s bounds)', () => {
  it('calls 2024, 2025 and 2027 report figures of their kinds, each pinned and read as the path’s value', () => {
    const b2024 = basisOf(market, 2024, market.baseModel!, new Dec('10000000000'));
    expect(b2024).toMatchObject({ kind: 'figure', pinned: true, readAs: '10000000000' });
    expect(b2024?.kind === 'figure' && b2024.figure.kind).toBe('upper-bound');
    expect(b2024?.kind === 'figure' && b2024.figure.wording).toContain('百亿人民币内');
    const b2025 = basisOf(market, 2025);
    expect(b2025?.kind === 'figure' && [b2025.figure.kind, b2025.pinned]).toEqual(['lower-bound', true]);
    const b2027 = basisOf(market, 2027);
    expect(b2027?.kind === 'figure' && [b2027.figure.kind, b2027.figure.id]).toEqual(['approximate', 't2i-market-2027']);
  });

  it('calls 2026 between 2025 and 2027: the statement "rapid growth" there carries no number', () => {
    const b = basisOf(market, 2026);
    expect(b?.kind).toBe('between');
    expect(b?.kind === 'between' && [b.previous.id, b.next.id]).toEqual(['t2i-market-2025', 't2i-market-2027']);
  });

  it('calls 2023 and earlier a back-cast at 100% a year, named as the 2024→2025 growth carried back', () => {
    for (const year of [2020, 2023]) {
      const b = basisOf(market, year);
      expect(b).toMatchObject({ kind: 'back-cast', assumption: { kind: 'rate', rate: '1', segment: { from: 2024, to: 2025 } } });
      expect(b?.kind === 'back-cast' && b.first.id).toBe('t2i-market-2024');
    }
  });

  it('calls 2028 on the app’s 30% a year, which is no report figure and no growth between anchors (2025→2027 is √5 − 1 ≈ 123.6%)', () => {
    const b = basisOf(market, 2028);
    expect(b).toMatchObject({ kind: 'assumption', assumption: { kind: 'rate', rate: '0.3' } });
    expect(b?.kind === 'assumption' && b.assumption.kind === 'rate' && [b.assumption.reportCagr, b.assumption.segment]).toEqual([undefined, undefined]);
    expect(b?.kind === 'assumption' && b.last.id).toBe('t2i-market-2027');
  });

  it('says a bound is read as the anchor the user moved it to (8B), and an anchor of the user’s own is named as such', () => {
    const base = market.baseModel as AnchoredModel;
    const moved: AnchoredModel = { ...base, anchors: [{ ...base.anchors[0]!, low: '8000000000' }, ...base.anchors.slice(1), { year: 2029, low: '200000000000' }] };
    expect(basisOf(market, 2024, moved, new Dec('8000000000'))).toMatchObject({ kind: 'figure', pinned: true, readAs: '8000000000' });
    expect(basisOf(market, 2028, moved)).toEqual({ kind: 'assumption', last: market.figures[4], assumption: { kind: 'own-anchor', year: 2029 } });
    expect(basisOf(market, 2030, moved)).toMatchObject({ kind: 'assumption', assumption: { kind: 'rate', rate: '0.3' } });
  });

  it('a year between figures that the path takes through an anchor of the user’s own, or past the anchors, says so, not "between figures" (found by use)', () => {
    // Text-to-video, figures in 2023 and 2030 only; the user adds an anchor of their own in 2026 (US$100M).
    const base = video.baseModel as AnchoredModel;
    const own: AnchoredModel = { ...base, anchors: [base.anchors[0]!, { year: 2026, low: '100000000' }, base.anchors[1]!] };
    for (const year of [2024, 2026, 2028]) expect(basisOf(video, year, own)).toMatchObject({ kind: 'between', assumption: { kind: 'own-anchor', year: 2026 } });
    // Without it, the years between are between the two figures, and nothing else.
    expect(basisOf(video, 2026)).toEqual({ kind: 'between', previous: video.figures[0], next: video.figures[1] });
    // The market's 2025 anchor moved to 2026 (the year between its figures): 2026 is the user's, 2025 a figure not held.
    const market0 = market.baseModel as AnchoredModel;
    const moved: AnchoredModel = { ...market0, anchors: [market0.anchors[0]!, { year: 2026, low: '30000000000' }, market0.anchors[2]!] };
    expect(basisOf(market, 2026, moved)).toMatchObject({ kind: 'between', assumption: { kind: 'own-anchor', year: 2026 } });
    expect(basisOf(market, 2025, moved)).toMatchObject({ kind: 'figure', pinned: false });
    // The path's last anchor before the last figure (2027 not held): 2026 runs on the growth after 2025, the model's own.
    const short: AnchoredModel = { ...market0, anchors: market0.anchors.slice(0, 2) };
    expect(basisOf(market, 2026, short)).toMatchObject({ kind: 'between', assumption: { kind: 'rate', rate: '0.3', edge: { year: 2025, after: true } } });
  });

  it('a path of constant growth or an S-curve between two figures is the model’s, not "between the report’s figures" (found by use)', () => {
    // "Video: trust base and rate": $7.2M × 1.566^n from 2023, which never reaches 2030's $2.219B.
    const compound: ForecastModel = { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.566' };
    expect(basisOf(video, 2026, compound)).toMatchObject({ kind: 'between', assumption: { kind: 'compound', rate: '0.566', baseYear: 2023 } });
    const sCurve: ForecastModel = { type: 'logistic', ceiling: '5000000000', midpoint: '2029', steepness: '0.6' };
    expect(basisOf(video, 2026, sCurve)).toMatchObject({ kind: 'between', assumption: { kind: 's-curve', ceiling: '5000000000' } });
  });

  it('records the value of a path not held on a figure at the year the figure is read at, so a value it does not allow can be named', () => {
    // Goal seek's "new scenario at this rate" (found by use): 100% a year through 1000亿 in 2027 is 1000亿 / 2³ = 125亿 in
    // 2024, which 百亿内 (≤100亿) does not allow.
    const compound: ForecastModel = { type: 'compound', baseYear: 2027, baseValue: '100000000000', cagr: '1' };
    expect(basisOf(market, 2024, compound, new Dec('12500000000'))).toMatchObject({ kind: 'figure', pinned: false, readAs: '12500000000' });
    // The users' 1.5–3亿 speaks for 2024–2025 and is read at 2025: a 2024 value on the way there is not held against it.
    expect(basisOf(users, 2024, users.baseModel!, new Dec('103000000'))).toMatchObject({ kind: 'figure', pinned: false });
    expect(basisOf(users, 2024, users.baseModel!, new Dec('103000000'))).not.toHaveProperty('readAs');
  });

  it('a rate run back or carried on names the anchor it starts from, not the first or last figure, when the two differ (found by use)', () => {
    // The market's first anchor moved from 2024 to 2025 (150亿): the back-cast runs from 2025, so 2023 is "before 2025".
    const base = market.baseModel as AnchoredModel;
    const moved: AnchoredModel = { ...base, anchors: [{ year: 2025, low: '15000000000' }, base.anchors[2]!] };
    expect(basisOf(market, 2023, moved)).toMatchObject({ kind: 'back-cast', assumption: { kind: 'rate', rate: '1', edge: { year: 2025, after: false } } });
    // The base path: its anchors stand on the first and last figures, so the rates start there.
    expect(basisOf(market, 2023)).toMatchObject({ kind: 'back-cast', assumption: { kind: 'rate', edge: { year: 2024, after: false } } });
    expect(basisOf(market, 2028)).toMatchObject({ kind: 'assumption', assumption: { kind: 'rate', edge: { year: 2027, after: true } } });
  });

  it('does not call a path pinned on a figure when its anchor there has another value and no figure id', () => {
    const own: AnchoredModel = { type: 'anchored', anchors: [{ year: 2024, low: '9000000000' }, { year: 2027, low: '100000000000' }], through: 'mid', rateBefore: '0.5', rateAfter: '0.2' };
    expect(basisOf(market, 2024, own)).toMatchObject({ kind: 'figure', pinned: false });
    expect(basisOf(market, 2027, own)).toMatchObject({ kind: 'figure', pinned: true });
  });

  it('reads a figure id that names a figure of another year (stale: ids shifted by a figure added before) by the value', () => {
    const base = market.baseModel as AnchoredModel;
    // The 2024 anchor (10B, the 2024 figure's value) tied by a stale id to the 2025 figure: pinned on 2024's all the same.
    const stale: AnchoredModel = { ...base, anchors: [{ ...base.anchors[0]!, figureId: base.anchors[1]!.figureId! }, ...base.anchors.slice(1)] };
    expect(basisOf(market, 2024, stale)).toMatchObject({ kind: 'figure', pinned: true });
    // An id of no figure at all (the figure deleted) is read by the value too.
    const gone: AnchoredModel = { ...base, anchors: [{ ...base.anchors[0]!, figureId: 't2i-market-nothere' }, ...base.anchors.slice(1)] };
    expect(basisOf(market, 2024, gone)).toMatchObject({ kind: 'figure', pinned: true });
    // A stale id and another value: not pinned.
    const moved: AnchoredModel = { ...stale, anchors: [{ ...stale.anchors[0]!, low: '8000000000' }, ...stale.anchors.slice(1)] };
    expect(basisOf(market, 2024, moved)).toMatchObject({ kind: 'figure', pinned: false });
  });
});

describe('the basis of each user count (the base path through the figures, bending into the cited ceiling)', () => {
  it('calls 2022–2027 report figures of their kinds, pinned in the anchors’ years (2022, 2023, 2025, 2027), not in 2024 and 2026', () => {
    const expected: Record<number, [string, string, boolean]> = {
      2022: ['t2i-users-2022', 'approximate', true],
      2023: ['t2i-users-2023', 'point', true],
      2024: ['t2i-users-2024-2025', 'range', false],
      2025: ['t2i-users-2024-2025', 'range', true],
      2026: ['t2i-users-2026-2027', 'conditional', false],
      2027: ['t2i-users-2026-2027', 'conditional', true],
    };
    for (const [year, [id, kind, pinned]] of Object.entries(expected)) {
      const b = basisOf(users, Number(year), users.baseModel!, new Dec(1));
      expect(figureId(b)).toBe(id);
      expect(b?.kind === 'figure' && [b.figure.kind, b.pinned, b.readAs]).toEqual([kind, pinned, pinned ? '1' : undefined]);
    }
  });

  it('calls 2021 a back-cast at the 2022→2023 growth, and 2028 an assumption: the 2025→2027 growth carried on under the 1.092 billion ceiling', () => {
    expect(basisOf(users, 2021)).toMatchObject({ kind: 'back-cast', assumption: { kind: 'rate', rate: '4', segment: { from: 2022, to: 2023 } } });
    expect(basisOf(users, 2028)).toMatchObject({ kind: 'assumption', assumption: { kind: 'rate', segment: { from: 2025, to: 2027 }, ceiling: '1092000000' } });
    const b = basisOf(users, 2035);
    expect(b?.kind === 'assumption' && b.last.id).toBe('t2i-users-2026-2027');
  });

  it('on the S-curve preset, the figures are not pinned and the years outside are on the S-curve to the 1.092 billion ceiling', () => {
    const sCurve: ForecastModel = { type: 'logistic', ceiling: '1092000000', midpoint: '2026.932', steepness: '0.8680' };
    expect(basisOf(users, 2023, sCurve, new Dec(1))).toMatchObject({ kind: 'figure', pinned: false });
    expect(basisOf(users, 2021, sCurve)).toMatchObject({ kind: 'back-cast', assumption: { kind: 's-curve', ceiling: '1092000000' } });
    expect(basisOf(users, 2028, sCurve)).toMatchObject({ kind: 'assumption', assumption: { kind: 's-curve', ceiling: '1092000000' } });
  });

  it('has no gap between figures: every year from 2022 to 2027 is a report year', () => {
    for (let year = 2022; year <= 2027; year++) expect(basisOf(users, year)?.kind).toBe('figure');
  });
});

describe('the basis of each text-to-video value (through both amounts, 56.6% outside)', () => {
  it('calls 2023 and 2030 report figures, pinned: ≈7.2M read as 7.2M, and 2.219B a point', () => {
    const b2023 = basisOf(video, 2023, video.baseModel!, new Dec('7200000'));
    expect(b2023).toMatchObject({ kind: 'figure', pinned: true, readAs: '7200000' });
    expect(b2023?.kind === 'figure' && b2023.figure.kind).toBe('approximate');
    const b2030 = basisOf(video, 2030);
    expect(b2030?.kind === 'figure' && [b2030.figure.kind, b2030.pinned]).toEqual(['point', true]);
  });

  it('calls 2024–2029 between the two amounts, though the report states a CAGR for 2024–2030 (a rate, not a value)', () => {
    for (let year = 2024; year <= 2029; year++) {
      const b = basisOf(video, year);
      expect(b?.kind === 'between' && [b.previous.id, b.next.id]).toEqual(['t2v-revenue-2023', 't2v-revenue-2030']);
    }
  });

  it('names the 56.6% before 2023 and after 2030 as the report’s stated CAGR carried beyond its years', () => {
    for (const [year, kind] of [[2022, 'back-cast'], [2031, 'assumption']] as const) {
      const b = basisOf(video, year);
      expect(b?.kind).toBe(kind);
      const assumption = b && 'assumption' in b ? b.assumption : undefined;
      expect(assumption?.kind === 'rate' && [assumption.rate, assumption.reportCagr?.id]).toEqual(['0.566', 't2v-cagr-2024-2030']);
    }
  });

  it('calls a compound path pinned on the figure it starts from ($7.2M in 2023), and not on the 2030 amount it misses', () => {
    const baseAndRate: ForecastModel = { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.566' };
    expect(basisOf(video, 2023, baseAndRate, new Dec('7200000'))).toMatchObject({ kind: 'figure', pinned: true, readAs: '7200000' });
    expect(basisOf(video, 2030, baseAndRate)).toMatchObject({ kind: 'figure', pinned: false });
    const endAndRate: ForecastModel = { type: 'compound', baseYear: 2030, baseValue: '2219000000', cagr: '0.566' };
    expect(basisOf(video, 2030, endAndRate)).toMatchObject({ kind: 'figure', pinned: true });
    expect(basisOf(video, 2023, endAndRate)).toMatchObject({ kind: 'figure', pinned: false });
  });

  it('names a compound model at 56.6% as the report’s CAGR, and at 126.75% as no report figure', () => {
    const stated: ForecastModel = { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.566' };
    expect(basisOf(video, 2032, stated)).toMatchObject({ kind: 'assumption', assumption: { kind: 'compound', rate: '0.566', baseYear: 2023, reportCagr: { id: 't2v-cagr-2024-2030' } } });
    const implied: ForecastModel = { ...stated, cagr: '1.2675' };
    const b = basisOf(video, 2032, implied);
    expect(b?.kind === 'assumption' && b.assumption).toEqual({ kind: 'compound', rate: '1.2675', baseYear: 2023 });
  });
});

describe('a series without level figures', () => {
  it('has no basis: the audio share is a single share, no forecast', () => {
    const audio = series('audio-speech-share');
    expect(valueBasis(audio, { type: 'compound', baseYear: 2024, baseValue: '0.7', cagr: '0' }, 2024)).toBeUndefined();
  });
});
