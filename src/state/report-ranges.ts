import { auditSeries, DEFAULT_SAMPLES, Dec, paramKind, type ForecastModel, type SeriesDefinition } from '../model';
import { DEFAULT_SEED, type ParamRange, type Uncertainty } from './scenario';
import { rangeMedian } from './uncertainty';

type Ranges = Record<string, ParamRange>;

/** A model with each ranged parameter set to its range's median, so the line in force sits inside its band. */
function atMedians(model: ForecastModel, ranges: Ranges): ForecastModel {
  let next = model;
  for (const [path, range] of Object.entries(ranges)) {
    const kind = paramKind(next.type, path);
    if (!kind.ok) continue;
    const median = rangeMedian(kind.value, range);
    const [head, index, leaf] = path.split('.');
    if (next.type === 'anchored' && head === 'anchors' && leaf) {
      const i = Number(index);
      next = { ...next, anchors: next.anchors.map((a, j) => (j === i ? { ...a, [leaf]: median } : a)) };
    } else next = { ...next, [head!]: median } as ForecastModel;
  }
  return next;
}

/** A sampled range kept 2% inside the report's bound at each end, so P5-P95 stay inside it at any seed (10,000 paths move a P5 by about 0.5%). */
const INSIDE = new Dec('0.02');

/**
 * Users: the base path (anchored, bending into the cited ceiling) with the 2024-2025 range read at its last
 * year as a 90% interval, 153-294 M (150-300 M kept 2% inside), and 2027 at 300-490 M: the 500 M it "could
 * reach" if the market booms as the top (kept 2% under), the 2025 range's high end as the bottom (the app's
 * reading). The range anchor becomes a single value, the sampled one.
 */
function usersRanges(series: SeriesDefinition): { model: ForecastModel; ranges: Ranges } | undefined {
  const model = series.baseModel;
  if (model?.type !== 'anchored' || model.ceiling === undefined) return undefined;
  const ranges: Ranges = {};
  const anchors = model.anchors.map((anchor, i) => {
    const figure = series.figures.find((f) => f.id === anchor.figureId);
    if (figure?.kind === 'range' && figure.low && figure.high) {
      const high = new Dec(figure.high);
      ranges[`anchors.${i}.low`] = { low: new Dec(figure.low).times(INSIDE.plus(1)).toString(), high: high.times(new Dec(1).minus(INSIDE)).toString() };
      return { year: anchor.year, low: anchor.low, ...(anchor.figureId ? { figureId: anchor.figureId } : {}) };
    }
    if (figure?.kind === 'conditional' && figure.value) {
      const previous = series.figures.find((f) => f.kind === 'range' && f.high);
      if (previous?.high) ranges[`anchors.${i}.low`] = { low: previous.high, high: new Dec(figure.value).times(new Dec(1).minus(INSIDE)).toString() };
    }
    return anchor;
  });
  return Object.keys(ranges).length ? { model: { ...model, anchors }, ranges } : undefined;
}

/**
 * Market: "over X" (突破) read as X to 1.5 X and "close to X" (接近) as 0.8 X to X, on the anchors that stand
 * for those figures. The widths are the app's reading, not the report's; "within X" (在…内) stays a cap.
 */
function marketRanges(series: SeriesDefinition): Ranges | undefined {
  const model = series.baseModel;
  if (model?.type !== 'anchored') return undefined;
  const ranges: Ranges = {};
  model.anchors.forEach((anchor, i) => {
    const figure = series.figures.find((f) => f.id === anchor.figureId);
    if (!figure?.value || anchor.high !== undefined) return;
    const value = new Dec(figure.value);
    if (figure.kind === 'lower-bound') ranges[`anchors.${i}.low`] = { low: value.toString(), high: value.times(1.5).toString() };
    if (figure.kind === 'approximate') ranges[`anchors.${i}.low`] = { low: value.times(0.8).toString(), high: value.toString() };
  });
  return Object.keys(ranges).length ? ranges : undefined;
}

/**
 * Text-to-video: the base amount kept, growing at a rate between the stated CAGR and the one the two amounts
 * imply, so the end year's 90% interval runs from "trust base and rate" to "trust both amounts".
 */
function videoRanges(series: SeriesDefinition): { model: ForecastModel; ranges: Ranges } | undefined {
  const conflict = auditSeries(series).find((f) => f.type === 'growth-conflict');
  if (conflict?.type !== 'growth-conflict') return undefined;
  const [low, high] = [conflict.rate.value, conflict.impliedRate].sort((a, b) => a.comparedTo(b));
  const model: ForecastModel = { type: 'compound', baseYear: conflict.base.year, baseValue: conflict.base.value.toString(), cagr: conflict.rate.value.toString() };
  return { model, ranges: { cagr: { low: low!.toString(), high: high!.toSignificantDigits(6).toString() } } };
}

/** The "report's own ranges" scenario: its models at the medians and the ranges they carry, or undefined when a series is missing. */
export function reportRanges(
  series: readonly SeriesDefinition[],
  base: Readonly<Record<string, ForecastModel>>,
): { models: Record<string, ForecastModel>; uncertainty: Uncertainty } | undefined {
  const models: Record<string, ForecastModel> = { ...base };
  const ranges: Record<string, Ranges> = {};
  for (const s of series) {
    if (!s.baseModel) continue;
    const video = s.figures.some((f) => f.quantity === 'cagr') ? videoRanges(s) : undefined;
    const found = video ?? (s.unit.kind === 'people' ? usersRanges(s) : { model: s.baseModel, ranges: marketRanges(s) });
    if (!found?.ranges) continue;
    ranges[s.id] = found.ranges;
    models[s.id] = atMedians(found.model, found.ranges);
  }
  if (Object.keys(ranges).length < 3) return undefined;
  return { models, uncertainty: { ranges, seed: DEFAULT_SEED, samples: DEFAULT_SAMPLES } };
}
