import { STORAGE_KEY, type AppStore, type KeptAside, type TabNote } from '../../state';

/**
 * What a merge with another tab could not keep waits in this browser's storage beside the saved work until it is
 * downloaded or dismissed, so a reload before either does not lose it: one entry a page, under the saved work's key
 * and this.
 */
const PREFIX = `${STORAGE_KEY}:not-kept:`;
/** This page's entry: its banner rewrites it as more is not kept, and removes it once downloaded or dismissed. */
export const PAGE_KEY = `${PREFIX}${new Date().toISOString()}`;

const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** What earlier pages kept aside, each a note for the banner. An entry of another shape is neither shown nor removed. */
export function restoreKeptAside(store: AppStore, storage: Storage): void {
  const notes: TabNote[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      try {
        const entry = JSON.parse(storage.getItem(key) ?? '') as Record<string, unknown>;
        if (strings(entry.scenarios) && strings(entry.series) && typeof entry.file === 'string')
          notes.push({ kept: { key, scenarios: entry.scenarios, series: entry.series, file: entry.file } });
      } catch {
        // Not an entry this page wrote: left as it is.
      }
    }
  } catch {
    // Storage that cannot be asked holds nothing to show.
  }
  if (notes.length) store.getState().setTabConflicts([...store.getState().tabConflicts, ...notes]);
}

/** Keeps `entry` aside under `key`; a browser that refuses leaves the banner's download, as before. */
export function keepAside(key: string, entry: Omit<KeptAside, 'key'>, storage: Storage): void {
  try {
    storage.setItem(key, JSON.stringify(entry));
  } catch {
    // The banner still offers the file.
  }
}

/** Lets entries go: downloaded, or dismissed by the user. */
export function forgetAside(keys: readonly string[], storage: Storage): void {
  for (const key of keys)
    try {
      storage.removeItem(key);
    } catch {
      // Nothing more to do.
    }
}
