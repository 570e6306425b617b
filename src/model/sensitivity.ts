import { fail, ok, type Result } from './errors';
import type { ForecastModel } from './types';
import { readRanges, toFloatModel, toSlot, type ParamRanges } from './uncertain-model';
import { toYear } from './validate';

export interface TornadoBar {
  /** The parameter path ("cagr", "anchors.1.low"). */
  readonly param: string;
  /** The output in the year with this parameter at the low end of its range, all others at the model's values. */
  readonly low: number;
  /** The same with this parameter at the high end. */
  readonly high: number;
  /** The output with every parameter at the model's values. */
  readonly base: number;
}

/**
 * One-at-a-time sensitivity: the output in `year` with each uncertain parameter alone at the low and at the
 * high end of its range, the widest swing |high - low| first (ties in parameter order). A parameter that
 * lowers the output as it grows (a later midpoint) has low above high.
 */
export function tornado(model: ForecastModel, ranges: ParamRanges, year: number): Result<TornadoBar[]> {
  if (typeof year !== 'number') return fail('not-a-number', 'year', 'A tornado needs a year.', { input: typeof year });
  const when = toYear(year, 'year');
  if (!when.ok) return when;
  const floats = toFloatModel(model);
  if (!floats.ok) return floats;
  const params = readRanges(model, ranges);
  if (!params.ok) return params;
  const out = new Float64Array(1);
  const valueWith = (slot: number, value: number): number => {
    const columns = Array.from(floats.value.slots, (v, i) => Float64Array.of(i === slot ? value : v));
    floats.value.prepare(columns);
    floats.value.fillYear(columns, when.value, out);
    return out[0]!;
  };
  const base = valueWith(-1, 0);
  const bars = params.value.map(({ path, kind, slot, dist }) => ({
    param: path,
    low: valueWith(slot, toSlot(kind, dist.p5)),
    high: valueWith(slot, toSlot(kind, dist.p95)),
    base,
  }));
  const lost = bars.find((bar) => ![bar.low, bar.high, bar.base].every((v) => v > 0 && Number.isFinite(v)));
  if (lost) return fail('not-finite', lost.param, `The output in ${when.value} leaves the numbers a float can hold.`, { year: when.value });
  // Array.prototype.sort is stable: equal swings keep readRanges' path order.
  return ok(bars.sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low)));
}
