import * as v from 'valibot';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { Recovery, SavedState, SaveStatus } from '../state';
import { FORMAT_VERSIONS } from '../model';
import { describeIssues, savedStateSchema } from './schemas';

/**
 * Migrations from each older saved version to the next, in order (OWID's GrapherUrlMigrations way):
 * MIGRATIONS[n] turns a version-n state into version n+1. Version 1 is the first shipped, so none yet.
 */
export const MIGRATIONS: readonly ((state: unknown) => unknown)[] = [];
export const CURRENT_VERSION = FORMAT_VERSIONS.savedState;
if (MIGRATIONS.length + 1 !== CURRENT_VERSION) throw new Error('saved-state: one migration per earlier version');

export type ReadResult =
  | { readonly ok: true; readonly state: SavedState }
  | { readonly ok: false; readonly reason: Recovery['reason']; readonly detail: string };

/** The one door saved work comes back through: parse, check the version, migrate, validate. */
export function readSavedState(raw: string): ReadResult {
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof envelope !== 'object' || envelope === null || !('version' in envelope) || !('state' in envelope))
    return { ok: false, reason: 'invalid', detail: 'not a saved-state envelope' };
  const version = (envelope as { version: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: 'invalid', detail: `version ${String(version)}` };
  if (version > CURRENT_VERSION) return { ok: false, reason: 'newer', detail: `version ${version} > ${CURRENT_VERSION}` };
  let state = (envelope as { state: unknown }).state;
  try {
    for (let from = version; from < CURRENT_VERSION; from++) state = MIGRATIONS[from - 1]!(state);
  } catch (error) {
    return { ok: false, reason: 'invalid', detail: `migration failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = v.safeParse(savedStateSchema, state);
  if (!parsed.success) return { ok: false, reason: 'invalid', detail: describeIssues(parsed.issues) };
  return { ok: true, state: parsed.output as SavedState };
}

export interface SafeStorageHooks {
  onStatus(status: SaveStatus): void;
  onRecovery(recovery: Recovery): void;
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
}

export function createSafeStorage(getStorage: () => Storage, hooks: SafeStorageHooks, options: SafeStorageOptions = {}): PersistStorage<SavedState> {
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
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const write = pending;
    pending = undefined;
    if (!write) return;
    const store = storage();
    if (!store || keepOriginal) {
      hooks.onStatus('unavailable');
      return;
    }
    try {
      store.setItem(write.name, JSON.stringify(write.value));
      hooks.onStatus('saved');
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
      const result = readSavedState(raw);
      if (result.ok) return { state: result.state, version: CURRENT_VERSION };
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
