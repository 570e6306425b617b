import type { SeriesDefinition } from '../model';
import type { Doc, Scenario } from './scenario';

/**
 * A series a person added from a report of their own (issue 19): what they entered, as the door
 * (io/user-series toUserSeries) took it, kept to edit it and to pass it through the door again when
 * saved work is read; and the definition the door made of it, which the charts, tables and exports use
 * as they use the report's own series.
 */
export interface UserSeries {
  readonly input: unknown;
  readonly definition: SeriesDefinition;
}

const NONE: readonly UserSeries[] = [];
const NOTHING_HIDDEN: readonly string[] = [];

export const userSeriesOf = (doc: Doc): readonly UserSeries[] => doc.userSeries ?? NONE;
export const hiddenOf = (doc: Doc): readonly string[] => doc.hidden ?? NOTHING_HIDDEN;

/**
 * `scenario` holding a model for each of `series`: one it lacks takes the series' proposed path. The
 * same object when it lacks none.
 */
export function withModelsFor<S extends Pick<Scenario, 'models'>>(scenario: S, series: readonly UserSeries[]): S {
  const missing = series.filter((u) => !scenario.models[u.definition.id]);
  if (!missing.length) return scenario;
  return { ...scenario, models: { ...scenario.models, ...Object.fromEntries(missing.map((u) => [u.definition.id, u.definition.baseModel!])) } };
}

/**
 * The doc with every scenario holding a model for every series of the user's: one that lacks it (a
 * scenario made before the series, a preset, an import) takes the series' proposed path. The same doc
 * when none lacks one, so a change that adds nothing stays no change.
 */
export function withSeriesDefaults(doc: Doc): Doc {
  const own = userSeriesOf(doc);
  if (!own.length) return doc;
  const scenarios = doc.scenarios.map((scenario) => withModelsFor(scenario, own));
  return scenarios.some((s, i) => s !== doc.scenarios[i]) ? { ...doc, scenarios } : doc;
}

/** Every series the app knows: the report's, then the user's in the order they were added. */
export const allSeries = (report: readonly SeriesDefinition[], doc: Doc): SeriesDefinition[] => [...report, ...userSeriesOf(doc).map((u) => u.definition)];

/** The series shown on the page (charts, assumptions, audit, exports): all of them but the hidden ones. */
export const shownSeries = (report: readonly SeriesDefinition[], doc: Doc): SeriesDefinition[] => allSeries(report, doc).filter((s) => !hiddenOf(doc).includes(s.id));
