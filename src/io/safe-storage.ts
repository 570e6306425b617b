import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { FORMAT_VERSIONS } from '../model';
import type { Recovery, SavedState, SaveStatus } from '../state';
import type { ReadResult } from './saved-state';

export interface SafeStorageHooks {
  onStatus(status: SaveStatus): void;
  onRecovery(recovery: Recovery): void;
  /** What was just written (the other tabs see it through their `storage` event). */
  onWritten?(state: SavedState): void;
  /**
   * Called just before a write when what is saved (`saved`) is not what this storage last wrote: another
   * tab's write this tab may not have heard yet (its `storage` event still queued) can be merged first; a
   * change it makes to the store is what gets written.
   */
  beforeWrite?(saved: string | null): void;
}

/**
 * localStorage for zustand's persist, made safe: a write the browser refuses (quota, disabled storage)
 * is reported instead of thrown, and saved data that cannot be read is copied aside before the app
 * starts from its defaults, so the defaults never overwrite it silently.
 * What reading finds is reported in a microtask, so hooks may use a store variable bound after creation.
 */
export interface SafeStorageOptions {
  /**
   * Writes closer together than this are one write (a slider drag saves once it rests, not on every
   * tick); pending work is written at once when the page is hidden or closed. 0 writes immediately.
   */
  readonly delayMs?: number;
  /** Where to listen for the page being hidden (window in the app; absent in tests). */
  readonly lifecycle?: Pick<Window, 'addEventListener'>;
  /**
   * The door saved work comes back through (io/saved-state's readSavedState). Passed in, so the page can
   * load it, with its schemas, only when it reads the saved work (main.tsx), not with its first script.
   */
  readonly read: (raw: string) => ReadResult;
}

export function safeStorage(getStorage: () => Storage, hooks: SafeStorageHooks, options: SafeStorageOptions): PersistStorage<SavedState> {
  const delayMs = options.delayMs ?? 0;
  const storage = (): Storage | undefined => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };
  // zustand reads while it builds the store, before the caller holds it: report what reading found once it does.
  const later = (report: () => void) => queueMicrotask(report);
  // Saved work that could not be read, or not copied aside, must not be written over.
  let keepOriginal = false;
  let pending: { name: string; value: StorageValue<SavedState> } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // What this storage last wrote: a saved value still equal to it holds nothing from another tab.
  let lastWritten: string | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const store = storage();
    if (store && hooks.beforeWrite) {
      let saved: string | null | undefined;
      try {
        saved = store.getItem(pending.name);
      } catch {
        saved = undefined;
      }
      // Merging what another tab wrote meanwhile sets `pending` again (and may start a timer): one write.
      if (saved !== undefined && saved !== lastWritten) hooks.beforeWrite(saved);
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    }
    const write = pending;
    pending = undefined;
    if (!store || keepOriginal) {
      hooks.onStatus('unavailable');
      return;
    }
    try {
      const raw = JSON.stringify(write.value);
      store.setItem(write.name, raw);
      lastWritten = raw;
      hooks.onStatus('saved');
      hooks.onWritten?.(write.value.state);
    } catch {
      hooks.onStatus('failed');
    }
  };
  options.lifecycle?.addEventListener('pagehide', flush);
  options.lifecycle?.addEventListener('visibilitychange', () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') flush();
  });
  return {
    getItem: (name) => {
      const store = storage();
      let raw: string | null;
      try {
        raw = store ? store.getItem(name) : null;
        if (!store) later(() => hooks.onStatus('unavailable'));
      } catch {
        keepOriginal = true;
        later(() => hooks.onStatus('unavailable'));
        return null;
      }
      if (raw === null) return null;
      const result = options.read(raw);
      // What was read holds nothing from another tab either: the first write, of work brought up to date as it was
      // read (the base case of an earlier reading), must not take the old for another tab's change and merge it back.
      if (result.ok) return (lastWritten = raw), { state: result.state, version: FORMAT_VERSIONS.savedState };
      let keptAs: string | undefined = `${name}:recovered:${new Date().toISOString()}`;
      try {
        store!.setItem(keptAs, raw);
      } catch {
        keptAs = undefined;
        keepOriginal = true;
      }
      const recovery = { reason: result.reason, raw, keptAs, detail: result.detail };
      later(() => hooks.onRecovery(recovery));
      return null;
    },
    setItem: (name, value: StorageValue<SavedState>) => {
      pending = { name, value };
      if (delayMs <= 0) return flush();
      if (timer === undefined) timer = setTimeout(flush, delayMs);
    },
    removeItem: (name) => {
      try {
        storage()?.removeItem(name);
      } catch {
        // Nothing to keep safe when removal fails.
      }
    },
  };
}
