import { Dec, formatCompact, type Lang, type UnitStyle } from '../../model';

/** How a value in force is written back into its text box, precise enough to read back unchanged; `sign` a currency's. */
export function valueText(lang: Lang, style: UnitStyle, sign = ''): (value: string) => string {
  return (value) => {
    try {
      return sign + formatCompact(new Dec(value), lang, { digits: 6, style });
    } catch {
      return value;
    }
  };
}

export function rateText(value: string): string {
  try {
    return `${new Dec(value).times(100).toSignificantDigits(6).toFixed()}%`;
  } catch {
    return value;
  }
}

export function numberText(value: string): string {
  try {
    return new Dec(value).toSignificantDigits(6).toFixed();
  } catch {
    return value;
  }
}

export const yearText = (value: string): string => value;
