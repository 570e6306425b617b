import * as v from 'valibot';
import { MAX_USER_SERIES } from './user-series-limits';
import { checkModelDomains, FORMAT_VERSIONS, isInDomain, MAX_ANCHORS, MAX_YEAR, MIN_YEAR, type DomainKind, type ForecastModel } from '../model';

/**
 * The shapes of everything that crosses the app's edge, checked when it arrives (fixtures,
 * saved work, later imports). Numbers that must stay exact travel as decimal strings.
 */
export const decimalString = v.pipe(v.string(), v.maxLength(64), v.regex(/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i, 'not a decimal number'));
export const year = v.pipe(v.number(), v.integer(), v.minValue(MIN_YEAR), v.maxValue(MAX_YEAR));

/** Text a person typed or a file carries: no control characters, bounded length. */
export const plainText = (max: number) =>
  // eslint-disable-next-line no-control-regex
  v.pipe(v.string(), v.maxLength(max), v.regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, 'control characters'));

export const localized = v.object({ zh: plainText(2000), en: plainText(2000) });

export const unitSchema = v.variant('kind', [
  v.object({ kind: v.literal('money'), currency: v.picklist(['CNY', 'USD']) }),
  v.object({ kind: v.literal('people') }),
  v.object({ kind: v.literal('share') }),
]);

export const compoundSchema = v.object({
  type: v.literal('compound'),
  baseYear: year,
  baseValue: decimalString,
  cagr: decimalString,
});

export const anchorSchema = v.object({
  year,
  low: decimalString,
  high: v.optional(decimalString),
  figureId: v.optional(plainText(80)),
});

export const anchoredSchema = v.object({
  type: v.literal('anchored'),
  anchors: v.pipe(v.array(anchorSchema), v.minLength(1), v.maxLength(MAX_ANCHORS)),
  through: v.picklist(['low', 'mid', 'high']),
  rateBefore: decimalString,
  rateAfter: decimalString,
  ceiling: v.optional(decimalString),
});

export const logisticSchema = v.object({
  type: v.literal('logistic'),
  ceiling: decimalString,
  midpoint: decimalString,
  steepness: decimalString,
});

/**
 * A decimal inside its plausible domain (model/domains): whatever passes renders, so a saved state or a
 * file holding an exchange rate of 1e-300 is refused here (and set aside with a kept copy), not drawn.
 */
export const domainDecimal = (kind: DomainKind) =>
  v.pipe(
    decimalString,
    v.check((text) => isInDomain(kind, text), `outside the plausible ${kind} domain`),
  );

// Every number of a model inside its domain, with the domain's own sentence when one is not.
const modelShapes = v.variant('type', [compoundSchema, anchoredSchema, logisticSchema]);
export const modelSchema = v.pipe(
  modelShapes,
  v.rawCheck<v.InferOutput<typeof modelShapes>>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const checked = checkModelDomains(dataset.value as ForecastModel);
    if (!checked.ok) addIssue({ message: checked.error.message });
  }),
);

const figureSchema = v.object({
  id: plainText(80),
  quantity: v.picklist(['level', 'cagr', 'share']),
  // Strict: a plain tuple would drop the second year of a span ("2024至2025年") without a word.
  years: v.union([v.strictTuple([year]), v.strictTuple([year, year])]),
  kind: v.picklist(['point', 'upper-bound', 'lower-bound', 'approximate', 'range', 'conditional', 'statement']),
  value: v.optional(decimalString),
  low: v.optional(decimalString),
  high: v.optional(decimalString),
  wording: plainText(2000),
  reading: localized,
  condition: v.optional(localized),
});

export const seriesSchema = v.object({
  id: v.pipe(plainText(80), v.regex(/^[a-z0-9-]+$/, 'series id')),
  name: localized,
  unit: unitSchema,
  section: plainText(40),
  figure: v.optional(plainText(40)),
  citedSource: localized,
  figures: v.array(figureSchema),
  baseModel: v.optional(modelSchema),
  notes: v.optional(localized),
});

const citedValue = v.object({ value: decimalString, source: localized });

export const reportFileSchema = v.object({
  format: v.literal('genai-forecast/report-figures'),
  version: v.literal(FORMAT_VERSIONS.reportFixture),
  report: v.object({ title: localized, publisher: localized, date: v.pipe(v.string(), v.isoDate()) }),
  assumptions: v.object({ usdCny: citedValue, chinaNetizens: citedValue }),
  series: v.array(seriesSchema),
});

export type ReportFile = v.InferOutput<typeof reportFileSchema>;

/** valibot's issues as one readable line: "series.0.figures.2.value: not a decimal number". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

const seriesKey = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/));
const paramPath = v.pipe(v.string(), v.regex(/^[A-Za-z]+(\.\d{1,2}\.[A-Za-z]+)?$/));

export const uncertaintySchema = v.object({
  ranges: v.record(seriesKey, v.record(paramPath, v.object({ low: decimalString, high: decimalString }))),
  seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4294967295)),
  samples: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(100000)),
});

export const scenarioSchema = v.object({
  id: v.pipe(plainText(80), v.minLength(1)),
  name: v.pipe(plainText(120), v.minLength(1)),
  description: plainText(2000),
  readOnly: v.boolean(),
  colorIndex: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)),
  origin: v.picklist(['report', 'preset', 'audit', 'import', 'user']),
  models: v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/)), modelSchema),
  uncertainty: v.optional(uncertaintySchema),
});

// A chart's own words and arrows (state/chart-words); in a file or link an arrow names its scenario by index.
const chartKey = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/));
const arrowFields = { from: year, to: year, kind: v.picklist(['cagr', 'difference']) };
const chartWordsFields = {
  title: v.optional(plainText(200)),
  hideTitle: v.optional(v.boolean()),
  subtitle: v.optional(plainText(300)),
  note: v.optional(plainText(1000)),
  footnote: v.optional(v.boolean()),
  source: v.optional(v.boolean()),
};
export const chartWordsSchema = v.object({
  ...chartWordsFields,
  arrows: v.optional(v.pipe(v.array(v.object({ scenarioId: plainText(80), ...arrowFields })), v.maxLength(10))),
});
export const exchangedChartWordsSchema = v.object({
  ...chartWordsFields,
  arrows: v.optional(v.pipe(v.array(v.object({ scenario: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(49)), ...arrowFields })), v.maxLength(10))),
});
const chartsRecord = <T extends v.GenericSchema>(words: T) =>
  v.pipe(
    v.record(chartKey, words),
    v.check((charts) => Object.keys(charts).length <= 40, 'too many charts'),
  );

export const docSchema = v.pipe(
  v.object({
    scenarios: v.pipe(v.array(scenarioSchema), v.minLength(1), v.maxLength(50)),
    compared: v.pipe(v.array(v.string()), v.maxLength(10)),
    focusId: v.string(),
    charts: v.optional(chartsRecord(chartWordsSchema)),
    // Series of one's own (saved-state version 2): only their shape here; what was entered goes back
    // through the series door when read (io/saved-user-series), and the definition is made anew.
    userSeries: v.optional(v.pipe(v.array(v.object({ input: v.unknown(), definition: v.object({ id: seriesKey }) })), v.maxLength(MAX_USER_SERIES))),
    hidden: v.optional(v.pipe(v.array(seriesKey), v.maxLength(40))),
  }),
  v.check((doc) => new Set(doc.scenarios.map((s) => s.id)).size === doc.scenarios.length, 'duplicate scenario ids'),
  v.check((doc) => doc.compared.every((id) => doc.scenarios.some((s) => s.id === id)), 'compared scenario missing'),
);

export const settingsSchema = v.object({
  lang: v.picklist(['zh', 'en']),
  theme: v.picklist(['light', 'dark']),
  yearFrom: year,
  yearTo: year,
  scale: v.picklist(['linear', 'log']),
  currency: v.picklist(['native', 'CNY', 'USD']),
  usdCny: domainDecimal('exchange-rate'),
  // Optional: saved states and links made before the setting existed have none (saved-state.ts fills it in).
  unitStyle: v.optional(v.picklist(['wan', 'kmb'])),
});

export const savedStateSchema = v.object({ doc: docSchema, settings: settingsSchema });

// The scenario exchange file (io/scenario-file, documented in fixtures/formats/README.md).
// Limits mirror the store's (state/scenario MAX_SCENARIOS, state/doc-slice MAX_COMPARED).
const EXCHANGE_MAX_SCENARIOS = 50;
const EXCHANGE_MAX_COMPARED = 10;
const scenarioIndex = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(EXCHANGE_MAX_SCENARIOS - 1));

export const exchangedScenarioSchema = v.object({
  name: v.pipe(
    plainText(120),
    v.check((name) => name.trim().length > 0, 'blank name'),
  ),
  description: plainText(2000),
  models: v.pipe(
    v.record(seriesKey, modelSchema),
    v.check((models) => Object.keys(models).length <= 40, 'too many models'),
  ),
  uncertainty: v.optional(uncertaintySchema),
  // The sender's palette slot (state/scenario PALETTE_SIZE), kept by the receiver where it is free.
  colorIndex: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9))),
});

export const exchangeViewSchema = v.object({
  compared: v.optional(
    v.pipe(
      v.array(scenarioIndex),
      v.maxLength(EXCHANGE_MAX_COMPARED),
      v.check((list) => new Set(list).size === list.length, 'compared twice'),
    ),
  ),
  focus: v.optional(scenarioIndex),
  settings: v.optional(settingsSchema),
  seriesId: v.optional(seriesKey),
  charts: v.optional(chartsRecord(exchangedChartWordsSchema)),
});

export const scenarioFileSchema = v.pipe(
  v.object({
    type: v.literal('genai-forecast/scenarios'),
    version: v.literal(FORMAT_VERSIONS.scenarioFile),
    source: v.optional(plainText(200)),
    exportedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
    scenarios: v.pipe(v.array(exchangedScenarioSchema), v.minLength(1), v.maxLength(EXCHANGE_MAX_SCENARIOS)),
    view: v.optional(exchangeViewSchema),
  }),
  v.check(
    (file) => (file.view?.compared ?? []).every((i) => i < file.scenarios.length) && (file.view?.focus ?? 0) < file.scenarios.length,
    'view names a scenario the file does not have',
  ),
);
