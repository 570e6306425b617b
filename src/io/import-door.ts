import { decodeTableText } from './read-file';
import { parseJsonPayload } from './json-payload';
import { readPngMetadata } from './png-meta';
import type { ImportResult } from './scenario-file';
import { decodeShareFragment } from './share-link';
import { findSvgMetadata } from './svg-meta';

/**
 * Whatever a person drops, opens or pastes: sniffed by its content, never by its name (a renamed
 * file still opens), unwrapped to the JSON payload, then through the one door, restoreScenarioFile.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/**
 * The longest an import may take on the page's thread. A stage cannot be stopped halfway (the
 * parsers are synchronous), so the door looks at the clock between stages and refuses what ran over,
 * rather than add the result of work that froze the page; what could run away (XML entities, a PNG's
 * inflate) is bounded before it starts.
 */
export const IMPORT_TIME_BUDGET_MS = 2000;

export interface ImportBudget {
  readonly ms: number;
  /** Milliseconds on a steady clock (a test hands in its own). */
  readonly now: () => number;
}

const defaultBudget = (): ImportBudget => ({ ms: IMPORT_TIME_BUDGET_MS, now: () => globalThis.performance?.now() ?? Date.now() });

/** The stages of one import, each started only while the budget lasts. */
function timed(budget: ImportBudget) {
  const start = budget.now();
  const over = (): ImportResult | undefined => {
    const spent = budget.now() - start;
    return spent > budget.ms ? refuse('too-slow', `${Math.round(spent)} ms > ${budget.ms} ms`) : undefined;
  };
  return (next: () => ImportResult): ImportResult => {
    const before = over();
    if (before) return before;
    const result = next();
    return over() ?? result;
  };
}

const PNG_START = [0x89, 0x50, 0x4e, 0x47];
const LINK = /^(?:[A-Za-z][A-Za-z0-9-]*=[^&]*&)*s\d+\./;

type DoorError = 'empty' | 'too-large' | 'not-recognised' | 'malformed' | 'truncated' | 'unknown-format' | 'xml-declarations' | 'too-slow';

const refuse = (error: DoorError, detail: string): ImportResult => ({
  ok: false,
  error,
  detail,
});

function guard(read: () => ImportResult): ImportResult {
  try {
    return read();
  } catch (error) {
    return refuse('malformed', `cannot be read: ${error instanceof Error ? error.name : 'error'}`);
  }
}

/** A file's bytes: a PNG or SVG exported by the app, a scenario .json, or a text file holding a link. Never throws. */
export function importBytes(bytes: Uint8Array, fileName?: string, budget: ImportBudget = defaultBudget()): ImportResult {
  return guard(() => {
    if (!bytes || bytes.length === 0) return refuse('empty', 'the file is empty');
    if (bytes.length > MAX_IMPORT_BYTES) return refuse('too-large', `${bytes.length} bytes > ${MAX_IMPORT_BYTES}`);
    const within = timed(budget);
    if (PNG_START.every((b, i) => bytes[i] === b)) return fromPng(bytes, within);
    let text: string;
    let encoding: string;
    try {
      // UTF-8 as the app writes; UTF-16 by its mark or GB18030 when an editor re-saved the file (Notepad's "Unicode"
      // or, on Chinese Windows, "ANSI"): read as text all the same, and what is not a file of the app's is told below.
      ({ text, encoding } = decodeTableText(bytes));
    } catch {
      return refuse('not-recognised', `${named(fileName)}not a PNG and not text`);
    }
    const result = fromText(text, within);
    if (result.ok) return encoding === 'gb18030' ? { ...result, decodedAs: 'gb18030' } : result;
    return result.error === 'not-recognised' ? refuse('not-recognised', `${named(fileName)}${result.detail}`) : result;
  });
}

/** Pasted or dropped text: a link (or its fragment), scenario JSON, or SVG markup. Never throws. */
export function importText(text: string, budget: ImportBudget = defaultBudget()): ImportResult {
  return guard(() => fromText(text, timed(budget)));
}

type Within = ReturnType<typeof timed>;

function fromText(text: string, within: Within): ImportResult {
  if (typeof text !== 'string') return refuse('not-recognised', 'not text');
  if (text.length > MAX_IMPORT_BYTES) return refuse('too-large', `${text.length} characters > ${MAX_IMPORT_BYTES}`);
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return refuse('empty', 'nothing to import');
  if (trimmed.startsWith('{')) return within(() => parseJsonPayload(trimmed));
  if (trimmed.startsWith('<')) return fromSvg(trimmed, within);
  // A link wrapped across lines in an e-mail still opens: base64url has no whitespace of its own.
  const link = trimmed.replace(/\s+/g, '');
  const hash = link.indexOf('#');
  if (hash >= 0) return within(() => decodeShareFragment(link.slice(hash + 1)));
  if (LINK.test(link)) return within(() => decodeShareFragment(link));
  return refuse('not-recognised', 'not a link, JSON or SVG');
}

function fromPng(bytes: Uint8Array, within: Within): ImportResult {
  const png = readPngMetadata(bytes);
  if (!png.ok) return png.error === 'truncated' ? refuse('truncated', 'the PNG stops before it ends') : refuse('malformed', `the PNG is damaged (${png.error})`);
  if (png.payload === undefined) return refuse('unknown-format', 'a PNG without scenario data');
  const payload = png.payload;
  return within(() => parseJsonPayload(payload));
}

function fromSvg(text: string, within: Within): ImportResult {
  const found = findSvgMetadata(text);
  if (found.ok) return within(() => parseJsonPayload(found.payload));
  if (found.error === 'declarations') return refuse('xml-declarations', 'the SVG declares a DOCTYPE or an entity');
  if (found.error === 'absent') return refuse('unknown-format', 'an SVG without scenario data');
  if (found.error === 'not-svg') return refuse('not-recognised', 'markup that is not an SVG');
  return refuse(found.error, found.error === 'truncated' ? 'the SVG stops before it ends' : 'the SVG is not well-formed');
}

const named = (fileName: string | undefined) => (fileName ? `${fileName.slice(0, 80)}: ` : '');
