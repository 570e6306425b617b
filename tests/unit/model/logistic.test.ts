// @vitest-environment node
// Expected values: tests/unit/reference/reference.json, sections "logistic" and "fit", written by make-reference.py
// (K / (1 + exp(−k·(year − m))) for each year; the fit by least squares on ln(K / v − 1), in Python decimal).
import { describe, expect, it } from 'vitest';
import { fitLogistic, project } from '../../../src/model';
import { expectClose } from './close';
import { expectPathMatches, pathCase, reference } from './reference';

const at = (name: string) => pathCase(reference.logistic, name);

describe('a logistic model is an S-curve under its ceiling', () => {
  it('draws the users base case: ceiling 10.92亿 netizens, midpoint 2026.932, steepness 0.8680', () => {
    const c = at('users-base');
    expectPathMatches(project(c.model, c.range), c.points);
  });

  it('draws a gentle curve over the full 100-year horizon with a fractional midpoint', () => {
    const c = at('gentle-100y');
    expectPathMatches(project(c.model, c.range), c.points);
  });

  it('draws a steep curve', () => {
    const c = at('steep');
    expectPathMatches(project(c.model, c.range), c.points);
  });

  it('is at half its ceiling at a whole-year midpoint (250 / 2 in 2025)', () => {
    const c = at('steep');
    const result = project(c.model, { from: 2025, to: 2025 });
    expect(result.ok && result.value[0]!.value.toString()).toBe('125');
  });

  it('rises every year and stays below its ceiling', () => {
    for (const name of ['users-base', 'gentle-100y', 'steep']) {
      const c = at(name);
      const result = project(c.model, c.range);
      if (!result.ok) throw new Error(result.error.message);
      result.value.forEach((point, i) => {
        expect(point.value.lt(c.model.ceiling)).toBe(true);
        if (i > 0) expect(point.value.gt(result.value[i - 1]!.value)).toBe(true);
      });
    }
  });
});

describe('fitLogistic fits midpoint and steepness to the users figures for a given ceiling', () => {
  // Anchors: 约1000万 (2022), 5000万 (2023), 1.5至3亿 (2025, at low / √(low·high) / high), 5亿 (2027); ceiling 10.92亿.
  for (const end of ['low', 'mid', 'high'] as const) {
    it(`matches the reference least-squares fit with the 2025 range read at its ${end === 'mid' ? 'geometric middle' : `${end} end`}`, () => {
      const ref = reference.fit[`users-2025-at-${end}`]!;
      const result = fitLogistic(ref.points, ref.ceiling);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.model.type).toBe('logistic');
      expect(result.value.model.ceiling).toBe('1092000000');
      expectClose(result.value.model.midpoint, ref.midpoint);
      expectClose(result.value.model.steepness, ref.steepness);
      expectClose(result.value.logRmse, ref.logRmse);
    });
  }

  it('gives a curve whose S rises later and flatter when the 2025 range is read low than high', () => {
    const fitted = (end: string) => {
      const ref = reference.fit[`users-2025-at-${end}`]!;
      const result = fitLogistic(ref.points, ref.ceiling);
      if (!result.ok) throw new Error(result.error.message);
      return result.value.model;
    };
    expect(Number(fitted('low').midpoint)).toBeGreaterThan(Number(fitted('high').midpoint));
    expect(Number(fitted('low').steepness)).toBeLessThan(Number(fitted('high').steepness));
  });

  it('recovers an exact S-curve from points on it (logRmse 0)', () => {
    // Points made by the reference's own logistic case "steep" (K 250, m 2025, k 2.5).
    const c = at('steep');
    const points = c.points.filter((p) => p.year >= 2022 && p.year <= 2028);
    const result = fitLogistic(points, '250');
    if (!result.ok) throw new Error(result.error.message);
    expectClose(result.value.model.midpoint, '2025', 1e-25);
    expectClose(result.value.model.steepness, '2.5', 1e-25);
    expectClose(result.value.logRmse, '0', 0, 1e-25);
  });
});
