import type { ForecastModel } from '../model';
import type { UserSeries } from '../state';
import { textProblem } from './text-safety';
import { knownFields, toUserSeries, type UserSeriesError } from './user-series';
import { TEXT_LIMITS, type UserSeriesInput } from './user-series-schema';
import { MAX_USER_SERIES } from './user-series-limits';

/**
 * Series of one's own as they travel in a scenario file (version 2), a share link (s2) and the series
 * library file (io/series-file): each as its id and what was entered, never its definition, so the
 * reader makes the definition anew through the one series door (io/user-series toUserSeries). A file
 * cannot bring a definition the door would not have made.
 */
export interface ExchangedSeries {
  readonly id: string;
  readonly input: unknown;
}

/**
 * One series of a file refused by the door, for the page to word in its own language: its place in the
 * file (from 0), its names when they may be shown (not where the fault is, and only text the door would
 * take: a message never echoes markup), and the door's reason with the field at fault.
 */
export interface SeriesProblem {
  readonly index: number;
  readonly name?: { readonly zh?: string; readonly en?: string };
  readonly error: UserSeriesError;
}

export type SeriesListResult =
  | { readonly ok: true; readonly series: readonly UserSeries[] }
  | { readonly ok: false; readonly detail: string; readonly problem?: SeriesProblem; readonly tooMany?: true };

/** The names of a refused series that may be shown beside its fault, if any. */
function showableName(input: unknown, error: UserSeriesError): SeriesProblem['name'] {
  if (error.field.startsWith('name')) return undefined;
  const name = (input as { name?: unknown } | null)?.name;
  if (typeof name !== 'object' || name === null) return undefined;
  const fine = (text: unknown): text is string => typeof text === 'string' && text.trim() !== '' && text.length <= TEXT_LIMITS.name && !textProblem(text, 'line');
  const { zh, en } = name as { zh?: unknown; en?: unknown };
  const names = { ...(fine(zh) ? { zh: zh.trim() } : {}), ...(fine(en) ? { en: en.trim() } : {}) };
  return names.zh !== undefined || names.en !== undefined ? names : undefined;
}

/** The series as a file carries them: id and input only. */
export const exchangedSeries = (series: readonly UserSeries[]): ExchangedSeries[] => series.map((u) => ({ id: u.definition.id, input: u.input }));

/** The user's series that some of `scenarios` hold a model for: those a file of them needs. */
export function seriesUsedBy(all: readonly UserSeries[] | undefined, scenarios: readonly { readonly models: Readonly<Record<string, unknown>> }[]): UserSeries[] {
  return (all ?? []).filter((u) => scenarios.some((s) => s.models[u.definition.id] !== undefined));
}

/**
 * A file's `series` through the door, one by one: at most MAX_USER_SERIES, each `{ id, input }` with a
 * user- id, no id twice. The first fault refuses the whole list, with where it is and the door's reason.
 */
export function restoreSeriesList(raw: unknown, at: string): SeriesListResult {
  if (!Array.isArray(raw)) return { ok: false, detail: `${at}: not a list` };
  if (raw.length > MAX_USER_SERIES) return { ok: false, detail: `${at}: ${raw.length} series > ${MAX_USER_SERIES}`, tooMany: true };
  const out: UserSeries[] = [];
  for (const [i, entry] of raw.entries()) {
    // The list's own faults are told as the door's are, with the series' place.
    const listFault = (kind: 'not-an-object' | 'bad-id' | 'duplicate-id', field: string, message: string, input?: unknown): SeriesListResult => {
      const error: UserSeriesError = { kind, field, message, params: {} };
      const name = showableName(input, error);
      return { ok: false, detail: `${at}.${i}${field ? `.${field}` : ''}: ${message}`, problem: { index: i, ...(name ? { name } : {}), error } };
    };
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return listFault('not-an-object', '', 'not an object');
    const { id, input } = entry as { id?: unknown; input?: unknown };
    if (typeof id !== 'string') return listFault('bad-id', 'id', 'not text', input);
    const made = toUserSeries(input, { id, existingCount: i });
    if (!made.ok) {
      const name = showableName(input, made.error);
      return {
        ok: false,
        detail: `${at}.${i}${made.error.field ? `.input.${made.error.field}` : ''}: ${made.error.kind}: ${made.error.message}`,
        problem: { index: i, ...(name ? { name } : {}), error: made.error },
      };
    }
    if (out.some((u) => u.definition.id === id)) return listFault('duplicate-id', 'id', `a second series ${id}`, input);
    out.push({ input: knownFields(input), definition: made.value });
  }
  return { ok: true, series: out };
}

/** What becomes of one incoming series: added (maybe under a new id), or one the reader already has. */
export type SeriesPlanEntry =
  | { readonly kind: 'new'; readonly series: UserSeries; readonly renamedFrom?: string }
  | { readonly kind: 'present'; readonly id: string; readonly from: string };

export type SeriesPlan =
  | { readonly ok: true; readonly entries: readonly SeriesPlanEntry[]; readonly rename: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly detail: string };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Where incoming series go among the reader's: one with the same definition as a series the reader has
 * (made under the reader's id) is that one, not a copy; one whose id is taken by a different series
 * (or by the report's) gets a free id, "<id>-2", "-3", …; the rest keep theirs. `rename` maps each
 * incoming id that changed to its id here, for the scenarios' models to follow. Refused, changing
 * nothing, when the reader's series and the new ones would pass MAX_USER_SERIES.
 */
export function planSeries(reportIds: readonly string[], mine: readonly UserSeries[], incoming: readonly UserSeries[]): SeriesPlan {
  const taken = new Set([...reportIds, ...mine.map((u) => u.definition.id)]);
  // Names as the page shows them (a definition names a series in both languages).
  const names: { readonly zh?: string; readonly en?: string }[] = mine.map((u) => u.definition.name);
  const rename: Record<string, string> = {};
  const entries: SeriesPlanEntry[] = [];
  for (const item of incoming) {
    const from = item.definition.id;
    const known = mine.find((u) => {
      const remade = toUserSeries(item.input, { id: u.definition.id });
      // The same series, under its own name or the " (n)" it was given when it came in beside another version.
      return remade.ok && (same(remade.value, u.definition) || (nameOrNumbered(remade.value.name, u.definition.name) && same({ ...remade.value, name: u.definition.name }, u.definition)));
    });
    if (known) {
      if (known.definition.id !== from) rename[from] = known.definition.id;
      entries.push({ kind: 'present', id: known.definition.id, from });
      continue;
    }
    let id = from;
    // An id of one's own is at most 65 characters ("user-" and 60): a long one is cut to make room for "-n".
    for (let n = 2; taken.has(id); n++) id = `${from.slice(0, 64 - String(n).length)}-${n}`;
    // Nor may two different series read alike in a legend, a list or a table: the one added takes " (n)".
    // What the door took (user-series-schema): its name is the one typed, in one language or both.
    const given = item.input as UserSeriesInput;
    const free = freeName(item.definition.name, given.name, names);
    const input: unknown = free === given.name ? item.input : { ...given, name: free };
    const remade = id === from && input === item.input ? { ok: true as const, value: item.definition } : toUserSeries(input, { id });
    if (!remade.ok) return { ok: false, detail: `series ${from}: no free id (${remade.error.message})` };
    taken.add(id);
    names.push(remade.value.name);
    if (id !== from) rename[from] = id;
    entries.push({ kind: 'new', series: { input, definition: remade.value }, ...(id !== from ? { renamedFrom: from } : {}) });
  }
  const added = entries.filter((e) => e.kind === 'new').length;
  if (mine.length + added > MAX_USER_SERIES) return { ok: false, detail: `${mine.length} + ${added} series > ${MAX_USER_SERIES}` };
  return { ok: true, entries, rename };
}

/** The series a plan adds (the others the reader already has). */
export const newSeriesOf = (entries: readonly SeriesPlanEntry[]): UserSeries[] => entries.flatMap((e) => (e.kind === 'new' ? [e.series] : []));

/** A map of series ids, keys renamed by `rename` (models, uncertainty ranges, charts' words). */
export function renameKeys<T>(record: Readonly<Record<string, T>>, rename: Readonly<Record<string, string>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [rename[key] ?? key, value]));
}

interface Renamable {
  readonly models: Readonly<Record<string, ForecastModel>>;
  readonly uncertainty?: { readonly ranges: Readonly<Record<string, unknown>> };
}

/**
 * A model of a series that took a new id here, its anchors tied to the series' figures under that id (the door
 * names a series' figures after it: `user-x-1` of `user-x` is `user-x-2-1` of `user-x-2`), not to those of the
 * series that kept the old one.
 */
function tiedToRenamed(model: ForecastModel, from: string, to: string): ForecastModel {
  if (model.type !== 'anchored') return model;
  const anchors = model.anchors.map((a) => (a.figureId?.startsWith(`${from}-`) ? { ...a, figureId: `${to}${a.figureId.slice(from.length)}` } : a));
  return { ...model, anchors };
}

/** A scenario whose models and ranges name incoming series by their ids here. */
export function renameScenarioSeries<S extends Renamable>(scenario: S, rename: Readonly<Record<string, string>>): S {
  if (!Object.keys(rename).length) return scenario;
  const models = renameKeys(
    Object.fromEntries(Object.entries(scenario.models).map(([id, model]) => [id, rename[id] ? tiedToRenamed(model, id, rename[id]) : model])),
    rename,
  );
  const uncertainty = scenario.uncertainty ? { ...scenario.uncertainty, ranges: renameKeys(scenario.uncertainty.ranges, rename) } : undefined;
  return { ...scenario, models, ...(uncertainty ? { uncertainty } : {}) };
}

/** A file's view with its series ids renamed: the chart shown alone and the charts' words. */
export function renameView<V extends { readonly seriesId?: string; readonly charts?: Readonly<Record<string, unknown>> }>(view: V, rename: Readonly<Record<string, string>>): V {
  if (!Object.keys(rename).length) return view;
  return {
    ...view,
    ...(view.seriesId !== undefined ? { seriesId: rename[view.seriesId] ?? view.seriesId } : {}),
    ...(view.charts ? { charts: renameKeys(view.charts, rename) } : {}),
  };
}

type Names = { readonly zh?: string; readonly en?: string };

/** A name with " (n)" after it, cut to keep within the name's limit. */
const numberedName = (name: string, n: number) => `${name.slice(0, TEXT_LIMITS.name - String(n).length - 3)} (${n})`;

/** Whether `saved` is `incoming` with " (n)" after it in each language (freeName's doing). */
function nameOrNumbered(incoming: Names, saved: Names): boolean {
  const numbered = (from: string | undefined, to: string | undefined) => {
    if (from === to) return true;
    const n = to === undefined ? undefined : / \((\d+)\)$/.exec(to)?.[1];
    return from !== undefined && n !== undefined && to === numberedName(from, Number(n));
  };
  return numbered(incoming.zh, saved.zh) && numbered(incoming.en, saved.en);
}

/**
 * The name typed for a series (`typed`, shown as `shown`) with " (n)" added in each of its languages where another
 * series already reads the same, the smallest n free in both; the same object when nothing clashes.
 */
export function freeName(shown: Names, typed: Names, taken: readonly Names[]): Names {
  const clash = (candidate: Names) => taken.some((other) => (candidate.zh !== undefined && candidate.zh === other.zh) || (candidate.en !== undefined && candidate.en === other.en));
  if (!clash(shown)) return typed;
  const suffixed = (text: string | undefined, n: number) => (text === undefined ? undefined : numberedName(text, n));
  const withN = (name: Names, n: number): Names => ({ ...(name.zh !== undefined ? { zh: suffixed(name.zh, n) } : {}), ...(name.en !== undefined ? { en: suffixed(name.en, n) } : {}) });
  for (let n = 2; ; n++) if (!clash(withN(shown, n))) return withN(typed, n);
}
