import { expect } from 'vitest';
import type { AnchoredModel, CompoundModel, LogisticModel, Projection, Result, YearRange } from '../../../src/model';
import raw from '../reference/reference.json';
import { expectClose } from './close';

/** The typed shape of reference.json (written by make-reference.py). */
export interface ReferencePoint {
  readonly year: number;
  readonly value: string;
}
export interface PathCase<M> {
  readonly model: M;
  readonly range: YearRange;
  readonly points: readonly ReferencePoint[];
}
export interface LevelRef {
  readonly year: number;
  readonly value: string;
}
export interface Reference {
  readonly precision: number;
  readonly compound: Readonly<Record<string, PathCase<CompoundModel>>>;
  readonly anchored: Readonly<Record<string, PathCase<AnchoredModel>>>;
  readonly logistic: Readonly<Record<string, PathCase<LogisticModel>>>;
  readonly fit: Readonly<
    Record<string, { points: readonly LevelRef[]; ceiling: string; midpoint: string; steepness: string; logRmse: string }>
  >;
  readonly impliedCagr: Readonly<Record<string, { from: LevelRef; to: LevelRef; cagr: string }>>;
  readonly doublingTime: Readonly<Record<string, { cagr: string; years: string }>>;
  readonly crossing: Readonly<
    Record<string, { path: string; range: YearRange; target: string; year: number; exactYear: string }>
  >;
  readonly convert: Readonly<Record<string, { value: string; from: 'USD' | 'CNY'; to: 'USD' | 'CNY'; result: string }>>;
  readonly audit: {
    readonly t2vConflict: {
      readonly base: LevelRef;
      readonly end: LevelRef;
      readonly rate: { from: number; to: number; value: string };
      readonly impliedRate: string;
      readonly endFromBase: string;
      readonly endRatio: string;
      readonly baseFromEnd: string;
      readonly rateStartFromEnd: string;
    };
    readonly impliedGrowth: readonly {
      series: string;
      fromYear: number;
      toYear: number;
      min: string | null;
      max: string | null;
    }[];
  };
}

export const reference = raw as unknown as Reference;

/** A path case by name, failing loudly when the JSON lacks it (a renamed case must not pass silently). */
export function pathCase<M>(cases: Readonly<Record<string, PathCase<M>>>, name: string): PathCase<M> {
  const found = cases[name];
  if (!found) throw new Error(`reference.json has no case "${name}"; rerun make-reference.py`);
  return found;
}

/** The model a crossing case names, as "compound/<case>", "anchored/<case>" or "logistic/<case>". */
export function modelNamed(path: string): CompoundModel | AnchoredModel | LogisticModel {
  const [group, name = ''] = path.split('/');
  if (group === 'compound') return pathCase(reference.compound, name).model;
  if (group === 'anchored') return pathCase(reference.anchored, name).model;
  if (group === 'logistic') return pathCase(reference.logistic, name).model;
  throw new Error(`unknown reference path ${path}`);
}

/** The projection succeeded, has one point per reference year, and each value is within rel of the reference. */
export function expectPathMatches(result: Result<Projection>, points: readonly ReferencePoint[], rel = 1e-12): Projection {
  if (!result.ok) throw new Error(`projection failed: ${result.error.message}`);
  expect(result.value.map((p) => p.year)).toEqual(points.map((p) => p.year));
  result.value.forEach((point, i) => expectClose(point.value, points[i]!.value, rel));
  return result.value;
}
