import { afterEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_VERSION, createSafeStorage, readSavedState } from '../../../src/io/saved-state';
import { STORAGE_KEY } from '../../../src/state';
import V1 from '../../../fixtures/saved-state/v1.json?raw';
import { MemoryStorage, quotaExceeded } from './memory-storage';

/**
 * fixtures/saved-state/v1.json is what version 1 of the app wrote to localStorage: made in the running
 * store (lang zh; the four first-visit readings deleted, one scenario of the user's own added and edited,
 * dark theme, years to 2035, amounts in USD), the scenario id then fixed to a stable one.
 * Re-imported here so that a later format change cannot break old saved work unnoticed.
 */
const v1 = () => JSON.parse(V1) as { state: { doc: { scenarios: Record<string, unknown>[] } & Record<string, unknown>; settings: Record<string, unknown> }; version: number };
const withState = (change: (state: ReturnType<typeof v1>['state']) => void, version = 1) => {
  const envelope = v1();
  change(envelope.state);
  return JSON.stringify({ ...envelope, version });
};

describe('readSavedState, the one door saved work comes back through', () => {
  it('reads the version 1 saved state, every scenario and setting as it was', () => {
    const result = readSavedState(V1);
    if (!result.ok) throw new Error(result.detail);
    const { doc, settings } = result.state;
    expect(doc.scenarios.map((s) => [s.id, s.name, s.readOnly])).toEqual([
      ['base', '报告基准', true],
      ['s-lx3k2p9-1-a7f3q', '乐观：视频增速80%', false],
    ]);
    expect(doc.scenarios[1]!.models['t2v-revenue-global']).toEqual({ type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.8' });
    expect(doc.compared).toEqual(['base', 's-lx3k2p9-1-a7f3q']);
    expect(doc.focusId).toBe('s-lx3k2p9-1-a7f3q');
    // Saved before the unit style was a setting: it takes its language's grouping (万/亿 for zh).
    expect(settings).toEqual({ lang: 'zh', theme: 'dark', yearFrom: 2022, yearTo: 2035, scale: 'linear', currency: 'USD', usdCny: '7.1268', unitStyle: 'wan' });
  });

  it('returns exactly what was saved (a round trip through JSON changes nothing), with the unit style its language implies', () => {
    const result = readSavedState(V1);
    const saved = v1().state;
    expect(result.ok && result.state).toEqual({ ...saved, settings: { ...saved.settings, unitStyle: 'wan' } });
    // Saved with the setting, it comes back as saved, whatever the language.
    const withStyle = withState((state) => (state.settings.unitStyle = 'kmb'));
    const again = readSavedState(withStyle);
    expect(again.ok && again.state).toEqual(JSON.parse(withStyle).state);
  });

  it('calls text that is not JSON "corrupt"', () => {
    for (const raw of ['', '{', '{"state":', 'undefined', "{'state': 1}"]) expect(readSavedState(raw), raw).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('calls JSON that is not a saved-state envelope "invalid"', () => {
    for (const raw of ['null', '5', '"text"', '[]', '{}', '{"state":{}}', '{"version":1}'])
      expect(readSavedState(raw), raw).toMatchObject({ ok: false, reason: 'invalid', detail: 'not a saved-state envelope' });
  });

  it('calls a version that is not a whole number from 1 up "invalid"', () => {
    for (const version of [0, -1, 1.5, '1', null]) expect(readSavedState(JSON.stringify({ state: v1().state, version })), String(version)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('calls a version later than this app knows "newer", without trying to read it', () => {
    expect(CURRENT_VERSION).toBe(2);
    expect(readSavedState(JSON.stringify({ state: 'anything', version: 3 }))).toEqual({ ok: false, reason: 'newer', detail: 'version 3 > 2' });
    expect(readSavedState(withState(() => {}, 99))).toMatchObject({ ok: false, reason: 'newer' });
  });

  it('refuses a state of the wrong shape as "invalid", naming the path at fault', () => {
    const cases: [string, (state: ReturnType<typeof v1>['state']) => void, string][] = [
      ['a cagr that is not a decimal', (s) => ((s.doc.scenarios[1]!.models as Record<string, Record<string, unknown>>)['t2v-revenue-global']!.cagr = 'abc'), 'doc.scenarios.1.models.t2v-revenue-global.cagr'],
      ['a name with a control character', (s) => (s.doc.scenarios[1]!.name = 'Bell\u0007'), 'doc.scenarios.1.name: control characters'],
      ['an empty name', (s) => (s.doc.scenarios[1]!.name = ''), 'doc.scenarios.1.name'],
      ['an unknown model type', (s) => ((s.doc.scenarios[1]!.models as Record<string, Record<string, unknown>>)['t2v-revenue-global']!.type = 'cubic'), 'doc.scenarios.1.models.t2v-revenue-global.type'],
      ['a theme the app does not have', (s) => (s.settings.theme = 'sepia'), 'settings.theme'],
      ['a year that is not whole', (s) => (s.settings.yearTo = 2035.5), 'settings.yearTo'],
    ];
    for (const [what, change, path] of cases) {
      const result = readSavedState(withState(change));
      expect(result, what).toMatchObject({ ok: false, reason: 'invalid' });
      expect(!result.ok && result.detail, what).toContain(path);
    }
  });

  it('refuses a doc that contradicts itself: duplicate ids, or comparing a scenario that is not there', () => {
    const duplicate = readSavedState(withState((s) => (s.doc.scenarios[1]!.id = 'base')));
    expect(duplicate).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!duplicate.ok && duplicate.detail).toContain('duplicate scenario ids');

    const missing = readSavedState(withState((s) => (s.doc.compared = ['base', 'gone'])));
    expect(missing).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!missing.ok && missing.detail).toContain('compared scenario missing');
  });
});

describe('createSafeStorage', () => {
  const hooks = () => ({ onStatus: vi.fn(), onRecovery: vi.fn() });
  const flush = () => Promise.resolve();
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads valid saved work as the current version without reporting anything', async () => {
    const h = hooks();
    const storage = createSafeStorage(() => new MemoryStorage({ [STORAGE_KEY]: V1 }), h);
    const saved = v1().state;
    expect(storage.getItem(STORAGE_KEY)).toEqual({ state: { ...saved, settings: { ...saved.settings, unitStyle: 'wan' } }, version: CURRENT_VERSION });
    await flush();
    expect(h.onStatus).not.toHaveBeenCalled();
    expect(h.onRecovery).not.toHaveBeenCalled();
  });

  it('reads nothing when nothing was saved', () => {
    expect(createSafeStorage(() => new MemoryStorage(), hooks()).getItem(STORAGE_KEY)).toBeNull();
  });

  it('copies unreadable work aside first, then reports it once the caller can hear it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-06-28T09:30:00.000Z'));
    const memory = new MemoryStorage({ [STORAGE_KEY]: '{broken' });
    const h = hooks();

    expect(createSafeStorage(() => memory, h).getItem(STORAGE_KEY)).toBeNull();
    expect(memory.writes).toEqual([{ key: `${STORAGE_KEY}:recovered:2024-06-28T09:30:00.000Z`, value: '{broken' }]);
    expect(memory.getItem(STORAGE_KEY)).toBe('{broken');
    expect(h.onRecovery).not.toHaveBeenCalled();

    await flush();
    expect(h.onRecovery).toHaveBeenCalledExactlyOnceWith({
      reason: 'corrupt',
      raw: '{broken',
      keptAs: `${STORAGE_KEY}:recovered:2024-06-28T09:30:00.000Z`,
      detail: expect.any(String),
    });
  });

  it('when the copy cannot be made, reports the raw text with no key and never writes over the original', async () => {
    const memory = new MemoryStorage({ [STORAGE_KEY]: '{broken' });
    memory.refuseWrites = quotaExceeded();
    const h = hooks();
    const storage = createSafeStorage(() => memory, h);
    storage.getItem(STORAGE_KEY);
    await flush();
    expect(h.onRecovery).toHaveBeenCalledWith(expect.objectContaining({ raw: '{broken', keptAs: undefined }));

    memory.refuseWrites = undefined;
    storage.setItem(STORAGE_KEY, { state: v1().state as never, version: 1 });
    expect(memory.getItem(STORAGE_KEY)).toBe('{broken');
    expect(h.onStatus).toHaveBeenLastCalledWith('unavailable');
  });

  it('reports a write as "saved", a refused write as "failed", and never throws', () => {
    const memory = new MemoryStorage();
    const h = hooks();
    const storage = createSafeStorage(() => memory, h);
    const value = { state: v1().state as never, version: 1 };

    storage.setItem(STORAGE_KEY, value);
    expect(h.onStatus).toHaveBeenLastCalledWith('saved');
    expect(JSON.parse(memory.getItem(STORAGE_KEY)!)).toEqual(value);

    memory.refuseWrites = quotaExceeded();
    expect(() => storage.setItem(STORAGE_KEY, value)).not.toThrow();
    expect(h.onStatus).toHaveBeenLastCalledWith('failed');
  });

  it('reports storage that cannot be reached as "unavailable", on read and on write, and never throws', async () => {
    const h = hooks();
    const storage = createSafeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    }, h);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    await flush();
    expect(h.onStatus).toHaveBeenCalledWith('unavailable');
    expect(() => storage.setItem(STORAGE_KEY, { state: v1().state as never, version: 1 })).not.toThrow();
    expect(() => storage.removeItem(STORAGE_KEY)).not.toThrow();
    expect(h.onStatus.mock.calls.every(([status]) => status === 'unavailable')).toBe(true);
  });
});
