import {
  currencyFactor,
  Dec,
  figureYear,
  type Lang,
  type SeriesDefinition,
  type Unit,
  type UnitStyle,
} from '../../model';
import type { Settings } from '../../state';
import type { ChartMark } from '../../charts/types';
import type { Messages } from '../i18n';
import { figureLabel } from './basis-text';

/** How a series is shown under the current settings: its display unit and the factor from its own unit. */
export interface SeriesDisplay {
  readonly unit: Unit;
  readonly factor: Dec;
  /**
   * The series' own unit when money is shown converted to another currency (the report's US dollars shown in
   * RMB): what is marked as the report's is then quoted in it, as the report gave it, not in the conversion.
   */
  readonly own?: Unit;
  /** Large numbers grouped by 万/亿 or K/M/B (the setting, not the language). */
  readonly style: UnitStyle;
}

export function seriesDisplay(series: SeriesDefinition, settings: Settings): SeriesDisplay {
  const style = settings.unitStyle;
  if (series.unit.kind !== 'money' || settings.currency === 'native') return { unit: series.unit, factor: new Dec(1), style };
  let rate: Dec;
  try {
    rate = new Dec(settings.usdCny);
  } catch {
    rate = new Dec(0);
  }
  // A broken rate never reaches the chart: the settings field refuses it, this is the last guard.
  if (!rate.isFinite() || rate.lte(0)) return { unit: series.unit, factor: new Dec(1), style };
  const own = settings.currency !== series.unit.currency && { own: series.unit };
  return { unit: { kind: 'money', currency: settings.currency }, factor: currencyFactor(series.unit.currency, settings.currency, rate), style, ...own };
}

export function unitLabel(unit: Unit, t: Messages): string {
  return unit.kind === 'money' ? t.chart.unit[unit.currency] : t.chart.unit[unit.kind];
}

/** The report's figures of a series as chart marks, in the display unit. */
export function reportMarks(series: SeriesDefinition, display: SeriesDisplay, lang: Lang): ChartMark[] {
  const toNumber = (text: string | undefined) => (text === undefined ? undefined : new Dec(text).times(display.factor).toNumber());
  return series.figures
    .filter((f) => f.quantity === 'level' && f.kind !== 'statement')
    .map((f) => {
      const value = toNumber(f.value);
      const low = toNumber(f.low);
      const high = toNumber(f.high);
      return {
        figureId: f.id,
        kind: f.kind,
        years: f.years,
        ...(value !== undefined ? { value } : {}),
        ...(low !== undefined ? { low } : {}),
        ...(high !== undefined ? { high } : {}),
        label: figureLabel(f, { display, lang }),
      };
    });
}

/**
 * The first and last years the report gives a figure for: lines are solid between them, dashed before
 * (the model run back) and after (its projection). A series with no figures has none: all dashed.
 */
export function reportedYears(series: SeriesDefinition): { readonly from: number; readonly until: number } {
  const years = series.figures.filter((f) => f.quantity === 'level' && f.kind !== 'statement').map(figureYear);
  return years.length ? { from: Math.min(...years), until: Math.max(...years) } : { from: 0, until: 0 };
}
