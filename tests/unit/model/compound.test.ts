// @vitest-environment node
// Expected values: tests/unit/reference/reference.json, section "compound", written by make-reference.py
// (Python decimal at 40 digits, each year as base · exp(ln(1 + r) · (year − baseYear)) on its own).
import { describe, expect, it } from 'vitest';
import { Dec, project, valueIn } from '../../../src/model';
import { expectPathMatches, pathCase, reference } from './reference';

const at = (name: string) => pathCase(reference.compound, name);

describe('a compound model grows at one constant rate from its base year', () => {
  it('grows 720万美元 (2023) at the report’s 56.6% a year, and runs back to 2022 at the same rate', () => {
    const c = at('t2v-base-and-rate');
    expectPathMatches(project(c.model, c.range), c.points);
  });

  it('runs 22.19亿美元 (2030) back to 2022 and on to 2040 at 56.6%', () => {
    const c = at('t2v-end-and-rate');
    expectPathMatches(project(c.model, c.range), c.points);
  });

  it('shrinks at a negative rate (-25% a year around a 2025 base)', () => {
    const c = at('decline-25pc');
    expectPathMatches(project(c.model, c.range), c.points);
  });

  it('projects a range that ends at its base year over the full 100-year horizon', () => {
    const c = at('base-after-range-100y');
    const path = expectPathMatches(project(c.model, c.range), c.points);
    expect(path).toHaveLength(101);
  });

  it('stays flat at 0%', () => {
    const c = at('flat');
    const path = expectPathMatches(project(c.model, c.range), c.points);
    for (const point of path) expect(point.value.eq('123.456')).toBe(true);
  });

  it('keeps a rate of one in a billion to every digit (18 years at 1e-9 is 1.000000018…)', () => {
    const c = at('tiny-rate');
    // 1e-12 relative would not notice a lost 1e-9 rate at all, so this one is held to 1e-30.
    expectPathMatches(project(c.model, c.range), c.points, 1e-30);
  });

  it('returns the base value itself, digit for digit, in the base year', () => {
    const c = at('t2v-end-and-rate');
    const result = project(c.model, c.range);
    expect(result.ok && valueIn(result.value, 2030)?.toString()).toBe('2219000000');
  });

  it('returns one point per year, from the first year to the last inclusive', () => {
    const result = project({ type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.566' }, { from: 2022, to: 2040 });
    expect(result.ok && result.value.map((p) => p.year)).toEqual(Array.from({ length: 19 }, (_, i) => 2022 + i));
  });

  it('accepts the same number as a string, a JS number or a Decimal', () => {
    const range = { from: 2023, to: 2030 };
    const asText = project({ type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.566' }, range);
    // The model type asks for strings; the validators accept any NumberLike, which callers holding a Decimal rely on.
    const asDecimal = project(
      { type: 'compound', baseYear: 2023, baseValue: new Dec(7200000) as unknown as string, cagr: 0.566 as unknown as string },
      range,
    );
    expect(asText.ok && asDecimal.ok).toBe(true);
    if (asText.ok && asDecimal.ok) expect(asDecimal.value.map((p) => p.value.toString())).toEqual(asText.value.map((p) => p.value.toString()));
  });
});
