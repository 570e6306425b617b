import { deflateRawSync } from 'node:zlib';
import { toBase64url } from '../../../src/io/base64url';
import { withPngMetadata } from '../../../src/io/png-meta';
import { SCENARIO_FILE_SOURCE, SCENARIO_FILE_TYPE, type ExchangedScenario } from '../../../src/io/scenario-file';
import { SERIES_FILE_TYPE } from '../../../src/io/series-file';
import { SHARE_DICTIONARY_S1 } from '../../../src/io/share-dictionary';
import { encodeShareFragment } from '../../../src/io/share-link';
import { withSvgMetadata } from '../../../src/io/svg-meta';
import { MAX_FIGURES, MAX_USER_SERIES, toUserSeries } from '../../../src/io/user-series';
import type { UserSeries } from '../../../src/state';
import { MARKET } from '../series/market';
import { baseModels, VIDEO } from './sample-scenarios';
import { tinyPng } from './tiny-png';

/**
 * The payloads the series fuzz starts from: two series of one's own as a person would enter them (the
 * smart-speaker market of tests/unit/series, and netizens with a range, a statement and a condition),
 * carried by a version-2 scenario file whose scenario models both, a series library file, an s2 link,
 * and the file inside a PNG and an SVG. Then the hostile edits of one series a file could carry.
 */
export const SPEAKERS = 'user-speakers';
export const NETIZENS = 'user-netizens';

const netizens = {
  name: { zh: '参与文生图的网民', en: 'Text-to-image netizens' },
  unit: { kind: 'people' },
  source: { publisher: 'Wanlian Securities', date: '2024-06-28', section: '2.1' },
  figures: [
    { years: [2022], kind: 'statement', wording: '用户仍在早期' },
    { years: [2023], kind: 'approximate', value: '50000000' },
    { years: [2024, 2025], kind: 'range', low: '150000000', high: '300000000' },
    { years: [2027], kind: 'conditional', value: '500000000', condition: '如果保持增速' },
  ],
};

function made(id: string, input: unknown): UserSeries {
  const result = toUserSeries(input, { id });
  if (!result.ok) throw new Error(`the seed series ${id} is refused: ${result.error.message}`);
  return { input, definition: result.value };
}

export const SERIES: UserSeries[] = [made(SPEAKERS, structuredClone(MARKET)), made(NETIZENS, netizens)];
const models = Object.fromEntries(SERIES.map((u) => [u.definition.id, u.definition.baseModel!]));

export const scenarios: ExchangedScenario[] = [
  { name: 'Own series, base', description: 'speakers & netizens', models: { ...baseModels(), ...models } },
  { name: 'Video 70%', description: '', models: { [VIDEO]: { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.7' }, [SPEAKERS]: models[SPEAKERS]! } },
];
export const view = { compared: [0, 1], focus: 0 };
const exchanged = SERIES.map((u) => ({ id: u.definition.id, input: u.input }));
export const EXPORTED_AT = '2026-12-05T08:00:00.000Z';
export const scenarioFile = { type: SCENARIO_FILE_TYPE, version: 2, source: SCENARIO_FILE_SOURCE, exportedAt: EXPORTED_AT, scenarios, view, series: exchanged };
export const seriesFile = { type: SERIES_FILE_TYPE, version: 1, source: SCENARIO_FILE_SOURCE, exportedAt: EXPORTED_AT, series: exchanged };

export const JSON_TEXT = JSON.stringify(scenarioFile);
export const SERIES_TEXT = JSON.stringify(seriesFile);
export const LINK = encodeShareFragment({ scenarios, view, series: SERIES });
export const PNG = withPngMetadata(tinyPng(), { pixelRatio: 2, payload: JSON_TEXT });
export const SVG = withSvgMetadata('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>', JSON_TEXT);
export const utf8 = (text: string) => new TextEncoder().encode(text);

/** A link made by the documented recipe, not by the (typed) encoder, so any shape can arrive. */
export const linkOf = (file: unknown) => `s2.${toBase64url(deflateRawSync(JSON.stringify(file), { dictionary: Buffer.from(SHARE_DICTIONARY_S1) }))}`;

/** A path to one field: every object key and array index under `value`. */
export function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Object.entries(value).map(([key, item]) => [Array.isArray(value) ? Number(key) : key, item] as const);
  return [prefix, ...entries.flatMap(([key, item]) => paths(item, [...prefix, key]))];
}

/** A copy of `file` with the field at `at` set to `value`. */
export function replaced<T>(file: T, at: readonly (string | number)[], value: unknown): T {
  const copy = structuredClone(file) as unknown as Record<string | number, unknown>;
  let target = copy;
  for (const key of at.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[at[at.length - 1]!] = value;
  return copy as T;
}

type Figure = Record<string, unknown>;
interface Input {
  name: Record<string, unknown>;
  unit: Record<string, unknown>;
  source: Record<string, unknown>;
  figures: Figure[];
}
type Entry = { id: unknown; input: Input };

export const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)', 'JavaScript:void(0)', '&#60;b&#62;'];
export const NUMBERS = ['1e400', '-1e400', '-5', '0', 'NaN', 'Infinity', '1e-400', '0x10', '', '7.2M', '1.5亿'];

/**
 * Hostile edits of a file's series list, each a way a file could try to bring a series the door would
 * not make. `n` picks among the variants (which series, figure, field or value).
 */
export const HOSTILE: Readonly<Record<string, (list: Entry[], n: number) => void>> = {
  'markup in a name': (list, n) => void (list[n % 2]!.input.name[n & 4 ? 'zh' : 'en'] = MARKUP[n % MARKUP.length]),
  'markup in a wording': (list, n) => void (list[n % 2]!.input.figures[0]!.wording = `100亿 ${MARKUP[n % MARKUP.length]}`),
  'markup in a condition or publisher': (list, n) =>
    void (n & 1 ? (list[1]!.input.figures[3]!.condition = MARKUP[n % MARKUP.length]) : (list[0]!.input.source.publisher = MARKUP[n % MARKUP.length])),
  'absurd number': (list, n) => void (list[0]!.input.figures[n % 2]!.value = NUMBERS[n % NUMBERS.length]),
  'absurd range end': (list, n) => void (list[1]!.input.figures[2]![n & 1 ? 'high' : 'low'] = NUMBERS[n % NUMBERS.length]),
  'a number, not text': (list, n) => void (list[0]!.input.figures[0]!.value = [1e308, -5, Number.MAX_VALUE, 0.1][n % 4]),
  'ten thousand figures': (list, n) => void (list[n % 2]!.input.figures = Array.from({ length: 10_000 }, (_, i) => ({ years: [2015 + (i % 36)], kind: 'point', value: '1' }))),
  'one figure too many': (list) => void (list[0]!.input.figures = Array.from({ length: MAX_FIGURES + 1 }, () => ({ years: [2024], kind: 'point', value: '1' }))),
  'duplicate years': (list, n) => void list[0]!.input.figures.push({ years: [n & 1 ? 2024 : 2026], kind: 'point', value: '5' }),
  'range low above high': (list) => Object.assign(list[1]!.input.figures[2]!, { low: '300000000', high: '150000000' }),
  'span reversed or out of the years': (list, n) => void (list[1]!.input.figures[2]!.years = [[2025, 2024], [1999], [2051], [2024.5]][n % 4]),
  'unknown unit': (list, n) => void ((list[n % 2]!.input as { unit: unknown }).unit = [{ kind: 'furlongs' }, { kind: 'money' }, {}, 'money'][n % 4]),
  'unknown currency': (list, n) => void (list[0]!.input.unit.currency = ['EUR', 'XXX', 'usd', '$', 'DOGE'][n % 5]),
  'figure kind mismatch': (list, n) => void (list[0]!.input.figures[0]!.kind = ['range', 'statement', 'guess'][n % 3]),
  'no name or publisher': (list, n) => void (n & 1 ? (list[0]!.input.name = {}) : (list[0]!.input.source.publisher = ' ')),
  'bad date': (list, n) => void (list[0]!.input.source.date = ['2025-13', '2025-02-30', 'yesterday', '20250101'][n % 4]),
  'too long text': (list, n) => void (list[n % 2]!.input.name.en = 'x'.repeat(121 + n)),
  'more than MAX_USER_SERIES series': (list, n) =>
    void list.push(...Array.from({ length: MAX_USER_SERIES - 1 + (n % 3) }, (_, i) => ({ id: `user-more-${i}`, input: structuredClone(list[0]!.input) }))),
  'duplicate id': (list) => void (list[1]!.id = list[0]!.id),
  'id not user-': (list, n) => void (list[n % 2]!.id = ['speakers', 'USER-X', 'user-', 'user-<b>', `user-${'a'.repeat(61)}`, 'user-a b'][n % 6]),
  'report series id': (list, n) => void (list[n % 2]!.id = [VIDEO, 't2i-market-cn', 't2i-users-cn'][n % 3]),
  'id not text or entry not an object': (list, n) => void ((list as unknown[])[n % 2] = [null, 7, 'user-x', [], { id: 5, input: list[0]!.input }][n % 5]),
  'input not an object': (list, n) => void ((list[n % 2] as { input: unknown }).input = [null, [], 'a series', 1][n % 4]),
  'prototype keys': (list, n) => void (list[n % 2]!.input = JSON.parse(`{"__proto__":{"polluted":1},"constructor":{},${JSON.stringify(list[n % 2]!.input).slice(1)}`)),
};
export const HOSTILE_NAMES = Object.keys(HOSTILE);

/** A copy of `file` (any file holding `series`) with one hostile edit made to its series. */
export function hostile<T extends { series: unknown }>(file: T, name: string, n: number): T {
  const copy = structuredClone(file);
  HOSTILE[name]!(copy.series as Entry[], n);
  return copy;
}
