import { isSavedWork, restoreSavedCopy } from './saved-copy';
import { restoreScenarioFile, type ImportResult } from './scenario-file';

/** True when the JSON text stops inside a string or an unclosed object or array: cut off, not mistyped. */
function cutOff(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

/**
 * JSON text (or its UTF-8 bytes) from a file, a PNG, an SVG or a link, through the door.
 * Never throws: text that is not UTF-8 or not JSON is 'malformed', or 'truncated' when it was cut off.
 */
export function parseJsonPayload(input: string | Uint8Array): ImportResult {
  let text: string;
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return { ok: false, error: 'malformed', detail: 'not UTF-8 text' };
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, error: 'empty', detail: 'nothing to import' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return cutOff(text) ? { ok: false, error: 'truncated', detail: 'the JSON stops before it ends' } : { ok: false, error: 'malformed', detail: 'not JSON' };
  }
  // The copy of saved work the page offers to download when it cannot load it.
  return isSavedWork(parsed) ? restoreSavedCopy(text) : restoreScenarioFile(parsed);
}
