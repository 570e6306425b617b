import type { ChartData, ChartKeyItem, ChartLine, ChartMark } from '../../charts/types';
import { auditSeries, Dec, formatPercent, formatQuantity, type GrowthConflict, type Projection, type Result, type SeriesDefinition } from '../../model';
import type { Scenario, Settings } from '../../state';
import type { Messages } from '../i18n';
import { basisOf, modelErrorText, reportedYears, reportMarks, unitLabel, type SeriesDisplay } from '../shared';

export interface SeriesEntry {
  readonly scenario: Scenario;
  readonly result: Result<Projection> | undefined;
}

export interface BuiltChart {
  readonly data: ChartData;
  /** Scenarios that could not be projected, with the reason in the reader's language. */
  readonly errors: readonly string[];
}

/** A projection as a chart line's points: plain numbers in the displayed unit (`factor`). */
export function linePoints(projection: Projection, factor: number): ChartLine['points'] {
  return projection.map((p) => ({ year: p.year, value: p.value.toNumber() * factor }));
}

/** The report's figures that cannot all be true (a stated CAGR against two amounts), if this series has them. */
export function reportConflict(series: SeriesDefinition): GrowthConflict | null {
  // Worked out once per series: buildChart runs on every frame of a slider drag.
  let found = conflicts.get(series);
  if (found === undefined) conflicts.set(series, (found = auditSeries(series).find((f): f is GrowthConflict => f.type === 'growth-conflict') ?? null));
  return found;
}
const conflicts = new WeakMap<SeriesDefinition, GrowthConflict | null>();

/** The stated CAGR drawn from the first amount to the end year, with what it gives and what the amounts imply. */
function statedRateGuide(conflict: GrowthConflict, display: SeriesDisplay, lang: Settings['lang'], b: Messages['basis']): NonNullable<ChartData['guides']>[number] {
  const factor = display.factor;
  const growth = new Dec(1).plus(conflict.rate.value);
  const points = [];
  for (let year = conflict.base.year; year <= conflict.end.year; year++)
    points.push({ year, value: conflict.base.value.times(growth.pow(year - conflict.base.year)).times(factor).toNumber() });
  const end = formatQuantity(conflict.endFromBase.times(factor), display.unit, lang, { digits: 3, style: display.style });
  return {
    id: `stated-${conflict.rate.figureId}`,
    label: [b.statedLine(formatPercent(conflict.rate.value, 1), end, conflict.end.year, conflict.endRatio.lt(1)), b.impliedLine(formatPercent(conflict.impliedRate, 2))],
    points,
  };
}

const KEY_ORDER = ['point', 'approximate', 'upper-bound', 'lower-bound', 'range', 'conditional'] as const;

/** The key to what this chart draws: solid and dashed where its lines have them, each kind of figure in view (`b`: the words of its series' source). */
export function chartKeyItems(
  marks: readonly ChartMark[],
  hasLines: boolean,
  from: number,
  to: number,
  reported: { readonly from: number; readonly until: number },
  b: Messages['basis'],
): ChartKeyItem[] {
  const items: ChartKeyItem[] = [];
  if (hasLines && from <= reported.until && to >= reported.from) items.push({ kind: 'solid', label: b.key.solid });
  if (hasLines && (to > reported.until || from < reported.from)) items.push({ kind: 'dashed', label: b.key.dashed });
  const shown = new Set(marks.filter((m) => m.years.some((y) => y >= from && y <= to) || (m.years[0] <= from && (m.years[1] ?? m.years[0]) >= to)).map((m) => m.kind));
  for (const kind of KEY_ORDER) if (shown.has(kind)) items.push({ kind, label: b.key[kind] });
  return items;
}

/**
 * The chart of one series for the compared scenarios. Scenarios with the very same model for this
 * series are drawn once, named together, so a series that two scenarios share is not overdrawn.
 */
export function buildChart(series: SeriesDefinition, entries: readonly SeriesEntry[], display: SeriesDisplay, settings: Settings, t: Messages, focusId: string): BuiltChart {
  const lang = settings.lang;
  const factor = display.factor.toNumber();
  const errors: string[] = [];
  const lines: ChartLine[] = [];
  const byModel = new Map<string, { line: ChartLine; names: string[]; members: string[] }>();
  for (const { scenario, result } of entries) {
    if (!result) continue;
    if (!result.ok) {
      errors.push(t.chart.projectionError(scenario.name, modelErrorText(result.error, t)));
      continue;
    }
    const key = JSON.stringify(scenario.models[series.id]);
    const shared = byModel.get(key);
    if (shared) {
      shared.names.push(scenario.name);
      shared.members.push(scenario.id);
      if (scenario.id === focusId) shared.line = { ...shared.line, focus: true };
      continue;
    }
    const line: ChartLine = {
      id: scenario.id,
      name: scenario.name,
      colorIndex: scenario.colorIndex,
      points: linePoints(result.value, factor),
      focus: scenario.id === focusId,
    };
    byModel.set(key, { line, names: [scenario.name], members: [scenario.id] });
  }
  for (const { line, names, members } of byModel.values())
    lines.push({ ...line, name: names.length > 2 ? t.chart.andSame(names[0]!, names.length - 1) : names.join(' = '), members, ...(names.length === 2 ? { names } : {}) });
  const title = series.name[lang];
  // Whose figures these are: the report's, or a series of one's own's source.
  const b = basisOf(t, series);
  const marks = reportMarks(series, display, lang);
  const reported = reportedYears(series);
  const conflict = reportConflict(series);
  return {
    data: {
      title,
      unitLabel: unitLabel(display.unit, t),
      lines,
      marks,
      scale: settings.scale,
      yearFrom: settings.yearFrom,
      yearTo: settings.yearTo,
      reportedFrom: reported.from,
      reportedUntil: reported.until,
      ...(conflict ? { guides: [statedRateGuide(conflict, display, settings.lang, b)] } : {}),
      key: chartKeyItems(marks, lines.length > 0, settings.yearFrom, settings.yearTo, reported, b),
      formatValue: (v: number) => formatQuantity(v, display.unit, lang, { digits: 3, bare: true, style: display.style }),
      description: b.description(title, entries.length, settings.yearFrom, settings.yearTo),
    },
    errors,
  };
}
