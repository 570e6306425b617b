import { readSavedState } from './saved-state';
import { restoreScenarioFile, serializeScenarioFile, toScenarioFile, type ImportResult } from './scenario-file';

/** Saved work as the page keeps it (zustand's envelope: `{ state, version }`), and as its recovery banner downloads it. */
export function isSavedWork(parsed: unknown): boolean {
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && 'state' in parsed && 'version' in parsed && !('type' in parsed);
}

/**
 * The copy of saved work a page could not load, opened with Import… in a build that can read it (work saved by
 * a newer version, in that version): read through the saved work's own door (io/saved-state: version,
 * migrations, checks), then its scenarios and series of one's own through the scenario file's door, as any file
 * is, and added beside the reader's as a file's are. The rest of it (what was compared, the charts' words, hidden
 * series, the view settings) is not carried: the reader's stay.
 */
export function restoreSavedCopy(text: string): ImportResult {
  const read = readSavedState(text);
  if (!read.ok) return { ok: false, error: read.reason === 'newer' ? 'newer-version' : read.reason === 'corrupt' ? 'malformed' : 'invalid', detail: `saved work: ${read.detail}` };
  const { doc } = read.state;
  return restoreScenarioFile(JSON.parse(serializeScenarioFile(toScenarioFile(doc.scenarios, undefined, new Date(), doc.userSeries))));
}
