import { toUserSeries } from '../../../src/io/user-series';
import type { UserSeries } from '../../../src/state';

/**
 * A series of one's own used by the series tests: 100亿 in 2024, 400亿 in 2026. By hand, the proposed
 * path doubles each year, so 200亿 = 20,000,000,000 yuan in 2025.
 */
export const MARKET = {
  name: { zh: '智能音箱市场', en: 'Smart speaker market' },
  unit: { kind: 'money', currency: 'CNY' },
  source: { publisher: 'Some Securities', date: '2025-01' },
  figures: [
    { years: [2024], kind: 'point', value: '10000000000', wording: '100亿' },
    { years: [2026], kind: 'point', value: '40000000000', wording: '400亿' },
  ],
};

/**
 * A series of one's own whose stated rate outruns its amounts: 10亿 (2023), 16亿 (2025) and 30% a year over 2024–2025.
 * By hand: the amounts imply (16/10)^(1/2) − 1 = 26.49% a year; at 30%, 10亿 × 1.3² = 16.9亿, more than the 16亿 stated.
 */
export const OUTRUN = {
  name: { zh: '某市场', en: 'A market' },
  unit: { kind: 'money', currency: 'CNY' },
  source: { publisher: 'Some Securities', date: '2025-01' },
  figures: [
    { years: [2023], kind: 'point', value: '1000000000', wording: '10亿' },
    { years: [2025], kind: 'point', value: '1600000000', wording: '16亿' },
    { years: [2024, 2025], kind: 'point', quantity: 'cagr', value: '0.3', wording: '30%' },
  ],
};

/** A series of one's own as the store keeps it: what was entered, and the definition the door made of it. */
export function ownSeries(input: object, id?: string): UserSeries {
  const made = toUserSeries(input, id ? { id } : {});
  if (!made.ok) throw new Error(`${id ?? 'series'}: ${made.error.kind}: ${made.error.message}`);
  return { input, definition: made.value };
}
