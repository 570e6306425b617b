import { Dec } from './decimal';
import { fail, ok, type Result } from './errors';
import { toPositive } from './validate';

export type Currency = 'CNY' | 'USD';

/** What a series counts: money in a currency, people, or a share of a whole. */
export type Unit = { readonly kind: 'money'; readonly currency: Currency } | { readonly kind: 'people' } | { readonly kind: 'share' };

export interface Quantity {
  readonly value: Dec;
  readonly unit: Unit;
}

/**
 * The default exchange rate: the PBOC central parity of 28 June 2024, the report's date
 * (中国外汇交易中心受权公布人民币汇率中间价：1 美元对人民币 7.1268 元).
 */
export const DEFAULT_USD_CNY = '7.1268';

/** Converts money between RMB and USD at `cnyPerUsd` yuan to the dollar; other units pass through unchanged. */
export function convert(quantity: Quantity, to: Currency, cnyPerUsdInput: string | Dec): Result<Quantity> {
  if (quantity.unit.kind !== 'money')
    return fail('currency-mismatch', 'currency', 'Only money can be converted to another currency.', { unit: quantity.unit.kind });
  const rate = toPositive(cnyPerUsdInput, 'exchangeRate');
  if (!rate.ok) return rate;
  const from = quantity.unit.currency;
  if (from === to) return ok(quantity);
  const value = from === 'USD' ? quantity.value.times(rate.value) : quantity.value.div(rate.value);
  return ok({ value, unit: { kind: 'money', currency: to } });
}

/** The factor that turns a value in `from` into `to` (1 when they agree). */
export function currencyFactor(from: Currency, to: Currency, cnyPerUsd: Dec): Dec {
  if (from === to) return new Dec(1);
  return from === 'USD' ? cnyPerUsd : new Dec(1).div(cnyPerUsd);
}
