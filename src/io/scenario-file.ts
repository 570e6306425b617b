import * as v from 'valibot';
import { FORMAT_VERSIONS, project, type ForecastModel } from '../model';
import type { ChartArrow, ChartWords, Doc, Scenario, Settings, Uncertainty } from '../state';
import type { UserSeries } from '../state';
import { exchangedSeries, restoreSeriesList, seriesUsedBy, type ExchangedSeries, type SeriesProblem } from './exchange-series';
import { describeIssues, scenarioFileSchema } from './schemas';
import { restoreSeriesFile, SERIES_FILE_TYPE } from './series-file';
import { textProblem } from './text-safety';

/**
 * The scenario exchange file: what "Export scenarios" writes, what a PNG, an SVG and a share link
 * carry inside, and what every import comes back through (Excalidraw's `{type, version, source, …}`
 * and one `restore`). Documented field by field in fixtures/formats/README.md.
 */
export const SCENARIO_FILE_TYPE = 'genai-forecast/scenarios';
export const SCENARIO_FILE_VERSION = FORMAT_VERSIONS.scenarioFile;
export const SCENARIO_FILE_SOURCE = 'genai-media-forecast';

/**
 * A scenario as it travels: its assumptions, and the sender's colour as a wish (kept where it is free);
 * id, origin and lock belong to the store it lands in.
 */
export interface ExchangedScenario {
  readonly name: string;
  readonly description: string;
  readonly models: Readonly<Record<string, ForecastModel>>;
  readonly uncertainty?: Uncertainty;
  readonly colorIndex?: number;
}

/** What the sender was looking at, so the receiver sees the same thing. */
export interface ExchangeView {
  /** Indices into `scenarios`. */
  readonly compared?: readonly number[];
  readonly focus?: number;
  /** Files and links made before the unit style was a setting of its own carry none: the reader's stays. */
  readonly settings?: Omit<Settings, 'unitStyle'> & { readonly unitStyle?: Settings['unitStyle'] };
  /** One series' chart only (an embedded or single-chart export). */
  readonly seriesId?: string;
  /** Each chart's own words and arrows; an arrow names its scenario by index into `scenarios`. */
  readonly charts?: Readonly<Record<string, ExchangedChartWords>>;
}

export type ExchangedChartWords = Omit<ChartWords, 'arrows'> & {
  readonly arrows?: readonly (Omit<ChartArrow, 'scenarioId'> & { readonly scenario: number })[];
};

/** The charts' words of `doc` for a file holding `exported`: arrows on scenarios it does not hold are left out. */
export function exchangedCharts(charts: Doc['charts'], exported: readonly Pick<Scenario, 'id'>[]): ExchangeView['charts'] {
  if (!charts) return undefined;
  const index = new Map(exported.map((s, i) => [s.id, i]));
  const out: Record<string, ExchangedChartWords> = {};
  for (const [seriesId, { arrows, ...words }] of Object.entries(charts)) {
    const kept = (arrows ?? []).flatMap(({ scenarioId, ...arrow }) => (index.has(scenarioId) ? [{ ...arrow, scenario: index.get(scenarioId)! }] : []));
    const entry = kept.length ? { ...words, arrows: kept } : words;
    if (Object.keys(entry).length) out[seriesId] = entry;
  }
  return Object.keys(out).length ? out : undefined;
}

/** A file's charts' words with its scenario indices turned into the ids its scenarios were given here. */
export function importedCharts(charts: ExchangeView['charts'], ids: readonly string[]): Record<string, ChartWords> {
  const out: Record<string, ChartWords> = {};
  for (const [seriesId, { arrows, ...words }] of Object.entries(charts ?? {})) {
    const kept = (arrows ?? []).flatMap(({ scenario, ...arrow }) => (ids[scenario] ? [{ ...arrow, scenarioId: ids[scenario]! }] : []));
    out[seriesId] = kept.length ? { ...words, arrows: kept } : words;
  }
  return out;
}

export interface ScenarioFile {
  readonly type: typeof SCENARIO_FILE_TYPE;
  readonly version: typeof FORMAT_VERSIONS.scenarioFile;
  readonly source: string;
  readonly exportedAt: string;
  readonly scenarios: readonly ExchangedScenario[];
  readonly view?: ExchangeView;
  /** Since version 2: the user's own series the scenarios use, each as id and input (io/exchange-series). */
  readonly series?: readonly ExchangedSeries[];
}

export type ImportErrorKind =
  | 'empty'
  | 'too-large'
  | 'not-recognised'
  | 'malformed'
  | 'truncated'
  | 'unknown-format'
  | 'newer-version'
  | 'invalid'
  | 'hostile-text'
  | 'too-many'
  | 'xml-declarations'
  | 'too-slow'
  | 'invalid-series'
  | 'too-many-series'
  /** Scenarios fine, the view they come with (years, currency, exchange rate…) out of range. */
  | 'invalid-view';

export type ImportResult =
  | {
      readonly ok: true;
      readonly scenarios: readonly ExchangedScenario[];
      readonly view?: ExchangeView;
      /** Series of one's own the file carries, each made anew by the series door; absent when none. */
      readonly series?: readonly UserSeries[];
      /** The file was not UTF-8 and was read as GB18030 (io/read-file): the preview says so, its names to be checked. */
      readonly decodedAs?: 'gb18030';
    }
  /** seriesProblem: which series of the file the door refused, and why ('invalid-series' only, when one series is at fault). */
  | { readonly ok: false; readonly error: ImportErrorKind; readonly detail: string; readonly seriesProblem?: SeriesProblem };

/**
 * Migrations from each older file version to the next, in order (OWID's GrapherUrlMigrations way):
 * MIGRATIONS[n] turns a version n+1 file into version n+2. Never edit one that shipped.
 */
export const MIGRATIONS: readonly ((file: unknown) => unknown)[] = [
  // 1 -> 2 (issue 19): version 1 carried no series of one's own; a `series` field in one is not read.
  (file) => {
    const { series: _none, ...rest } = file as Record<string, unknown>;
    return { ...rest, version: 2 };
  },
];

export const MAX_IMPORT_SCENARIOS = 50;
/** The file as JSON text may be at most this long (a full store of 50 scenarios is about 60 KB). */
export const MAX_FILE_CHARS = 1_000_000;
/** Every imported model must draw over the whole range the app can show (YEAR_MIN-YEAR_MAX of state/settings-slice, which io may not import). */
const CHECKED_YEARS = { from: 2015, to: 2050 };
// Deeper than any field of a valid scenario (scenario.uncertainty.ranges.series.param.low is 5).
const MAX_DEPTH = 8;

function exchanged(scenario: Pick<Scenario, 'name' | 'description' | 'models' | 'uncertainty'> & { readonly colorIndex?: number }): ExchangedScenario {
  const { name, description, models, uncertainty, colorIndex } = scenario;
  return { name, description, models, ...(uncertainty ? { uncertainty } : {}), ...(colorIndex !== undefined ? { colorIndex } : {}) };
}

/** `userSeries`: the user's own series; the file carries those its scenarios hold a model for. */
export function toScenarioFile(scenarios: readonly Scenario[], view?: ExchangeView, now: Date = new Date(), userSeries?: Doc['userSeries']): ScenarioFile {
  const series = exchangedSeries(seriesUsedBy(userSeries, scenarios));
  return {
    type: SCENARIO_FILE_TYPE,
    version: SCENARIO_FILE_VERSION,
    source: SCENARIO_FILE_SOURCE,
    exportedAt: now.toISOString(),
    scenarios: scenarios.map(exchanged),
    ...(view ? { view } : {}),
    ...(series.length ? { series } : {}),
  };
}

/** The view of `doc` for a file holding `exported` (some of its scenarios): ids become indices into them. */
export function exchangeViewOf(doc: Doc, exported: readonly Scenario[], settings?: Settings, seriesId?: string): ExchangeView {
  const index = new Map(exported.map((s, i) => [s.id, i]));
  const compared = doc.compared.flatMap((id) => index.get(id) ?? []);
  const focus = index.get(doc.focusId);
  const charts = exchangedCharts(doc.charts, exported);
  return {
    ...(compared.length ? { compared } : {}),
    ...(focus !== undefined ? { focus } : {}),
    ...(settings ? { settings } : {}),
    ...(seriesId ? { seriesId } : {}),
    ...(charts ? { charts } : {}),
  };
}

/** The file as a .json download writes it: indented, so a person can read and diff it. */
export function serializeScenarioFile(file: ScenarioFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Imported scenarios as the store's addScenarios takes them. */
export function asImportedScenarios(scenarios: readonly ExchangedScenario[]): Omit<Scenario, 'id' | 'colorIndex' | 'readOnly'>[] {
  return scenarios.map((s) => ({ ...s, origin: 'import' }));
}

const refuse = (error: ImportErrorKind, detail: string): ImportResult => ({ ok: false, error, detail });

/**
 * THE door for parsed payloads (a .json file, the data inside a PNG or SVG, a share link):
 * check the type and version, migrate, enforce the limits, refuse hostile text, validate the shape,
 * and check every model projects over 2015-2050. Never throws; details never echo the input's text.
 */
export function restoreScenarioFile(input: unknown): ImportResult {
  try {
    return restore(input);
  } catch (error) {
    // Cycles, BigInt, throwing getters: nothing JSON.parse makes, but the door stays shut for them too.
    return refuse('malformed', `cannot be read: ${error instanceof Error ? error.name : 'error'}`);
  }
}

function restore(input: unknown): ImportResult {
  if (input === undefined || input === null || input === '') return refuse('empty', 'nothing to import');
  if (typeof input !== 'object' || Array.isArray(input)) return refuse('unknown-format', 'not a scenario file');
  const envelope = input as { type?: unknown; version?: unknown };
  if (envelope.type === SERIES_FILE_TYPE) return sized(input) ?? restoreSeriesFile(input);
  if (envelope.type !== SCENARIO_FILE_TYPE) return refuse('unknown-format', `not a ${SCENARIO_FILE_TYPE} file`);
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse('invalid', 'version: not a whole number from 1 up');
  if (version > SCENARIO_FILE_VERSION) return refuse('newer-version', `version ${version} > ${SCENARIO_FILE_VERSION}`);
  const large = sized(input);
  if (large) return large;

  let file: unknown = input;
  for (let from = version; from < SCENARIO_FILE_VERSION; from++) file = MIGRATIONS[from - 1]!(file);

  const scenarios = (file as { scenarios?: unknown }).scenarios;
  if (!Array.isArray(scenarios)) return refuse('invalid', 'scenarios: not a list');
  if (scenarios.length === 0) return refuse('empty', 'the file holds no scenarios');
  if (scenarios.length > MAX_IMPORT_SCENARIOS) return refuse('too-many', `${scenarios.length} scenarios > ${MAX_IMPORT_SCENARIOS}`);
  const hostile = hostileText(scenarios, 'scenarios') ?? hostileText((file as { view?: { charts?: unknown } }).view?.charts, 'view.charts');
  if (hostile) return refuse('hostile-text', hostile);

  const parsed = v.safeParse(scenarioFileSchema, file);
  if (!parsed.success) return refuse(v.getDotPath(parsed.issues[0])?.startsWith('view.settings') ? 'invalid-view' : 'invalid', describeIssues(parsed.issues));
  const out = parsed.output;
  for (const [i, scenario] of out.scenarios.entries()) {
    for (const [seriesId, model] of Object.entries(scenario.models)) {
      const path = project(model as ForecastModel, CHECKED_YEARS);
      if (!path.ok) return refuse('invalid', `scenarios.${i}.models.${seriesId}: ${path.error.message}`);
    }
  }
  const restored = out.scenarios.map((s) => exchanged(s as ExchangedScenario));
  const raw = (file as { series?: unknown }).series;
  const list = raw === undefined ? undefined : restoreSeriesList(raw, 'series');
  if (list && !list.ok) return { ...refuse(list.tooMany ? 'too-many-series' : 'invalid-series', list.detail), ...(list.problem ? { seriesProblem: list.problem } : {}) };
  const series = list?.ok && list.series.length ? { series: list.series } : {};
  return out.view ? { ok: true, scenarios: restored, view: out.view as ExchangeView, ...series } : { ok: true, scenarios: restored, ...series };
}

function sized(input: unknown): ImportResult | undefined {
  const size = JSON.stringify(input).length;
  return size > MAX_FILE_CHARS ? refuse('too-large', `${size} characters > ${MAX_FILE_CHARS}`) : undefined;
}

/** Where the first text that may not come in is, e.g. "scenarios.2.name: markup", or undefined. */
function hostileText(root: unknown, rootPath: string): string | undefined {
  const visit = (value: unknown, path: string, depth: number): string | undefined => {
    if (typeof value === 'string') {
      // A scenario's name is one line; descriptions may break lines.
      const problem = textProblem(value, /^scenarios\.\d+\.name$|\.(title|subtitle)$/.test(path) ? 'line' : 'multiline');
      return problem && `${path}: ${problem}`;
    }
    if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return undefined;
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = textProblem(key, 'line');
      if (keyProblem) return `${path}: a key has ${keyProblem}`;
      const found = visit(item, `${path}.${key.slice(0, 40)}`, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return visit(root, rootPath, 0);
}
