import { Dec, formatQuantity, projectAnchored, type Anchor, type ForecastModel, type Lang } from '../../model';
import type { ParamRange, Settings } from '../../state';
import type { Messages } from '../i18n';
import type { ExchangeMessages } from '../i18n/exchange';
import type { SeriesDisplay } from '../shared';

/** A growth rate with its sign, as a footnote writes it: +56.6%. */
function signedRate(text: string): string {
  try {
    const pct = new Dec(text).times(100).toSignificantDigits(4);
    return `${pct.isNeg() ? '−' : '+'}${pct.abs().toFixed()}%`;
  } catch {
    return text;
  }
}

function plain(text: string, digits: number): string {
  try {
    return new Dec(text).toSignificantDigits(digits).toFixed();
  } catch {
    return text;
  }
}

/**
 * One series' model of one scenario in one line of the reader's language, in the display unit:
 * "through 2023 $7.2M, 2030 $2.219B; after 2030 +56.6%/yr". Clauses about years the view does
 * not show are left out.
 */
export function modelSummary(
  model: ForecastModel,
  display: SeriesDisplay,
  settings: Pick<Settings, 'yearFrom' | 'yearTo'>,
  lang: Lang,
  t: Messages,
  x: ExchangeMessages,
  // The scenario's ranges on this series, by parameter path ("cagr", "anchors.1.low"): the line is their median.
  ranges?: Readonly<Record<string, ParamRange>>,
): string {
  const m = x.model;
  const amount = (text: string) => {
    try {
      return formatQuantity(new Dec(text).times(display.factor), display.unit, lang, { digits: 4, style: display.style });
    } catch {
      return text;
    }
  };
  // A parameter typed as a range is written as the median the line takes, with its range.
  const ranged = (path: string, text: string, write: (v: string) => string) => {
    const range = ranges?.[path];
    return range ? m.median(text, write(range.low), write(range.high)) : text;
  };
  const value = (text: string, path: string) => ranged(path, amount(text), amount);
  const rate = (text: string, path: string) => ranged(path, signedRate(text), signedRate);
  // A ceiling of people says so in English too (Chinese writes 人): "1.092B people".
  const ceiling = (text: string) => (display.unit.kind === 'people' && lang === 'en' ? `${text} people` : text);
  switch (model.type) {
    case 'compound':
      return m.compound(model.baseYear, value(model.baseValue, 'baseValue'), rate(model.cagr, 'cagr'));
    case 'logistic':
      return m.logistic(
        ranged('ceiling', ceiling(amount(model.ceiling)), (v) => ceiling(amount(v))),
        ranged('midpoint', plain(model.midpoint, 6), (v) => plain(v, 6)),
        // Six digits, as its field shows it (a fitted 0.852421, not 0.8524).
        ranged('steepness', plain(model.steepness, 6), (v) => plain(v, 6)),
      );
    case 'anchored': {
      const pick = { low: t.assumptions.low, mid: t.assumptions.mid, high: t.assumptions.high }[model.through];
      const anchor = (a: Anchor, i: number) => m.point(a.year, a.high ? m.range(amount(a.low), amount(a.high), pick) : value(a.low, `anchors.${i}.low`));
      const clauses = [m.through(model.anchors.map(anchor).join(m.list))];
      const first = model.anchors[0];
      const last = model.anchors[model.anchors.length - 1];
      if (first && first.year > settings.yearFrom) clauses.push(m.before(first.year, rate(model.rateBefore, 'rateBefore')));
      if (last && last.year < settings.yearTo) clauses.push(m.after(last.year, rate(model.rateAfter, 'rateAfter')));
      if (last && last.year < settings.yearTo && model.ceiling !== undefined) {
        // The rate bends at once (the odds v / (C − v) grow at it): the first year's own growth, so the line is not
        // read as that rate on the value (53.53% on 500M would be 767.6M; the path gives 616.5M, +23.3%).
        const path = projectAnchored(model, { from: last.year, to: last.year + 1 });
        const [at, next] = path.ok ? path.value : [];
        const firstYear = at && next ? signedRate(next.value.div(at.value).minus(1).toString()) : undefined;
        clauses.push(m.bent(ceiling(amount(model.ceiling)), last.year + 1, firstYear));
      }
      return clauses.join(m.clauses);
    }
  }
}

/** The currency setting as the settings bar's select shows it (RMB ¥, USD $, or "as reported"). */
export const currencyText = (currency: Settings['currency'], t: Messages): string =>
  currency === 'CNY' ? 'RMB ¥' : currency === 'USD' ? 'USD $' : t.settings.native;
