import type { Dec } from './decimal';

declare const brand: unique symbol;
/** A nominal type: a number that has been checked to be what its name says. */
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };

/** A calendar year, an integer within 1990-2100. */
export type Year = Brand<number, 'Year'>;
/** A growth rate per year as a fraction (0.566 for 56.6 %), always above -1. */
export type Rate = Brand<Dec, 'Rate'>;
/** A value that is finite and strictly positive (a market size, a user count). */
export type PositiveValue = Brand<Dec, 'PositiveValue'>;

export interface YearRange {
  readonly from: number;
  readonly to: number;
}

export interface ProjectionPoint {
  readonly year: number;
  readonly value: Dec;
}
export type Projection = readonly ProjectionPoint[];

/** Growth at a constant rate from one (year, value). The base year may lie inside or after the range. */
export interface CompoundModel {
  readonly type: 'compound';
  readonly baseYear: number;
  readonly baseValue: string;
  readonly cagr: string;
}

/** A known level in one year, or a range (low, high) when the report gives one. */
export interface Anchor {
  readonly year: number;
  readonly low: string;
  readonly high?: string;
  /** The report figure this anchor stands for, for provenance. */
  readonly figureId?: string;
}

/** Where a path runs through an anchor that is a range. */
export type RangePick = 'low' | 'mid' | 'high';

/** Log-linear between anchors; constant rates before the first and after the last. */
export interface AnchoredModel {
  readonly type: 'anchored';
  readonly anchors: readonly Anchor[];
  readonly through: RangePick;
  readonly rateBefore: string;
  readonly rateAfter: string;
  /**
   * Where the path levels off after the last anchor (the users' cited 1.092 billion internet users): there
   * v / (ceiling - v) grows at rateAfter, an S-curve through the last anchor, so the path never passes it.
   */
  readonly ceiling?: string;
}

/** S-curve adoption: ceiling / (1 + e^(-steepness · (year - midpoint))). */
export interface LogisticModel {
  readonly type: 'logistic';
  readonly ceiling: string;
  readonly midpoint: string;
  readonly steepness: string;
}

export type ForecastModel = CompoundModel | AnchoredModel | LogisticModel;
export type ModelType = ForecastModel['type'];
