import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { scenarioSchema } from '../../../src/io/schemas';
import { BASE_ID, DEFAULT_SEED, modelHasParam, pruneRanges, rangeMedian, selectFocus, withRange } from '../../../src/state';
import { freshStore } from '../state/app-store';

const VIDEO = 't2v-revenue-global';
const RANGE = { low: '0.4', high: '0.7' };

function withCopy() {
  const store = freshStore();
  const id = store.getState().duplicateScenario(BASE_ID, 'Copy')!;
  return { store, id, scenario: () => store.getState().doc.scenarios.find((s) => s.id === id)! };
}

describe('setUncertainty', () => {
  it('stores the range under the series and parameter, with the fixed default seed and 10,000 paths', () => {
    const { store, id, scenario } = withCopy();
    store.getState().setUncertainty(id, VIDEO, 'rateAfter', RANGE);
    expect(scenario().uncertainty).toEqual({ ranges: { [VIDEO]: { rateAfter: RANGE } }, seed: DEFAULT_SEED, samples: 10_000 });
    expect(v.safeParse(scenarioSchema, scenario()).success).toBe(true);
  });

  it('clears a range with undefined, dropping the series when it has none left but keeping the seed', () => {
    const { store, id, scenario } = withCopy();
    store.getState().setUncertainty(id, VIDEO, 'rateAfter', RANGE);
    store.getState().setSimulationOptions(id, { seed: 7 });
    store.getState().setUncertainty(id, VIDEO, 'rateAfter', undefined);
    expect(scenario().uncertainty).toEqual({ ranges: {}, seed: 7, samples: 10_000 });
  });

  it('cannot put a range on the read-only base case', () => {
    const store = freshStore();
    store.getState().setUncertainty(BASE_ID, VIDEO, 'rateAfter', RANGE);
    expect(selectFocus(store.getState()).uncertainty).toBeUndefined();
    expect(store.getState().past).toHaveLength(0);
  });

  it('is one undo step together with the model change made under the same field key', () => {
    const { store, id, scenario } = withCopy();
    const model = scenario().models[VIDEO]!;
    const key = `${id}:${VIDEO}:rateAfter`;
    const steps = store.getState().past.length;
    store.getState().setModel(id, VIDEO, { ...model, rateAfter: rangeMedian('rate', RANGE) } as typeof model, key);
    store.getState().setUncertainty(id, VIDEO, 'rateAfter', RANGE, key);
    expect(store.getState().past.length).toBe(steps + 1);
    store.getState().undo();
    expect(scenario().uncertainty).toBeUndefined();
    expect(scenario().models[VIDEO]).toEqual(model);
  });
});

describe('setSimulationOptions', () => {
  it('changes seed and paths, keeping paths within 1,000-100,000', () => {
    const { store, id, scenario } = withCopy();
    store.getState().setUncertainty(id, VIDEO, 'rateAfter', RANGE);
    store.getState().setSimulationOptions(id, { seed: 42, samples: 5 });
    expect(scenario().uncertainty).toMatchObject({ seed: 42, samples: 1_000 });
    store.getState().setSimulationOptions(id, { samples: 1e9 });
    expect(scenario().uncertainty!.samples).toBe(100_000);
  });

  it('does nothing (and records no undo step) for a scenario without ranges', () => {
    const { store, id, scenario } = withCopy();
    const steps = store.getState().past.length;
    store.getState().setSimulationOptions(id, { seed: 42 });
    expect(scenario().uncertainty).toBeUndefined();
    expect(store.getState().past.length).toBe(steps);
  });
});

describe('ranges follow the model they belong to', () => {
  it('drops the ranges a model switch leaves without a parameter', () => {
    const { store, id, scenario } = withCopy();
    store.getState().setUncertainty(id, VIDEO, 'rateAfter', RANGE);
    store.getState().setModel(id, VIDEO, { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.566' });
    expect(scenario().uncertainty!.ranges).toEqual({});
  });

  it('moves an anchor’s range with its anchor when an earlier anchor is removed, and drops the removed anchor’s', () => {
    const { store, id, scenario } = withCopy();
    const MARKET = 't2i-market-cn';
    const model = scenario().models[MARKET]!;
    if (model.type !== 'anchored') throw new Error('the market is anchored');
    store.getState().setUncertainty(id, MARKET, 'anchors.0.low', { low: '5e9', high: '1e10' });
    store.getState().setUncertainty(id, MARKET, 'anchors.2.low', { low: '8e10', high: '1e11' });
    store.getState().setModel(id, MARKET, { ...model, anchors: model.anchors.slice(1) });
    expect(scenario().uncertainty!.ranges[MARKET]).toEqual({ 'anchors.1.low': { low: '8e10', high: '1e11' } });
  });

  it('knows which paths name a number of a model', () => {
    const anchored = { type: 'anchored', anchors: [{ year: 2024, low: '1' }], through: 'mid', rateBefore: '0.1', rateAfter: '0.1' } as const;
    expect(modelHasParam(anchored, 'anchors.0.low')).toBe(true);
    expect(modelHasParam(anchored, 'anchors.1.low')).toBe(false);
    expect(modelHasParam(anchored, 'anchors.0.year')).toBe(false);
    expect(modelHasParam(anchored, 'rateAfter')).toBe(true);
    expect(modelHasParam({ type: 'compound', baseYear: 2023, baseValue: '1', cagr: '0.1' }, 'baseYear')).toBe(false);
  });

  it('leaves an uncertainty whose paths all still exist untouched (same object)', () => {
    const u = withRange(undefined, VIDEO, 'rateAfter', RANGE)!;
    const model = { type: 'anchored', anchors: [{ year: 2023, low: '1' }], through: 'mid', rateBefore: '0.5', rateAfter: '0.5' } as const;
    expect(pruneRanges(u, VIDEO, model, model)).toBe(u);
  });
});

describe('rangeMedian: the value in force while a range is set', () => {
  it('is the geometric middle of 1 + g for a rate, less one', () => {
    // √(1.4 · 1.7) − 1 = 0.54272486…
    expect(rangeMedian('rate', RANGE)).toBe('0.54272486');
  });
  it('is the geometric mean for a positive value and the middle for a year', () => {
    expect(rangeMedian('positive', { low: '150000000', high: '300000000' })).toBe('212132030');
    expect(rangeMedian('year', { low: '2026', high: '2027.5' })).toBe('2026.75');
  });
});
