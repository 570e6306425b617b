import * as v from 'valibot';
import type { PersistStorage } from 'zustand/middleware';
import type { Recovery, SavedState } from '../state';
import { FORMAT_VERSIONS } from '../model';
import { describeIssues, savedStateSchema } from './schemas';
import { defaultUnitStyle } from '../model';
import { safeStorage, type SafeStorageHooks, type SafeStorageOptions } from './safe-storage';
import { restoreUserSeries } from './saved-user-series';

export type { SafeStorageHooks, SafeStorageOptions } from './safe-storage';

/**
 * Migrations from each older saved version to the next, in order (OWID's GrapherUrlMigrations way):
 * MIGRATIONS[n] turns a version-n state into version n+1.
 */
export const MIGRATIONS: readonly ((state: unknown) => unknown)[] = [
  // 1 → 2: version 2 adds series of one's own and hidden series (issue 19). Work saved by version 1 had
  // none: any such field in a version-1 envelope was not written by the app, and is dropped.
  (state) => {
    if (typeof state !== 'object' || state === null || !('doc' in state)) return state;
    const { doc, ...rest } = state as { doc: unknown };
    if (typeof doc !== 'object' || doc === null) return state;
    const { userSeries: _series, hidden: _hidden, ...kept } = doc as Record<string, unknown>;
    return { ...rest, doc: kept };
  },
];
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
  const restored = restoreUserSeries(parsed.output.doc);
  if (!restored.ok) return { ok: false, reason: 'invalid', detail: restored.detail };
  const { settings } = parsed.output;
  // A state saved before the unit style was a setting of its own grouped numbers as its language did.
  return { ok: true, state: { ...parsed.output, doc: restored.doc, settings: { ...settings, unitStyle: settings.unitStyle ?? defaultUnitStyle(settings.lang) } } as SavedState };
}

/** localStorage made safe (io/safe-storage), reading through readSavedState. */
export function createSafeStorage(getStorage: () => Storage, hooks: SafeStorageHooks, options: Omit<SafeStorageOptions, 'read'> = {}): PersistStorage<SavedState> {
  return safeStorage(getStorage, hooks, { ...options, read: readSavedState });
}
