import type { ForecastModel } from '../model';
import type { ChartWords } from './chart-words';
import type { UserSeries } from './user-series';

/** Where a scenario came from: the report's base case, a ready-made reading, the audit, an import or the user. */
export type ScenarioOrigin = 'report' | 'preset' | 'audit' | 'import' | 'user';

/** A parameter typed as a range ("40% to 70%"): read as a 90% interval (see model/uncertainty). */
export interface ParamRange {
  readonly low: string;
  readonly high: string;
}

/**
 * The uncertain assumptions of a scenario: per series, per parameter path of its model ("cagr",
 * "anchors.1.low"), a range; with the seed and sample count of the simulation, so the same scenario
 * always gives the same bands.
 */
export interface Uncertainty {
  readonly ranges: Readonly<Record<string, Readonly<Record<string, ParamRange>>>>;
  readonly seed: number;
  readonly samples: number;
}

/** A named set of assumptions: one model per forecast series. Projections are never stored, only derived. */
export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly readOnly: boolean;
  readonly colorIndex: number;
  readonly origin: ScenarioOrigin;
  readonly models: Readonly<Record<string, ForecastModel>>;
  readonly uncertainty?: Uncertainty;
}

/** What the user makes and undo walks through: the scenarios and which of them are compared. */
export interface Doc {
  readonly scenarios: readonly Scenario[];
  readonly compared: readonly string[];
  readonly focusId: string;
  /** The user's words and arrows on each chart, by series id (absent: every chart as it comes). */
  readonly charts?: Readonly<Record<string, ChartWords>>;
  /** Series the user added (issue 19), in the order added (absent: none). */
  readonly userSeries?: readonly UserSeries[];
  /** Ids of the series not shown, the report's or the user's (absent: every series shown). */
  readonly hidden?: readonly string[];
}

export const BASE_ID = 'base';
/**
 * The seed a scenario's simulation starts with when its first range is added. A fixed number, stored
 * with the scenario, so a shared link or a reload draws the very same samples (the report's date).
 */
export const DEFAULT_SEED = 20240628;
/** The fewest paths the interface offers (the engine and the saved-state schema accept from 100). */
export const MIN_OFFERED_SAMPLES = 1_000;
export const PALETTE_SIZE = 10;
export const MAX_SCENARIOS = 50;

/** The first palette slot no other scenario uses, so compared scenarios keep distinct colours. */
export function freeColor(scenarios: readonly Scenario[]): number {
  const used = new Set(scenarios.map((s) => s.colorIndex));
  for (let i = 0; i < PALETTE_SIZE; i++) if (!used.has(i)) return i;
  return scenarios.length % PALETTE_SIZE;
}

let counter = 0;
export function newScenarioId(): string {
  counter += 1;
  return `s-${Date.now().toString(36)}-${counter.toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** The longest name and description the saved-state schema (io/schemas) takes, in UTF-16 units as it counts. */
export const MAX_NAME_LENGTH = 120;
export const MAX_DESCRIPTION_LENGTH = 2000;

// The characters the schema's plainText refuses: control characters other than tab and line breaks.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Text as the saved state can hold it: without control characters, and cut to `max` UTF-16 units
 * at a character boundary (never half of an emoji). Made where the state is made, so nothing the
 * app stores is refused by its own loader at the next visit (issue 15).
 */
export function fitText(text: string, max: number): string {
  const clean = text.replace(CONTROL, '');
  if (clean.length <= max) return clean;
  let cut = max;
  const last = clean.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return clean.slice(0, cut);
}

/** One line of text (a name, a chart title): tabs and line breaks become spaces, as the import door wants them. */
export const fitLine = (text: string, max: number): string => fitText(text.replace(/[\t\n\r]+/g, ' '), max);

/** The name a typed scenario name becomes: one line, trimmed, at most MAX_NAME_LENGTH characters ('' if nothing is left). */
export const scenarioName = (typed: string): string => fitLine(typed.trim(), MAX_NAME_LENGTH).trim();

/** Whether another scenario than `id` already has `name` (two alike would read the same in every legend and table). */
export const nameTaken = (name: string, scenarios: readonly Scenario[], id: string): boolean => scenarios.some((s) => s.id !== id && s.name === name);

/** A name that fits with `suffix` after it: the name is shortened, the suffix kept whole. */
const nameWith = (wanted: string, suffix: string) => fitLine(wanted, MAX_NAME_LENGTH - suffix.length).trimEnd() + suffix;

/** "Copy of X", "Copy of X (2)": a name that does not clash with the ones there are, and fits in 120 characters. */
export function uniqueName(wanted: string, scenarios: readonly Scenario[]): string {
  const names = new Set(scenarios.map((s) => s.name));
  const base = nameWith(wanted, '').trim() || 'Scenario';
  if (!names.has(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = nameWith(base, ` (${i})`);
    if (!names.has(candidate)) return candidate;
  }
}
