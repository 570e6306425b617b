// @vitest-environment node
// Goal seek's starts and answers, read off the report's figures (fixtures/report-figures.json, as figures.md words them).
import { describe, expect, it } from 'vitest';
import { reportData } from '../../../src/io/report-fixture';
import { Dec, project, type SeriesDefinition } from '../../../src/model';
import { crossingAnswer, defaultStart, goalStarts, groupAnswers } from '../../../src/ui/chart/goal-answers';

const series = (id: string): SeriesDefinition => reportData().series.find((s) => s.id === id)!;
const brief = (starts: ReturnType<typeof goalStarts>) => starts.map((s) => [s.year, s.value.toString(), s.source, s.wording]);

describe('goal seek offers the report’s figures before the target year, then the modelled years', () => {
  it('text-to-video by 2030: the report’s ≈$7.2M of 2023 (the 2030 figure is the target year itself), then 2022–2029 modelled', () => {
    const path = project(series('t2v-revenue-global').baseModel!, { from: 2022, to: 2032 });
    if (!path.ok) throw new Error(path.error.message);
    const starts = goalStarts(series('t2v-revenue-global'), path.value, 2030);
    expect(brief(starts.filter((s) => s.source === 'report'))).toEqual([[2023, '7200000', 'report', 'approximate']]);
    expect(starts.filter((s) => s.source === 'model').map((s) => s.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029]);
    expect(defaultStart(starts, 2024)).toBe(starts[0]);
  });

  it('users by 2026: a range gives both its ends, and the default is the latest figure’s low end (1.5亿 in 2025)', () => {
    const starts = goalStarts(series('t2i-users-cn'), undefined, 2026);
    expect(brief(starts)).toEqual([
      [2022, '10000000', 'report', 'approximate'],
      [2023, '50000000', 'report', 'point'],
      [2025, '150000000', 'report', 'range-low'],
      [2025, '300000000', 'report', 'range-high'],
    ]);
    expect(defaultStart(starts, 2024)?.value.toString()).toBe('150000000');
  });

  it('the market by 2024: no figure before it (the 2023 line is a statement), so the modelled value of the fallback year', () => {
    const path = [
      { year: 2022, value: new Dec(1) },
      { year: 2023, value: new Dec(2) },
    ];
    const starts = goalStarts(series('t2i-market-cn'), path, 2024);
    expect(starts.every((s) => s.source === 'model')).toBe(true);
    expect(defaultStart(starts, 2023)?.key).toBe('model:2023');
    expect(defaultStart(starts, 2030)?.key).toBe('model:2023');
  });
});

describe('goal seek’s answers', () => {
  it('groups names by identical answers, in order of first appearance', () => {
    const groups = groupAnswers([
      { name: 'A', answer: { kind: 'reaches', year: 2030 } },
      { name: 'B', answer: { kind: 'ceiling', ceiling: new Dec('1092000000') } },
      { name: 'C', answer: { kind: 'reaches', year: 2030 } },
      { name: 'D', answer: { kind: 'reaches', year: 2031 } },
      { name: 'E', answer: { kind: 'ceiling', ceiling: new Dec('1092000000') } },
    ]);
    expect(groups.map((g) => g.names)).toEqual([['A', 'C'], ['B', 'E'], ['D']]);
  });

  it('an S-curve under its ceiling: never; constant growth too slow for the horizon: not by 2100', () => {
    const curve = { type: 'logistic', ceiling: '1092000000', midpoint: '2026', steepness: '3' } as const;
    expect(crossingAnswer(curve, new Dec('1092000000'), 2022)).toEqual({ kind: 'ceiling', ceiling: new Dec('1092000000') });
    // 7.2M at 1% a year from 2023 is 7.2M · 1.01^77 ≈ 15.5M in 2100 (by hand): far short of 1B.
    const slow = { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.01' } as const;
    expect(crossingAnswer(slow, new Dec('1e9'), 2022)).toEqual({ kind: 'not-by', year: 2100 });
    expect(crossingAnswer(slow, new Dec('1'), 2022)).toEqual({ kind: 'already', year: 2022 });
  });
});
