import { parseInput, parseRange, type FieldKind } from '../../io/parse-input';
import { readYears } from '../../io/paste-words';
import type { UserFigureInput, UserSeriesInput } from '../../io/user-series';
import { Dec, exactPercent, formatCompact, type Currency, type FigureKind, type Lang, type UnitStyle } from '../../model';

/**
 * The series form as typed (strings, as the fields hold them), and its reading into what the series
 * door (io/user-series) takes. Values are read as every other field reads them (io/parse-input: 1.5亿,
 * 300万, 2.2B, 56.6%, full-width digits); each one that cannot be read is named with its field, all at
 * once, before the door is asked about the rest.
 */
export type UnitKind = UserSeriesInput['unit']['kind'];

export type RowKind = FigureKind | 'cagr';

export interface FigureRow {
  /** Stable across edits, for React's keys and the fields' ids. */
  readonly key: number;
  readonly years: string;
  /** A figure's kind, or 'cagr': a growth rate a year stated over the span (quantity 'cagr', a point). */
  readonly kind: RowKind;
  /** One value, or low–high for a range. */
  readonly value: string;
  readonly wording: string;
  /** What a conditional figure depends on ("if the market keeps its growth"). */
  readonly condition?: string;
}

export interface SeriesForm {
  readonly nameZh: string;
  readonly nameEn: string;
  readonly unit: UnitKind;
  readonly currency: string;
  readonly publisher: string;
  readonly date: string;
  readonly section: string;
  readonly figures: readonly FigureRow[];
}

/** Something to fix, by field: a typed value's reason (parse-input's kinds) or the form's and door's own. */
export interface FormProblem {
  /** The form's field: name.zh, source.date, figures.2.value … ('' for the series as a whole). */
  readonly field: string;
  readonly from: 'input' | 'series';
  readonly kind: string;
  readonly params: Readonly<Record<string, string | number>>;
}

let nextKey = 1;
export const emptyRow = (): FigureRow => ({ key: nextKey++, years: '', kind: 'point', value: '', wording: '' });

export const emptyForm = (): SeriesForm => ({ nameZh: '', nameEn: '', unit: 'money', currency: 'CNY', publisher: '', date: '', section: '', figures: [emptyRow()] });

/** How a value of this unit is read: an amount in its currency, a count of people, a share in percent as its unit says (56.6% and 56.6 → 0.566). */
export function valueField(unit: UnitKind, currency: string): { kind: FieldKind; currency?: Currency } {
  if (unit === 'people') return { kind: 'count' };
  if (unit === 'share') return { kind: 'rate' };
  return currency === 'CNY' || currency === 'USD' ? { kind: 'amount', currency } : { kind: 'amount' };
}

/** A door's field path as the form's field: the years of a span and the ends of a range are one field each. */
export function formField(path: string): string {
  const figure = /^figures\.(\d+)\.(years|value|low|high|kind|wording|condition)/.exec(path);
  if (figure) return `figures.${figure[1]}.${figure[2] === 'low' || figure[2] === 'high' ? 'value' : figure[2]}`;
  if (path.startsWith('unit')) return 'unit';
  if (path === 'name' || path.startsWith('name.') || path.startsWith('source.') || path === 'figures') return path === 'name' ? 'name.zh' : path;
  return '';
}

/** How a growth rate's row says it is about: the sign its row is shown with (≈), or the words a person types. */
const APPROXIMATE_RATE = /^\s*(?:≈|~|约|大约|接近|about|approx\.?|around)\s*/i;

const trimmed = (text: string): string | undefined => (text.trim() ? text.trim() : undefined);

function readFigure(row: FigureRow, i: number, field: ReturnType<typeof valueField>, problems: FormProblem[]): UserFigureInput | undefined {
  const years = readYears(row.years);
  if (!years) problems.push({ field: `figures.${i}.years`, from: 'series', kind: 'year-unreadable', params: {} });
  // A condition belongs to a conditional figure only: one typed before the kind was changed is left out.
  const condition = row.kind === 'conditional' ? trimmed(row.condition ?? '') : undefined;
  const words = { ...(trimmed(row.wording) ? { wording: row.wording.trim() } : {}), ...(condition ? { condition } : {}) };
  if (row.kind === 'statement') return years && { years, kind: 'statement', ...words };
  const at = `figures.${i}.value`;
  if (row.kind === 'range') {
    const range = parseRange(row.value, field.kind, field.currency);
    if (!range.ok) {
      problems.push(range.kind === 'not-a-range' ? { field: at, from: 'series', kind: 'not-a-range', params: {} } : { field: at, from: 'input', kind: range.kind, params: {} });
      return undefined;
    }
    if (range.reversed) problems.push({ field: at, from: 'series', kind: 'range-reversed', params: {} });
    return years && { years, kind: 'range', low: range.low, high: range.high, ...words };
  }
  if (row.kind === 'cagr') {
    // A rate whatever the series' unit: 56.6% → 0.566; "约30%" or "≈30%" a rate stated as about 30%.
    const about = APPROXIMATE_RATE.exec(row.value);
    const rate = parseInput(about ? row.value.slice(about[0].length) : row.value, 'rate');
    if (!rate.ok) problems.push({ field: at, from: 'input', kind: rate.kind, params: {} });
    return years && rate.ok ? { years, kind: about ? 'approximate' : 'point', quantity: 'cagr', value: rate.value, ...words } : undefined;
  }
  const value = parseInput(row.value, field.kind, field.currency);
  if (!value.ok) {
    const isRange = parseRange(row.value, field.kind, field.currency).ok;
    problems.push(isRange ? { field: at, from: 'series', kind: 'not-one-value', params: {} } : { field: at, from: 'input', kind: value.kind, params: {} });
    return undefined;
  }
  return years && { years, kind: row.kind, value: value.value, ...words };
}

/** The form as the door's input, or every typed value that cannot be read. */
export function readForm(form: SeriesForm): { ok: true; input: UserSeriesInput } | { ok: false; problems: readonly FormProblem[] } {
  const problems: FormProblem[] = [];
  const field = valueField(form.unit, form.currency);
  // What an empty form lacks is told at once, with its values, not one round at a time (the door checks
  // these too, and the rest: a date written wrong, a name too long).
  if (!trimmed(form.nameZh) && !trimmed(form.nameEn)) problems.push({ field: 'name.zh', from: 'series', kind: 'no-name', params: {} });
  if (!trimmed(form.publisher)) problems.push({ field: 'source.publisher', from: 'series', kind: 'no-publisher', params: {} });
  if (!trimmed(form.date)) problems.push({ field: 'source.date', from: 'series', kind: 'bad-date', params: {} });
  const figures = form.figures.map((row, i) => readFigure(row, i, field, problems));
  if (problems.length) return { ok: false, problems };
  const unit: UserSeriesInput['unit'] = form.unit === 'money' ? { kind: 'money', currency: form.currency } : { kind: form.unit };
  const name = { ...(trimmed(form.nameZh) ? { zh: form.nameZh.trim() } : {}), ...(trimmed(form.nameEn) ? { en: form.nameEn.trim() } : {}) };
  const source = { publisher: form.publisher.trim(), date: form.date.trim(), ...(trimmed(form.section) ? { section: form.section.trim() } : {}) };
  return { ok: true, input: { name, unit, source, figures: figures as UserFigureInput[] } };
}

/** How a figure's value is written into its field: a stored decimal string to the text a person types. */
export type ValueText = (value: string) => string;

/** Values as stored: plain digits, which every field reads. */
export const plainText: ValueText = (value) => value;

/**
 * Values as the person typed them, in their grouping (100亿, 1000万 / 10B, 10M) and a share as a
 * percentage (0.566 → 56.6%), exactly: when the short form would not read back to the very same
 * number, the plain digits stay.
 */
export function typedText(unit: UnitKind, currency: string, lang: Lang, style: UnitStyle): ValueText {
  const field = valueField(unit, currency);
  return (value) => {
    try {
      const exact = new Dec(value);
      const text = unit === 'share' ? exactPercent(exact) : formatCompact(exact, lang, { digits: 64, style });
      const back = parseInput(text, field.kind, field.currency);
      return back.ok && new Dec(back.value).eq(exact) ? text : value;
    } catch {
      return value;
    }
  };
}

/** A series of the user's own back in the form, to edit it, each value written by `text`. */
export function formOf(input: UserSeriesInput, text: ValueText = plainText): SeriesForm {
  const unit = input.unit;
  return {
    nameZh: input.name.zh ?? '',
    nameEn: input.name.en ?? '',
    unit: unit.kind,
    currency: unit.kind === 'money' ? unit.currency : 'CNY',
    publisher: input.source.publisher,
    date: input.source.date,
    section: input.source.section ?? '',
    figures: input.figures.map((f) => rowOf(f, text)),
  };
}

/** A figure (typed before, or read from a paste) as a row of the form. */
export function rowOf(figure: UserFigureInput, text: ValueText = plainText): FigureRow {
  const cagr = figure.quantity === 'cagr';
  const value = cagr
    ? `${figure.kind === 'approximate' ? '≈' : ''}${exactPercent(figure.value ?? '0')}`
    : figure.kind === 'range'
      ? `${text(figure.low ?? '')}–${text(figure.high ?? '')}`
      : text(figure.value ?? '');
  return {
    key: nextKey++,
    years: figure.years.join('-'),
    kind: cagr ? 'cagr' : figure.kind,
    value,
    wording: figure.wording ?? '',
    ...(figure.condition ? { condition: figure.condition } : {}),
  };
}
