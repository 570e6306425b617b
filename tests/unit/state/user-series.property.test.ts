import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toUserSeries, type UserSeriesInput } from '../../../src/io/user-series';
import { allSeries, selectSeries, STORAGE_KEY, type AppStore } from '../../../src/state';
import { seriesActions } from '../../../src/state/series-actions';
import { MemoryStorage } from '../io/memory-storage';
import { openApp, VIDEO } from './app-store';

/**
 * Random sequences of the series actions, with scenario changes, undo and redo between them: after every
 * step each scenario holds a model for every series of the user's own and none for one deleted, and the
 * saved work read into a new store shows the very same series.
 */
const SEED = 19;
const RUNS = 300;

/** A market of one's own: `base` in 2024 and four times it in 2026 (names differ, so ids do). */
const market = (n: number): UserSeriesInput => ({
  name: { en: `Market ${n}` },
  unit: { kind: 'money', currency: 'CNY' },
  source: { publisher: 'Some Securities', date: '2025' },
  figures: [
    { years: [2024], kind: 'point', value: String(1e9 * (n + 1)) },
    { years: [2026], kind: 'point', value: String(4e9 * (n + 1)) },
  ],
});

type Step = (store: AppStore) => void;
const pick = (store: AppStore, i: number) => {
  const own = store.getState().doc.userSeries ?? [];
  return own.length ? own[i % own.length]!.definition.id : 'user-none';
};

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.nat(30).map((n): Step => (s) => void seriesActions(s, toUserSeries).add(market(n))),
  fc.tuple(fc.nat(5), fc.nat(30)).map(([i, n]): Step => (s) => void seriesActions(s, toUserSeries).replace(pick(s, i), market(n))),
  fc.nat(5).map((i): Step => (s) => void seriesActions(s, toUserSeries).remove(pick(s, i))),
  fc.tuple(fc.nat(5), fc.boolean(), fc.boolean()).map(([i, report, hide]): Step => (s) => void seriesActions(s, toUserSeries).setHidden(report ? VIDEO : pick(s, i), hide)),
  fc.constant<Step>((s) => void s.getState().createScenario('Plan')),
  fc.constant<Step>((s) => void s.getState().addPreset('users-high')),
  fc.constant<Step>((s) => s.getState().restoreBase()),
  fc.constant<Step>((s) => s.getState().undo()),
  fc.constant<Step>((s) => s.getState().redo()),
);

describe('series of one\'s own under random steps', () => {
  it(`keep every scenario whole and survive a reload (seeded, ${RUNS} sequences of up to 8 steps)`, () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 8 }), (steps) => {
        const storage = new MemoryStorage();
        const store = openApp(() => storage);
        for (const run of steps) {
          run(store);
          const { doc, reportSeries } = store.getState();
          const known = new Set(allSeries(reportSeries, doc).map((s) => s.id));
          for (const scenario of doc.scenarios) {
            for (const own of doc.userSeries ?? []) expect(scenario.models[own.definition.id]).toBeDefined();
            for (const id of Object.keys(scenario.models)) expect(known.has(id)).toBe(true);
          }
        }
        // Written at once (openApp's storage has no delay): a series of one's own is in what is saved.
        if (store.getState().doc.userSeries?.length) expect(storage.getItem(STORAGE_KEY)).toContain('"userSeries"');
        const reloaded = openApp(() => storage);
        expect(selectSeries(reloaded.getState()).map((s) => s.id)).toEqual(selectSeries(store.getState()).map((s) => s.id));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
