import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSafeStorage } from '../../../src/io/saved-state';
import { reportData } from '../../../src/io/report-fixture';
import { defaultDoc, defaultSettings, type SavedState } from '../../../src/state';
import { MemoryStorage } from './memory-storage';

const state = (yearTo: number): { state: SavedState; version: number } => {
  const series = reportData().series;
  return { state: { doc: defaultDoc(series, 'en'), settings: { ...defaultSettings('en'), yearTo } }, version: 1 };
};

describe('saving with a delay (a slider drag writes once it rests)', () => {
  afterEach(() => vi.useRealTimers());

  it('writes a burst of changes once, after the delay, with the last state', () => {
    vi.useFakeTimers();
    const memory = new MemoryStorage();
    const storage = createSafeStorage(() => memory, { onStatus: () => {}, onRecovery: () => {} }, { delayMs: 300 });
    storage.setItem('k', state(2030));
    storage.setItem('k', state(2031));
    vi.advanceTimersByTime(299);
    storage.setItem('k', state(2032));
    expect(memory.writes).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(memory.writes).toHaveLength(1);
    expect(JSON.parse(memory.writes[0]!.value).state.settings.yearTo).toBe(2032);
  });

  it('writes pending work at once when the page is hidden', () => {
    vi.useFakeTimers();
    const memory = new MemoryStorage();
    const lifecycle = new EventTarget();
    const storage = createSafeStorage(() => memory, { onStatus: () => {}, onRecovery: () => {} }, { delayMs: 300, lifecycle: lifecycle as unknown as Window });
    storage.setItem('k', state(2035));
    lifecycle.dispatchEvent(new Event('pagehide'));
    expect(memory.writes).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(memory.writes).toHaveLength(1);
  });

  it('still reports a refused write after the delay', () => {
    vi.useFakeTimers();
    const memory = new MemoryStorage();
    memory.refuseWrites = new DOMException('full', 'QuotaExceededError');
    const statuses: string[] = [];
    const storage = createSafeStorage(() => memory, { onStatus: (s) => statuses.push(s), onRecovery: () => {} }, { delayMs: 300 });
    storage.setItem('k', state(2030));
    expect(statuses).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(statuses).toEqual(['failed']);
  });
});
