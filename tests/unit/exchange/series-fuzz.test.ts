import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { importBytes, importText } from '../../../src/io/import-door';
import { reportData } from '../../../src/io/report-fixture';
import type { ImportErrorKind, ImportResult } from '../../../src/io/scenario-file';
import { describeIssues, docSchema } from '../../../src/io/schemas';
import { decodeShareFragment } from '../../../src/io/share-link';
import { toUserSeries } from '../../../src/io/user-series';
import { createAppStore } from '../../../src/state';
import { addImported } from '../../../src/ui/exchange/open-shared';
import {
  HOSTILE_NAMES,
  hostile,
  JSON_TEXT,
  LINK,
  linkOf,
  paths,
  PNG,
  replaced,
  scenarioFile,
  scenarios,
  SERIES,
  SERIES_TEXT,
  seriesFile,
  SVG,
  utf8,
  view,
} from './series-fuzz-seeds';

/**
 * The series door fuzzed as fuzz.test.ts fuzzes the scenario door (issue 19): 100,000 generated inputs
 * (seeded, so every run tries the same ones) carrying series of one's own in through a version-2
 * scenario file, a series library file, an s2 link, and the file inside a PNG or SVG: random text and
 * bytes, valid payloads cut short, with one character, byte or field changed, and with one hostile
 * edit of a series. Whatever comes in, nothing throws, every answer is ok or a known refusal; every
 * series accepted has a user- id, the definition the door makes from its input and no markup; and the
 * store, fed as the app feeds it (addImported), changes only for an accepted import.
 */
const SEED = 20261205;
// A hang, not slowness: 100,000 inputs took 70-90 s on a busy 2-core machine (the 10,000-figure files are the slowest).
const TIMEOUT = 300_000;
const KINDS: readonly ImportErrorKind[] = ['empty', 'too-large', 'not-recognised', 'malformed', 'truncated', 'unknown-format', 'newer-version', 'invalid', 'hostile-text', 'too-many', 'xml-declarations', 'too-slow', 'invalid-series', 'too-many-series', 'invalid-view'];
const MARKUP = /<[A-Za-z]/;

const store = createAppStore({ series: reportData().series, lang: 'en' });
const initial = store.getState().doc;
const SNAPSHOT = JSON.stringify(initial);
let accepted = 0;
let seriesAccepted = 0;

/** The contract every answer keeps, checked on the store too (plain checks: this runs 100,000 times). */
function holds(result: ImportResult) {
  if (result.ok) {
    const series = result.series ?? [];
    if (!(result.scenarios.length <= 50 && result.scenarios.length + series.length > 0)) throw new Error(`an accepted answer out of bounds: ${JSON.stringify(result).slice(0, 200)}`);
    for (const u of series) {
      const id = u.definition.id;
      if (!id.startsWith('user-')) throw new Error(`a series accepted under the id ${id}`);
      const again = toUserSeries(u.input, { id });
      if (!again.ok || !isDeepStrictEqual(again.value, u.definition)) throw new Error(`series ${id}: a definition the door did not make`);
      const text = JSON.stringify(u);
      if (MARKUP.test(text)) throw new Error(`series ${id} accepted with markup: ${text.slice(0, 200)}`);
    }
  } else if (!KINDS.includes(result.error) || typeof result.detail !== 'string') throw new Error(`not a result the contract allows: ${JSON.stringify(result).slice(0, 200)}`);
  const before = store.getState().doc;
  const notice = addImported(store, result);
  const after = store.getState().doc;
  if (notice.kind !== 'import-error') {
    accepted++;
    seriesAccepted += result.ok && result.series ? result.series.length : 0;
    const valid = v.safeParse(docSchema, after);
    if (!valid.success) throw new Error(`the store holds an invalid doc: ${describeIssues(valid.issues)}`);
    store.setState({ doc: initial, past: [], future: [] });
  } else if (after !== before || JSON.stringify(after) !== SNAPSHOT) throw new Error(`a refused import (${notice.error}) changed the store`);
}

const truncations = (length: number) => fc.nat({ max: length - 1 });
const mutationOf = (length: number) => fc.record({ at: fc.nat({ max: length - 1 }), code: fc.integer({ min: 0, max: 0xffff }) });
const mutateText = (text: string, at: number, code: number) => text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1);
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// Every field of the files, and more often those under `series` (the new door's part).
const fieldsOf = (file: object) => {
  const all = paths(file).filter((p) => p.length > 0);
  return [...all, ...all.filter((p) => p[0] === 'series'), ...all.filter((p) => p[0] === 'series')];
};
const SCENARIO_FIELDS = fieldsOf(scenarioFile);
const SERIES_FIELDS = fieldsOf(seriesFile);
const field = (fields: (string | number)[][]) => fc.record({ at: fc.constantFrom(...fields), value: fc.jsonValue({ maxDepth: 3 }) });
const edit = fc.record({ name: fc.constantFrom(...HOSTILE_NAMES), n: fc.nat({ max: 1_000 }) });

const run = <T,>(arbitrary: fc.Arbitrary<T>, numRuns: number, check: (value: T) => ImportResult) =>
  fc.assert(
    fc.property(arbitrary, (value) => holds(check(value))),
    { seed: SEED, numRuns },
  );

describe('fuzzing the series door (100,000 inputs, seed 20261205)', () => {
  it('the valid payloads are accepted with their series (so mutations start from something that gets through)', () => {
    for (const result of [importText(JSON_TEXT), decodeShareFragment(LINK), importBytes(PNG), importText(SVG)]) expect(result).toEqual({ ok: true, scenarios, view, series: SERIES });
    expect(importText(SERIES_TEXT)).toEqual({ ok: true, scenarios: [], series: SERIES });
  });

  it('random text and bytes: 5,000 JSON-like texts, 5,000 s2 links of random base64url, 5,000 bytes behind a PNG signature', { timeout: TIMEOUT }, () => {
    run(fc.string({ unit: fc.constantFrom(...'{}[]":,<>#&=s2.\\ 0-user', '"series"', '"input"', '"id"', '"figures"'), maxLength: 200 }), 5_000, importText);
    run(fc.string({ unit: fc.constantFrom(...B64), maxLength: 2_000 }), 5_000, (data) => decodeShareFragment(`s2.${data}`));
    run(fc.uint8Array({ maxLength: 500 }), 5_000, (bytes) => importBytes(new Uint8Array([...PNG.subarray(0, 8), ...bytes])));
  });

  it('valid payloads cut short: 5,000 each of link, scenario JSON, series JSON and PNG, 2,500 of SVG', { timeout: TIMEOUT }, () => {
    run(truncations(LINK.length), 5_000, (n) => decodeShareFragment(LINK.slice(0, n)));
    run(truncations(JSON_TEXT.length), 5_000, (n) => importText(JSON_TEXT.slice(0, n)));
    run(truncations(SERIES_TEXT.length), 5_000, (n) => importBytes(utf8(SERIES_TEXT.slice(0, n))));
    run(truncations(PNG.length), 5_000, (n) => importBytes(PNG.subarray(0, n)));
    run(truncations(SVG.length), 2_500, (n) => importBytes(utf8(SVG.slice(0, n))));
  });

  // SVG gets fewer: jsdom's DOMParser takes milliseconds where a browser's takes microseconds.
  it('valid payloads with one character or byte changed: 5,000 each of link, scenario JSON, series JSON and PNG, 2,500 of SVG', { timeout: TIMEOUT }, () => {
    run(mutationOf(LINK.length), 5_000, ({ at, code }) => decodeShareFragment(mutateText(LINK, at, code & 0x7f)));
    run(mutationOf(JSON_TEXT.length), 5_000, ({ at, code }) => importText(mutateText(JSON_TEXT, at, code)));
    run(mutationOf(SERIES_TEXT.length), 5_000, ({ at, code }) => importText(mutateText(SERIES_TEXT, at, code)));
    run(mutationOf(PNG.length), 5_000, ({ at, code }) => {
      const bytes = new Uint8Array(PNG);
      bytes[at] = code & 0xff;
      return importBytes(bytes);
    });
    run(mutationOf(SVG.length), 2_500, ({ at, code }) => importBytes(utf8(mutateText(SVG, at, code))));
  });

  it('valid files with one field replaced by any JSON value: 10,000 scenario files, 7,500 series files, 2,500 through a link', { timeout: TIMEOUT }, () => {
    run(field(SCENARIO_FIELDS), 10_000, ({ at, value }) => importText(JSON.stringify(replaced(scenarioFile, at, value))));
    run(field(SERIES_FIELDS), 7_500, ({ at, value }) => importText(JSON.stringify(replaced(seriesFile, at, value))));
    run(field(SCENARIO_FIELDS), 2_500, ({ at, value }) => decodeShareFragment(linkOf(replaced(scenarioFile, at, value))));
  });

  it('valid files with one hostile edit of their series: 12,500 scenario files, 5,000 series files, 2,500 through a link', { timeout: TIMEOUT }, () => {
    run(edit, 12_500, ({ name, n }) => importText(JSON.stringify(hostile(scenarioFile, name, n))));
    run(edit, 5_000, ({ name, n }) => importText(JSON.stringify(hostile(seriesFile, name, n))));
    run(edit, 2_500, ({ name, n }) => decodeShareFragment(linkOf(hostile(scenarioFile, name, n))));
  });

  it('accepted some of the generated inputs and their series, so the store side was exercised too', () => {
    console.log(`series fuzzing: ${accepted} of 100,000 generated inputs were accepted and applied to the store, bringing ${seriesAccepted} series`);
    expect(accepted).toBeGreaterThan(100);
    expect(seriesAccepted).toBeGreaterThan(100);
  });
});
