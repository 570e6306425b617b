import { describe, expect, it } from 'vitest';
import type { AnchoredModel, CompoundModel, LogisticModel } from '../../../src/model';
import { withParam } from '../../../src/model/params';

// Models written out by hand; each expectation is the same model with one field changed by hand.
const compound: CompoundModel = { type: 'compound', baseYear: 2023, baseValue: '7.2e6', cagr: '0.566' };
const anchored: AnchoredModel = {
  type: 'anchored',
  anchors: [
    { year: 2024, low: '1e10', figureId: 'a' },
    { year: 2027, low: '8e10', high: '1e11' },
  ],
  through: 'mid',
  rateBefore: '1',
  rateAfter: '0.3',
};
const logistic: LogisticModel = { type: 'logistic', ceiling: '1.092e9', midpoint: '2025.5', steepness: '0.9' };

describe('withParam sets one parameter by its path', () => {
  it('sets a compound model’s rate and value as the exact strings typed, and its base year as a number', () => {
    expect(withParam(compound, 'cagr', '0.5')).toEqual({ ...compound, cagr: '0.5' });
    expect(withParam(compound, 'baseValue', '2.219e9')).toEqual({ ...compound, baseValue: '2.219e9' });
    expect(withParam(compound, 'baseYear', '2024')).toEqual({ ...compound, baseYear: 2024 });
  });

  it('sets an anchor’s year, low or high and leaves the other anchors and the anchor’s provenance alone', () => {
    const year = withParam(anchored, 'anchors.0.year', '2023') as AnchoredModel;
    expect(year.anchors).toEqual([{ year: 2023, low: '1e10', figureId: 'a' }, anchored.anchors[1]]);
    const low = withParam(anchored, 'anchors.1.low', '7e10') as AnchoredModel;
    expect(low.anchors[1]).toEqual({ year: 2027, low: '7e10', high: '1e11' });
    expect(low.anchors[0]).toBe(anchored.anchors[0]);
    const high = withParam(anchored, 'anchors.1.high', '1.2e11') as AnchoredModel;
    expect(high.anchors[1]).toEqual({ year: 2027, low: '8e10', high: '1.2e11' });
  });

  it('sets the rates around the anchors and the S-curve’s three parameters', () => {
    expect(withParam(anchored, 'rateAfter', '0.45')).toEqual({ ...anchored, rateAfter: '0.45' });
    expect(withParam(anchored, 'rateBefore', '2')).toEqual({ ...anchored, rateBefore: '2' });
    expect(withParam(logistic, 'ceiling', '1e9')).toEqual({ ...logistic, ceiling: '1e9' });
    expect(withParam(logistic, 'midpoint', '2026')).toEqual({ ...logistic, midpoint: '2026' });
    expect(withParam(logistic, 'steepness', '1.1')).toEqual({ ...logistic, steepness: '1.1' });
  });

  it('leaves the model as it is for a path it does not have, so no stray key is written', () => {
    expect(withParam(compound, 'rateAfter', '0.3')).toBe(compound);
    expect(withParam(logistic, 'cagr', '0.3')).toBe(logistic);
    expect(withParam(anchored, 'anchors.2.low', '1')).toBe(anchored);
    expect(withParam(anchored, 'anchors.0.figureId', 'x')).toBe(anchored);
    expect(withParam(anchored, 'through', 'low')).toBe(anchored);
    expect(withParam(compound, 'anchors.0.low', '1')).toBe(compound);
  });
});
