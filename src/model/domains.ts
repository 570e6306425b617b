import { Dec, type NumberLike } from './decimal';
import { fail, ok, type Result } from './errors';
import type { ForecastModel, ModelType } from './types';
import { toDecimal } from './validate';

/**
 * The plausible domain of every number a user can type, import or open: the engine accepts far more
 * (any rate above -100 %, any positive value), but a number outside these domains is a slip of the
 * keyboard or a hostile file, not a forecast. Inputs are refused outside them before the engine sees
 * them, and a saved state or a file that passes its schema holds only numbers inside them, so whatever
 * it holds renders. Each domain says why it stops where it does (`reason`); the UI words it by `kind`.
 */
export type DomainKind = 'rate' | 'value' | 'year' | 'midpoint' | 'steepness' | 'exchange-rate';

export interface Domain {
  /** Inclusive ends, as exact decimal strings. */
  readonly min: string;
  readonly max: string;
  /** Why the domain ends there, in English (the UI has its own words for each kind). */
  readonly reason: string;
}

export const DOMAINS: Readonly<Record<DomainKind, Domain>> = {
  rate: {
    min: '-0.99',
    max: '10',
    reason: 'a growth rate between -99% and +1,000% a year: beyond them a market all but vanishes or grows elevenfold every year',
  },
  value: {
    min: '0.001',
    max: '1e15',
    reason: "a value between 0.001 and 10^15 of the series' unit (yuan, dollars, people): a thousand times the world's output in a year at most",
  },
  year: { min: '2000', max: '2100', reason: 'a year between 2000 and 2100' },
  midpoint: { min: '2000', max: '2100', reason: "an S-curve's midpoint between 2000 and 2100, like any year of the forecast" },
  steepness: {
    min: '0.001',
    max: '10',
    reason: 'an S-curve steepness between 0.001 and 10 a year: at 10 the curve goes from 1% to 99% of its ceiling within a year',
  },
  'exchange-rate': { min: '0.1', max: '100', reason: 'between 0.1 and 100 yuan to the dollar: it has stayed between 1.5 and 9 since 1949' },
};

/** The number as an exact decimal, or 'out-of-domain' (with min, max and the domain's kind) when it lies outside. */
export function inDomain(kind: DomainKind, input: NumberLike, field: string): Result<Dec> {
  const value = toDecimal(input, field);
  if (!value.ok) return value;
  const { min, max, reason } = DOMAINS[kind];
  if (value.value.lt(min) || value.value.gt(max))
    return fail('out-of-domain', field, `${field} must be ${reason} (got ${shortText(value.value)}).`, { domain: kind, min, max, input: shortText(value.value) });
  return ok(value.value);
}

/** A number as an error can carry it: never thousands of digits (1e9999999999 stays 1e+9999999999). */
function shortText(value: Dec): string {
  return value.abs().gte('1e21') || (value.abs().lt('1e-6') && !value.isZero()) ? value.toExponential(6) : value.toString();
}

const FIELD_DOMAINS: Readonly<Record<ModelType, Readonly<Record<string, DomainKind>>>> = {
  compound: { baseYear: 'year', baseValue: 'value', cagr: 'rate' },
  anchored: { rateBefore: 'rate', rateAfter: 'rate', year: 'year', low: 'value', high: 'value', ceiling: 'value' },
  logistic: { ceiling: 'value', midpoint: 'midpoint', steepness: 'steepness' },
};

/** The domain of a model's parameter by its path ("cagr", "anchors.1.low"), or undefined for a path the model does not have. */
export function paramDomain(modelType: ModelType, path: string): DomainKind | undefined {
  const parts = path.split('.');
  if (parts.length === 3 && parts[0] === 'anchors' && modelType === 'anchored') return FIELD_DOMAINS.anchored[parts[2]!];
  if (parts.length !== 1 || parts[0] === 'year' || parts[0] === 'low' || parts[0] === 'high') return undefined;
  return FIELD_DOMAINS[modelType][parts[0]!];
}

/** Every number of a model checked against its domain: the model itself, or the first number outside. */
export function checkModelDomains(model: ForecastModel): Result<ForecastModel> {
  const check = (path: string, value: NumberLike | undefined): Result<unknown> => {
    if (value === undefined) return ok(undefined);
    const kind = paramDomain(model.type, path);
    return kind ? inDomain(kind, value, path) : ok(undefined);
  };
  const entries: [string, NumberLike | undefined][] =
    model.type === 'compound'
      ? [
          ['baseYear', model.baseYear],
          ['baseValue', model.baseValue],
          ['cagr', model.cagr],
        ]
      : model.type === 'logistic'
        ? [
            ['ceiling', model.ceiling],
            ['midpoint', model.midpoint],
            ['steepness', model.steepness],
          ]
        : [
            ['rateBefore', model.rateBefore],
            ['rateAfter', model.rateAfter],
            ['ceiling', model.ceiling],
            ...model.anchors.flatMap((a, i): [string, NumberLike | undefined][] => [
              [`anchors.${i}.year`, a.year],
              [`anchors.${i}.low`, a.low],
              [`anchors.${i}.high`, a.high],
            ]),
          ];
  for (const [path, value] of entries) {
    const checked = check(path, value);
    if (!checked.ok) return checked;
  }
  return ok(model);
}

/** Whether a decimal string lies inside a domain (for schemas that refuse rather than explain). */
export function isInDomain(kind: DomainKind, input: NumberLike): boolean {
  return inDomain(kind, input, 'value').ok;
}

export const domainBounds = (kind: DomainKind): { readonly min: Dec; readonly max: Dec } => ({ min: new Dec(DOMAINS[kind].min), max: new Dec(DOMAINS[kind].max) });
