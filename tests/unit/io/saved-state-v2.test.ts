import { describe, expect, it } from 'vitest';
import { readSavedState } from '../../../src/io/saved-state';
import { selectSeries, STORAGE_KEY } from '../../../src/state';
import { seriesActions } from '../../../src/state/series-actions';
import { toUserSeries } from '../../../src/io/user-series';
import V1 from '../../../fixtures/saved-state/v1.json?raw';
import V2 from '../../../fixtures/saved-state/v2.json?raw';
import { openApp } from '../state/app-store';
import { MemoryStorage } from './memory-storage';

/**
 * fixtures/saved-state/v2.json is what version 2 of the app wrote (issue 19): made in the running store
 * (lang en), with a series of one's own added (China AI marketing market: about 300亿 in 2023, 500–800亿
 * over 2024–2025, over 2000亿 by 2028), a scenario "Plan" holding a 40% CAGR on it, and the report's users
 * series hidden; the scenario id then fixed to a stable one.
 */
type Envelope = { version: number; state: { doc: Record<string, unknown> & { userSeries?: { input: Record<string, unknown>; definition: Record<string, unknown> }[] } } };
const v2 = () => JSON.parse(V2) as Envelope;
const USER = 'user-e2213f58';

function read(envelope: unknown) {
  const result = readSavedState(JSON.stringify(envelope));
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
  return result.state;
}

describe('saved work of version 2: series of one\'s own', () => {
  it('reads the version 2 fixture: the series, its figures in year order, the scenario\'s own model on it and the hidden series', () => {
    const { doc } = read(v2());
    const own = doc.userSeries ?? [];
    expect(own.map((u) => u.definition.id)).toEqual([USER]);
    expect(own[0]!.definition.name).toEqual({ zh: '中国AI营销市场规模', en: 'China AI marketing market' });
    expect(own[0]!.definition.figures.map((f) => [f.years, f.kind])).toEqual([
      [[2023], 'approximate'],
      [[2024, 2025], 'range'],
      [[2028], 'lower-bound'],
    ]);
    expect(doc.scenarios.find((s) => s.id === 's-v2fixture-1-abcde')!.models[USER]).toEqual({ type: 'compound', baseYear: 2023, baseValue: '30000000000', cagr: '0.4' });
    expect(doc.hidden).toEqual(['t2i-users-cn']);
  });

  it('makes the definition anew from what was entered: a definition edited in storage is not what comes back', () => {
    const envelope = v2();
    const entry = envelope.state.doc.userSeries![0]!;
    entry.definition = { ...entry.definition, name: { zh: '<script>x</script>', en: '<script>x</script>' }, notes: { zh: '<b>', en: '<b>' } };
    const { doc } = read(envelope);
    expect(doc.userSeries![0]!.definition.name.en).toBe('China AI marketing market');
    expect(JSON.stringify(doc.userSeries![0]!.definition)).not.toContain('<');
  });

  it.each([
    ['markup in a name', (input: Record<string, unknown>) => (input.name = { en: '<img src=x onerror=alert(1)>' }), 'doc.userSeries.0.input.name.en'],
    ['an absurd number', (input: Record<string, unknown>) => ((input.figures as Record<string, unknown>[])[0]!.value = '1e400'), 'doc.userSeries.0.input.figures.0.value'],
    ['no figures at all', (input: Record<string, unknown>) => (input.figures = []), 'doc.userSeries.0.input.figures'],
  ])('refuses saved work whose series holds %s, naming where', (_, change, path) => {
    const envelope = v2();
    change(envelope.state.doc.userSeries![0]!.input);
    const result = readSavedState(JSON.stringify(envelope));
    expect(result.ok ? 'read' : result.reason).toBe('invalid');
    expect(result.ok ? '' : result.detail).toContain(path);
  });

  it('refuses an id that is not one of the user\'s own, and a series saved twice', () => {
    const renamed = v2();
    renamed.state.doc.userSeries![0]!.definition.id = 't2i-market-cn';
    expect(readSavedState(JSON.stringify(renamed)).ok).toBe(false);
    const twice = v2();
    twice.state.doc.userSeries = [twice.state.doc.userSeries![0]!, twice.state.doc.userSeries![0]!];
    expect(readSavedState(JSON.stringify(twice)).ok).toBe(false);
  });

  it('migrates version 1 work as having no series of its own, even when a version-1 envelope claims some', () => {
    const plain = readSavedState(V1);
    expect(plain.ok && plain.state.doc.userSeries).toBeUndefined();
    const claimed = JSON.parse(V1) as Envelope;
    claimed.state.doc.userSeries = v2().state.doc.userSeries;
    claimed.state.doc.hidden = ['t2i-market-cn'];
    const { doc } = read(claimed);
    expect(doc.userSeries).toBeUndefined();
    expect(doc.hidden).toBeUndefined();
  });

  it('a series added in one visit is there, charted, in the next (a new store on the same storage)', () => {
    const storage = new MemoryStorage();
    const first = openApp(() => storage);
    const added = seriesActions(first, toUserSeries).add(v2().state.doc.userSeries![0]!.input);
    expect(added.ok).toBe(true);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).version).toBe(2);
    const second = openApp(() => storage);
    expect(selectSeries(second.getState()).map((s) => s.id)).toContain(USER);
  });
});
