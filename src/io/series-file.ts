import { FORMAT_VERSIONS } from '../model';
import type { UserSeries } from '../state';
import { exchangedSeries, restoreSeriesList, type ExchangedSeries } from './exchange-series';
import type { ImportResult } from './scenario-file';

/**
 * The series library file (issue 19, "a library of its own"): a person's own series without any
 * scenario, so a team can pass a market model around. Written as `<name>.series.json`; read by content
 * like every import (io/import-door sniffs JSON, and io/scenario-file's door hands this `type` here),
 * each series through the series door. Documented in fixtures/formats/README.md.
 */
export const SERIES_FILE_TYPE = 'genai-forecast/series';
export const SERIES_FILE_VERSION = FORMAT_VERSIONS.seriesFile;
export const SERIES_FILE_NAME = 'forecast-my-series.series.json';

export interface SeriesFile {
  readonly type: typeof SERIES_FILE_TYPE;
  readonly version: typeof FORMAT_VERSIONS.seriesFile;
  readonly source: string;
  readonly exportedAt: string;
  readonly series: readonly ExchangedSeries[];
}

/** Migrations as the scenario file's: SERIES_MIGRATIONS[n] turns version n+1 into n+2. Version 1 is the first. */
export const SERIES_MIGRATIONS: readonly ((file: unknown) => unknown)[] = [];

export function toSeriesFile(series: readonly UserSeries[], source: string, now: Date = new Date()): SeriesFile {
  return { type: SERIES_FILE_TYPE, version: SERIES_FILE_VERSION, source, exportedAt: now.toISOString(), series: exchangedSeries(series) };
}

export const serializeSeriesFile = (file: SeriesFile): string => `${JSON.stringify(file, null, 2)}\n`;

/**
 * A parsed object whose `type` is SERIES_FILE_TYPE (the scenario door has checked that and the size):
 * its version, then each series through the door. Holds no scenarios, so the result's list is empty.
 */
export function restoreSeriesFile(input: object): ImportResult {
  const version = (input as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: 'invalid', detail: 'version: not a whole number from 1 up' };
  if (version > SERIES_FILE_VERSION) return { ok: false, error: 'newer-version', detail: `version ${version} > ${SERIES_FILE_VERSION}` };
  let file: unknown = input;
  for (let from = version; from < SERIES_FILE_VERSION; from++) file = SERIES_MIGRATIONS[from - 1]!(file);
  const raw = (file as { series?: unknown }).series;
  if (Array.isArray(raw) && raw.length === 0) return { ok: false, error: 'empty', detail: 'the file holds no series' };
  const list = restoreSeriesList(raw, 'series');
  if (!list.ok) return { ok: false, error: list.tooMany ? 'too-many-series' : 'invalid-series', detail: list.detail, ...(list.problem ? { seriesProblem: list.problem } : {}) };
  return { ok: true, scenarios: [], series: list.series };
}
