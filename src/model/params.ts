import type { Anchor, ForecastModel } from './types';

const FIELDS = {
  compound: ['baseYear', 'baseValue', 'cagr'],
  anchored: ['rateBefore', 'rateAfter', 'ceiling'],
  logistic: ['ceiling', 'midpoint', 'steepness'],
} as const;

const ANCHOR_FIELD = /^anchors\.(0|[1-9]\d{0,3})\.(year|low|high)$/;

/**
 * The model with one parameter, named by its path ('cagr', 'anchors.1.low'), set to `value` as typed
 * (an exact decimal string; a year as a whole number). A path the model does not have leaves it as it
 * is: a field of another model type never writes a stray key.
 */
export function withParam(model: ForecastModel, path: string, value: string): ForecastModel {
  if (model.type === 'anchored') {
    const match = ANCHOR_FIELD.exec(path);
    if (match) {
      const index = Number(match[1]);
      const key = match[2] as 'year' | 'low' | 'high';
      if (index >= model.anchors.length) return model;
      const change: Partial<Anchor> = key === 'year' ? { year: Number(value) } : { [key]: value };
      return { ...model, anchors: model.anchors.map((a, i) => (i === index ? { ...a, ...change } : a)) };
    }
  }
  if (!(FIELDS[model.type] as readonly string[]).includes(path)) return model;
  return { ...model, [path]: path === 'baseYear' ? Number(value) : value };
}
