// @vitest-environment node
// Expected values: tests/unit/reference/reference.json, section "anchored", written by make-reference.py
// (each year on its own: a · exp(ln(b / a) · (year − ta) / (tb − ta)) inside a segment, constant rates outside).
import { describe, expect, it } from 'vitest';
import { Dec, project, valueIn } from '../../../src/model';
import { expectClose } from './close';
import { expectPathMatches, pathCase, reference } from './reference';

const at = (name: string) => pathCase(reference.anchored, name);

describe('an anchored model runs log-linearly through the report’s figures', () => {
  it('draws the text-to-image market base case: 百亿 (2024), 200亿 (2025), 千亿 (2027), 100% before, 30% after', () => {
    const c = at('t2i-market-base');
    expectPathMatches(project(c.model, c.range), c.points);
  });

  it('draws the text-to-video base case: 720万美元 (2023) to 22.19亿美元 (2030), 56.6% outside', () => {
    const c = at('t2v-base');
    expectPathMatches(project(c.model, c.range), c.points);
  });

  it('reads the 1.5至3亿 range at its low end, its geometric middle or its high end, as asked', () => {
    for (const through of ['low', 'mid', 'high'] as const) {
      const c = at(`users-through-${through}`);
      expectPathMatches(project(c.model, c.range), c.points);
    }
  });

  it('passes through the range’s ends exactly and through √(1.5亿·3亿) at the middle', () => {
    const in2025 = (name: string) => {
      const c = at(name);
      const result = project(c.model, c.range);
      return result.ok ? valueIn(result.value, 2025) : undefined;
    };
    expect(in2025('users-through-low')?.toString()).toBe('150000000');
    expect(in2025('users-through-high')?.toString()).toBe('300000000');
    // √(4.5e16) = 212132034.3559642573…; reference value by Python's decimal sqrt.
    expectClose(in2025('users-through-mid')!, at('users-through-mid').points.find((p) => p.year === 2025)!.value, 1e-33);
  });

  it('gives the same values when the range starts inside a segment as when it starts before the anchors', () => {
    const c = at('users-mid-from-2024');
    const late = expectPathMatches(project(c.model, c.range), c.points);
    const whole = at('users-through-mid');
    const early = project(whole.model, whole.range);
    if (!early.ok) throw new Error(early.error.message);
    for (const point of late) expectClose(point.value, valueIn(early.value, point.year)!.toString(), 1e-30);
  });

  it('gives each model its own path when models share one anchor list (a dragged rate makes a new model on the same anchors every move)', () => {
    const base = at('t2v-base');
    expectPathMatches(project(base.model, base.range), base.points);
    // The same anchor list, 30% after 2030: 22.19亿 · 1.3 = 2884700000 and · 1.3² = 3750110000, by hand.
    const slower = project({ ...base.model, rateAfter: '0.3' }, { from: 2030, to: 2032 });
    if (!slower.ok) throw new Error(slower.error.message);
    expect(slower.value.map((p) => p.value.toString())).toEqual(['2219000000', '2884700000', '3750110000']);
    expectPathMatches(project(base.model, base.range), base.points);
    // One anchor list read at its low end, its middle and its high end, each as its own reference case.
    const shared = at('users-through-low').model;
    if (shared.type !== 'anchored') throw new Error('expected an anchored model');
    for (const through of ['low', 'mid', 'high', 'low'] as const) {
      const c = at(`users-through-${through}`);
      if (c.model.type !== 'anchored') throw new Error('expected an anchored model');
      expect(c.model.anchors).toEqual(shared.anchors);
      expectPathMatches(project({ ...c.model, anchors: shared.anchors }, c.range), c.points);
    }
  });

  it('works from a single anchor, with one rate before it and another after it', () => {
    const c = at('single-range-anchor');
    expectPathMatches(project(c.model, c.range), c.points);
  });

  it('works for a range that lies wholly before the first anchor', () => {
    const c = at('all-before-first-anchor');
    expectPathMatches(project(c.model, c.range), c.points);
  });

  it('returns every anchor’s value digit for digit, however far the range starts from it', () => {
    const c = at('t2i-market-base');
    const result = project(c.model, c.range);
    if (!result.ok) throw new Error(result.error.message);
    for (const anchor of c.model.anchors) expect(valueIn(result.value, anchor.year)!.eq(new Dec(anchor.low))).toBe(true);
  });
});
