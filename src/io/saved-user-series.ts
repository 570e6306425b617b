import type { Doc, UserSeries } from '../state';
import { knownFields, toUserSeries } from './user-series';

/**
 * The user's own series in saved work (saved-state version 2), read back through the series door:
 * what was entered is checked again and its definition made anew, so saved work edited by hand (or by
 * a hostile script) cannot bring markup or absurd numbers to the page through a stored definition.
 */
export type RestoredSeries = { readonly ok: true; readonly doc: Doc } | { readonly ok: false; readonly detail: string };

interface SavedEntry {
  readonly input: unknown;
  readonly definition: { readonly id: string };
}

export function restoreUserSeries(doc: Omit<Doc, 'userSeries'> & { readonly userSeries?: readonly SavedEntry[] }): RestoredSeries {
  const { userSeries: saved, ...rest } = doc;
  if (!saved) return { ok: true, doc: rest };
  const restored: UserSeries[] = [];
  for (const [i, entry] of saved.entries()) {
    const result = toUserSeries(entry.input, { id: entry.definition.id, existingCount: i });
    if (!result.ok) return { ok: false, detail: `doc.userSeries.${i}${result.error.field ? `.input.${result.error.field}` : ''}: ${result.error.message}` };
    if (restored.some((u) => u.definition.id === result.value.id)) return { ok: false, detail: `doc.userSeries.${i}: a second series ${result.value.id}` };
    restored.push({ input: knownFields(entry.input), definition: result.value });
  }
  return { ok: true, doc: { ...rest, userSeries: restored } };
}
