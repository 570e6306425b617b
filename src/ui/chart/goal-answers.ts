import { Dec, figureYear, type FigureKind, type ForecastModel, type Projection, type SeriesDefinition } from '../../model';
import { yearReaching } from '../../model/crossing';

/** How the report words a start: a bound, an approximation, a condition, one end of a range, or a plain figure. */
export type StartWording = Exclude<FigureKind, 'range' | 'statement'> | 'range-low' | 'range-high';

/** Where goal seek grows from: a figure of the report, or the focus scenario's modelled value in a year. */
export interface GoalStart {
  readonly key: string;
  readonly year: number;
  /** In the series' own unit. */
  readonly value: Dec;
  readonly source: 'report' | 'model';
  /** For a report figure, how the report words it (百亿内 is at most, 突破 more than, 约 about …). */
  readonly wording?: StartWording;
}

/**
 * The starts goal seek offers for a target year: the report's level figures before that year (a range
 * by each of its ends), then the focus scenario's value in each year before it. A start must lie before
 * the target year, since no growth rate joins two levels in the same year.
 */
export function goalStarts(series: SeriesDefinition, path: Projection | undefined, targetYear: number): GoalStart[] {
  const starts: GoalStart[] = [];
  for (const f of series.figures) {
    if (f.quantity !== 'level' || f.kind === 'statement') continue;
    const year = figureYear(f);
    if (year >= targetYear) continue;
    const values: [string | undefined, StartWording][] =
      f.kind === 'range' ? [[f.low, 'range-low'], [f.high, 'range-high']] : [[f.value, f.kind as StartWording]];
    for (const [v, wording] of values)
      if (v !== undefined) starts.push({ key: `report:${f.id}:${v}`, year, value: new Dec(v), source: 'report', wording });
  }
  starts.sort((a, b) => a.year - b.year || a.value.cmp(b.value));
  for (const point of path ?? []) {
    if (point.year >= targetYear) break;
    starts.push({ key: `model:${point.year}`, year: point.year, value: point.value, source: 'model' });
  }
  return starts;
}

/** The report's latest figure before the target year, else the modelled value in `fallbackYear` (or the last one offered). */
export function defaultStart(starts: readonly GoalStart[], fallbackYear: number): GoalStart | undefined {
  const report = starts.filter((s) => s.source === 'report');
  const latest = report.filter((s) => s.year === report[report.length - 1]?.year)[0];
  if (latest) return latest;
  const modelled = starts.filter((s) => s.source === 'model');
  return modelled.find((s) => s.year === fallbackYear) ?? modelled[modelled.length - 1];
}

/** When one scenario's curve reaches the target, in words a person reads at once. */
export type CrossingAnswer =
  | { readonly kind: 'reaches'; readonly year: number }
  | { readonly kind: 'already'; readonly year: number }
  | { readonly kind: 'ceiling'; readonly ceiling: Dec }
  | { readonly kind: 'not-by'; readonly year: number };

export function crossingAnswer(model: ForecastModel, target: Dec, fromYear: number): CrossingAnswer {
  const until = Math.min(2100, fromYear + 100);
  const crossing = yearReaching(model, target, fromYear, until);
  if (crossing.ok) return { kind: crossing.value.year === fromYear ? 'already' : 'reaches', year: crossing.value.year };
  const ceiling = crossing.error.params.ceiling;
  return ceiling !== undefined ? { kind: 'ceiling', ceiling: new Dec(ceiling) } : { kind: 'not-by', year: until };
}

const answerKey = (a: CrossingAnswer): string => (a.kind === 'ceiling' ? `ceiling:${a.ceiling.toString()}` : `${a.kind}:${a.year}`);

/** Scenarios whose answer is the same, one group each, in the order they first appear. */
export function groupAnswers(answers: readonly { readonly name: string; readonly answer: CrossingAnswer }[]) {
  const groups = new Map<string, { names: string[]; answer: CrossingAnswer }>();
  for (const { name, answer } of answers) {
    const key = answerKey(answer);
    const group = groups.get(key);
    if (group) group.names.push(name);
    else groups.set(key, { names: [name], answer });
  }
  return [...groups.values()];
}
