import { Dec } from './decimal';
import type { Unit } from './units';

export type Lang = 'zh' | 'en';
/** How large numbers are grouped: by 万 and 亿 (10^4, 10^8), or by thousands (K, M, B). A setting of its own, not the language's. */
export type UnitStyle = 'wan' | 'kmb';

/** The grouping a reader of the language expects, the setting's default on a first visit. */
export const defaultUnitStyle = (lang: Lang): UnitStyle => (lang === 'zh' ? 'wan' : 'kmb');

interface Step {
  readonly size: number;
  readonly suffix: string;
}
// Chinese groups by 万 (10^4) and 亿 (10^8); English by thousands.
const ZH_STEPS: readonly Step[] = [
  { size: 1e12, suffix: '万亿' },
  { size: 1e8, suffix: '亿' },
  { size: 1e4, suffix: '万' },
];
const EN_STEPS: readonly Step[] = [
  { size: 1e12, suffix: 'T' },
  { size: 1e9, suffix: 'B' },
  { size: 1e6, suffix: 'M' },
  { size: 1e3, suffix: 'K' },
];

export interface FormatOptions {
  /** Significant digits kept (trailing zeros dropped). Default 4, so 22.19亿 and $2.219B survive. */
  readonly digits?: number;
  /** Leave out the currency or the people noun, for axis ticks whose unit is in the axis title. */
  readonly bare?: boolean;
  /** The grouping (万/亿 or K/M/B); the language's own when absent. */
  readonly style?: UnitStyle;
}

function trimmed(value: Dec, digits: number): string {
  const text = value.toSignificantDigits(digits, Dec.ROUND_HALF_UP).toFixed();
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** A number in the reader's chosen grouping: 1.5亿, 720万 / 150M, 7.2M. */
export function formatCompact(input: Dec | number, lang: Lang, options: FormatOptions = {}): string {
  const value = new Dec(input);
  const digits = options.digits ?? 4;
  const steps = (options.style ?? defaultUnitStyle(lang)) === 'wan' ? ZH_STEPS : EN_STEPS;
  const abs = value.abs();
  // Round first, so 9999.9 shows as 1万 and not as 10000.
  const rounded = abs.toSignificantDigits(digits, Dec.ROUND_HALF_UP);
  const step = steps.find((s) => rounded.gte(s.size));
  const body = step ? trimmed(rounded.div(step.size), digits) + step.suffix : trimmed(rounded, digits);
  return (value.isNeg() && !value.isZero() ? '-' : '') + body;
}

/** A value with its unit, as an analyst writes it: 200亿元, 22.19亿美元, 1.5亿人 / RMB 20B, $2.219B, 150M. */
export function formatQuantity(input: Dec | number, unit: Unit, lang: Lang, options: FormatOptions = {}): string {
  if (unit.kind === 'share') return `${trimmed(new Dec(input).times(100), options.digits ?? 4)}%`;
  const number = formatCompact(input, lang, options);
  if (options.bare) return number;
  if (unit.kind === 'people') return lang === 'zh' ? `${number}人` : number;
  if (lang === 'zh') return unit.currency === 'CNY' ? `${number}元` : `${number}美元`;
  return unit.currency === 'CNY' ? `RMB ${number}` : `$${number}`;
}

/** A rate as a percentage with a fixed number of decimals: 0.566 → "56.6%". */
/** A fraction as a percentage with every digit it has, never rounded: "0.566" → "56.6%" (what a field reads back). */
export const exactPercent = (rate: Dec | string): string => `${new Dec(rate).times(100).toFixed()}%`;

export function formatPercent(rate: Dec | number, decimals = 1): string {
  const text = new Dec(rate).times(100).toFixed(decimals, Dec.ROUND_HALF_UP);
  return `${text === `-${(0).toFixed(decimals)}` ? (0).toFixed(decimals) : text}%`;
}
