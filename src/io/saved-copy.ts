import { readSavedState } from './saved-state';
import { restoreScenarioFile, serializeScenarioFile, toScenarioFile, type ImportResult } from './scenario-file';

/** Saved work as the page keeps it (zustand's envelope: `{ state, version }`), and as its recovery banner downloads it. */
export function isSavedWork(parsed: unknown): boolean {
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && 'state' in parsed && 'version' in parsed && !('type' in parsed);
}

/**
 * The copy of saved work a page could not load (saved by a newer version, or refused by its checks), opened
 * with Import…: read through the saved work's own door (io/saved-state: version, migrations, checks), then
 * its scenarios, what was compared and the series of one's own through the scenario file's door, as any
 * file is. Nothing else of the copy (its view settings) replaces the reader's.
 */
export function restoreSavedCopy(text: string): ImportResult {
  const read = readSavedState(text);
  if (!read.ok) return { ok: false, error: read.reason === 'newer' ? 'newer-version' : read.reason === 'corrupt' ? 'malformed' : 'invalid', detail: `saved work: ${read.detail}` };
  const { doc } = read.state;
  const at = (id: string) => doc.scenarios.findIndex((s) => s.id === id);
  const compared = doc.compared.map(at).filter((i) => i >= 0);
  const focus = at(doc.focusId);
  const file = toScenarioFile(doc.scenarios, { compared, ...(focus >= 0 ? { focus } : {}) }, new Date(), doc.userSeries);
  return restoreScenarioFile(JSON.parse(serializeScenarioFile(file)));
}
