import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { toBase64url } from '../../../src/io/base64url';
import { importBytes, importText } from '../../../src/io/import-door';
import { withPngMetadata } from '../../../src/io/png-meta';
import { reportData } from '../../../src/io/report-fixture';
import { asImportedScenarios, SCENARIO_FILE_TYPE, type ExchangedScenario, type ImportErrorKind, type ImportResult } from '../../../src/io/scenario-file';
import { describeIssues, docSchema } from '../../../src/io/schemas';
import { SHARE_DICTIONARY_S1 } from '../../../src/io/share-dictionary';
import { decodeShareFragment, encodeShareFragment } from '../../../src/io/share-link';
import { withSvgMetadata } from '../../../src/io/svg-meta';
import { createAppStore } from '../../../src/state';
import { baseModels, VIDEO } from './sample-scenarios';
import { tinyPng } from './tiny-png';

/**
 * 100,000 generated inputs (seeded, so every run tries the same ones) thrown at the three ways in:
 * random text and bytes, valid payloads cut short, and valid payloads with one character, byte or
 * field changed. Whatever comes in, nothing throws, every answer is ok or a known refusal, and only
 * an accepted import changes the store.
 */
const SEED = 20240628;
// A hang, not slowness: 100,000 inputs take about 30 s on a quiet 2-core machine and several minutes on a busy one.
const TIMEOUT = 300_000;
const KINDS: readonly ImportErrorKind[] = ['empty', 'too-large', 'not-recognised', 'malformed', 'truncated', 'unknown-format', 'newer-version', 'invalid', 'hostile-text', 'too-many', 'xml-declarations', 'too-slow', 'invalid-series', 'too-many-series', 'invalid-view'];

// Small valid payloads, so a mutation that keeps them valid stays cheap to check: all three kinds of
// model once, text that needs escaping in every format, and an uncertainty block.
const scenarios: ExchangedScenario[] = [
  { name: 'Bull "fast", 乐观 ]]> & R&D', description: 'two\nlines', models: baseModels() },
  {
    name: 'Video 70%',
    description: '',
    models: { [VIDEO]: { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.7' } },
    uncertainty: { ranges: { [VIDEO]: { cagr: { low: '0.5', high: '0.9' } } }, seed: 20240628, samples: 10000 },
  },
];
const view = { compared: [0, 1], focus: 1 };
const file = { type: SCENARIO_FILE_TYPE, version: 1, source: 'genai-media-forecast', exportedAt: '2024-06-28T08:00:00.000Z', scenarios, view };
const JSON_TEXT = JSON.stringify(file);
const LINK = encodeShareFragment({ scenarios, view });
const PNG = withPngMetadata(tinyPng(), { pixelRatio: 2, payload: JSON_TEXT });
const SVG = withSvgMetadata('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>', JSON_TEXT);
const utf8 = (text: string) => new TextEncoder().encode(text);

const store = createAppStore({ series: reportData().series, lang: 'en' });
const initial = store.getState().doc;
const SNAPSHOT = JSON.stringify(initial);
let accepted = 0;

/** What the app does with an import: add the scenarios when it is accepted, and nothing else. */
function apply(result: ImportResult) {
  if (result.ok) store.getState().addScenarios(asImportedScenarios(result.scenarios));
}

/** The contract every answer keeps, checked on the store too (plain checks: this runs 100,000 times). */
function holds(result: ImportResult) {
  if (result.ok ? !(result.scenarios.length > 0 && result.scenarios.length <= 50) : !KINDS.includes(result.error) || typeof result.detail !== 'string')
    throw new Error(`not a result the contract allows: ${JSON.stringify(result).slice(0, 200)}`);
  const before = store.getState().doc;
  apply(result);
  const after = store.getState().doc;
  if (result.ok) {
    accepted++;
    const valid = v.safeParse(docSchema, after);
    if (!valid.success) throw new Error(`the store holds an invalid doc: ${describeIssues(valid.issues)}`);
    store.setState({ doc: initial, past: [], future: [] });
  } else if (after !== before || JSON.stringify(after) !== SNAPSHOT) throw new Error(`a refused import (${result.error}) changed the store`);
}

const truncations = (length: number) => fc.nat({ max: length - 1 });
const mutationOf = (length: number) => fc.record({ at: fc.nat({ max: length - 1 }), code: fc.integer({ min: 0, max: 0xffff }) });
const mutateText = (text: string, at: number, code: number) => text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1);
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A path to one field of the file: every object key and array index in it. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Object.entries(value).map(([key, item]) => [Array.isArray(value) ? Number(key) : key, item] as const);
  return [prefix, ...entries.flatMap(([key, item]) => paths(item, [...prefix, key]))];
}
const FIELDS = paths(file).filter((p) => p.length > 0);
function replaced(at: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(file) as unknown as Record<string | number, unknown>;
  let target = copy;
  for (const key of at.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[at[at.length - 1]!] = value;
  return copy;
}

const run = <T,>(arbitrary: fc.Arbitrary<T>, numRuns: number, check: (value: T) => ImportResult) =>
  fc.assert(
    fc.property(arbitrary, (value) => holds(check(value))),
    { seed: SEED, numRuns },
  );

describe('fuzzing the ways in (100,000 inputs, seed 20240628)', () => {
  it('the valid payloads are accepted (so mutations start from something that gets through)', () => {
    for (const result of [importText(JSON_TEXT), decodeShareFragment(LINK), importBytes(PNG), importText(SVG)]) expect(result).toEqual({ ok: true, scenarios, view });
  });

  it('random text: 10,000 to importText and 10,000 to decodeShareFragment', { timeout: TIMEOUT }, () => {
    run(fc.string({ unit: 'binary', maxLength: 300 }), 5_000, importText);
    run(fc.string({ unit: fc.constantFrom(...'{}[]":,<>#&=s1.ab\\ \n0'), maxLength: 200 }), 5_000, importText);
    run(fc.string({ unit: 'binary', maxLength: 300 }), 5_000, decodeShareFragment);
    run(fc.string({ unit: fc.constantFrom(...'s1.=&#embed0'), maxLength: 40 }), 5_000, decodeShareFragment);
  });

  it('random base64url after "s1.": 10,000 to decodeShareFragment (inflate gets garbage)', { timeout: TIMEOUT }, () => {
    run(fc.string({ unit: fc.constantFrom(...B64), maxLength: 2_000 }), 10_000, (data) => decodeShareFragment(`s1.${data}`));
  });

  it('random bytes: 10,000 to importBytes, and 7,500 behind a PNG signature', { timeout: TIMEOUT }, () => {
    run(fc.uint8Array({ maxLength: 500 }), 10_000, (bytes) => importBytes(bytes));
    run(fc.uint8Array({ maxLength: 500 }), 7_500, (bytes) => importBytes(new Uint8Array([...PNG.subarray(0, 8), ...bytes])));
  });

  it('valid payloads cut short: 5,000 each of link, JSON, PNG and SVG', { timeout: TIMEOUT }, () => {
    run(truncations(LINK.length), 5_000, (n) => decodeShareFragment(LINK.slice(0, n)));
    run(truncations(JSON_TEXT.length), 5_000, (n) => importText(JSON_TEXT.slice(0, n)));
    run(truncations(PNG.length), 5_000, (n) => importBytes(PNG.subarray(0, n)));
    run(truncations(SVG.length), 5_000, (n) => importBytes(utf8(SVG.slice(0, n))));
  });

  // SVG gets fewer: jsdom's DOMParser takes milliseconds where a browser's takes microseconds.
  it('valid payloads with one character or byte changed: 5,000 each of link and JSON, 7,500 of PNG, 2,500 of SVG', { timeout: TIMEOUT }, () => {
    run(mutationOf(LINK.length), 5_000, ({ at, code }) => decodeShareFragment(mutateText(LINK, at, code & 0x7f)));
    run(mutationOf(JSON_TEXT.length), 5_000, ({ at, code }) => importText(mutateText(JSON_TEXT, at, code)));
    run(mutationOf(PNG.length), 7_500, ({ at, code }) => {
      const bytes = new Uint8Array(PNG);
      bytes[at] = code & 0xff;
      return importBytes(bytes);
    });
    run(mutationOf(SVG.length), 2_500, ({ at, code }) => importBytes(utf8(mutateText(SVG, at, code))));
  });

  it('valid files with one field replaced by any JSON value: 10,000 as JSON, 2,500 through a link', { timeout: TIMEOUT }, () => {
    const field = fc.record({ at: fc.constantFrom(...FIELDS), value: fc.jsonValue({ maxDepth: 3 }) });
    run(field, 10_000, ({ at, value }) => importText(JSON.stringify(replaced(at, value))));
    // Links made by the documented recipe, not by the (typed) encoder, so any shape can arrive.
    const dictionary = Buffer.from(SHARE_DICTIONARY_S1);
    run(field, 2_500, ({ at, value }) => decodeShareFragment(`s1.${toBase64url(deflateRawSync(JSON.stringify(replaced(at, value)), { dictionary }))}`));
  });

  it('accepted some of the generated inputs, so the store side was exercised too', () => {
    console.log(`fuzzing: ${accepted} of 100,000 generated inputs were accepted and applied to the store`);
    expect(accepted).toBeGreaterThan(100);
  });
});
