import * as v from 'valibot';
import { Dec, exactPercent, formatQuantity, inDomain, project, type Currency, type Localized, type ReportFigure, type Unit } from '../model';
import { crc32 } from './crc32';
import { TEXT_PROBLEM_WORDS, textProblem } from './text-safety';
import { proposeModel } from './user-series-model';
import { MAX_FIGURES, MAX_USER_SERIES, USER_YEARS, type UserSeriesErrorKind, type UserSeriesResult } from './user-series-limits';
import { userSeriesInputSchema, type UserFigureInput, type UserSeriesInput } from './user-series-schema';

export { MAX_FIGURES, MAX_USER_SERIES, USER_YEARS, type UserSeriesError, type UserSeriesErrorKind, type UserSeriesResult } from './user-series-limits';

/**
 * The door for a series a person adds from a report of their own (issue 19, "Your own forecasts").
 * It takes what the UI or a paste (io/paste-figures) gathered and gives back a SeriesDefinition the
 * engine already charts, with a proposed base case (io/user-series-model), or the first thing wrong:
 * a reason, the field at fault as a path ("figures.3.high") and an English sentence, as model/errors
 * does. Never throws; messages never echo the text that came in.
 */

/** The currencies the app converts between (model/units): another well-formed code is refused by name. */
export const CONVERTIBLE_CURRENCIES: readonly Currency[] = ['CNY', 'USD'];

export interface UserSeriesOptions {
  /** The id the series takes (user-…); by default one derived from its content. */
  readonly id?: string;
  /** How many series of their own the person already has, to hold MAX_USER_SERIES. */
  readonly existingCount?: number;
}

const refuse = (kind: UserSeriesErrorKind, field: string, message: string, params: Record<string, string | number> = {}): UserSeriesResult => ({
  ok: false,
  error: { kind, field, message, params },
});

/**
 * What is kept of an input the door took: only the fields it knows (fixtures/formats/README.md), so a field a
 * file carried of its own is not saved and written on into the next file. Call after toUserSeries accepted it.
 */
export function knownFields(input: unknown): unknown {
  const parsed = v.safeParse(userSeriesInputSchema, input);
  return parsed.success ? parsed.output : input;
}

export function toUserSeries(input: unknown, options: UserSeriesOptions = {}): UserSeriesResult {
  try {
    return check(input, options);
  } catch (error) {
    // Throwing getters, proxies: nothing a form or JSON.parse makes, but the door stays shut for them too.
    return refuse('invalid', '', `The series cannot be read (${error instanceof Error ? error.name : 'error'}).`);
  }
}

function check(input: unknown, options: UserSeriesOptions): UserSeriesResult {
  if ((options.existingCount ?? 0) >= MAX_USER_SERIES)
    return refuse('too-many-series', '', `At most ${MAX_USER_SERIES} series of your own.`, { max: MAX_USER_SERIES });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return refuse('not-an-object', '', 'A series is an object of fields.');
  // Counted before the shape is checked, so ten thousand figures are not each looked at first.
  const figures = (input as { figures?: unknown }).figures;
  if (Array.isArray(figures) && figures.length > MAX_FIGURES)
    return refuse('too-many-figures', 'figures', `At most ${MAX_FIGURES} figures in a series (got ${figures.length}).`, { max: MAX_FIGURES, count: figures.length });
  const parsed = v.safeParse(userSeriesInputSchema, input);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue) ?? '';
    const kind = path.startsWith('unit') ? 'unknown-unit' : issue.type === 'max_length' ? 'too-long' : 'invalid';
    return refuse(kind, path, `${path || 'The series'}: expected ${issue.expected ?? 'another value'}.`);
  }
  const series = parsed.output;
  const textFault = hostileText(series);
  if (textFault) return textFault;
  const fieldFault = checkFields(series, options);
  if (fieldFault) return fieldFault;
  const unit = series.unit as Unit;
  for (const [i, figure] of series.figures.entries()) {
    const fault = checkFigure(figure, i, unit);
    if (fault) return fault;
  }
  // Levels: a stated growth rate speaks for a span, not for a year's level, and needs levels to join.
  const numeric = series.figures.flatMap((f, i) => (f.kind === 'statement' || f.quantity === 'cagr' ? [] : [{ year: lastYear(f), i }]));
  if (numeric.length === 0) return refuse('no-figures', 'figures', 'A series needs at least one figure with a number.');
  const firstOf = new Map<number, number>();
  for (const { year, i } of numeric) {
    const first = firstOf.get(year);
    if (first !== undefined)
      return refuse('duplicate-year', `figures.${i}.years`, `Two figures speak for ${year} (figures ${first} and ${i}): keep one.`, { year, first });
    firstOf.set(year, i);
  }
  return build(series, unit, options.id ?? defaultId(series));
}

function lastYear(figure: UserFigureInput): number {
  return figure.years[figure.years.length - 1]!;
}

/** Names and publisher are one line; wordings and conditions may break lines. */
function hostileText(series: UserSeriesInput): UserSeriesResult | undefined {
  const texts: [string, string | undefined, 'line' | 'multiline'][] = [
    ['name.zh', series.name.zh, 'line'],
    ['name.en', series.name.en, 'line'],
    ['source.publisher', series.source.publisher, 'line'],
    ['source.date', series.source.date, 'line'],
    ['source.section', series.source.section, 'line'],
    ...series.figures.flatMap((f, i): [string, string | undefined, 'multiline'][] => [
      [`figures.${i}.wording`, f.wording, 'multiline'],
      [`figures.${i}.condition`, f.condition, 'multiline'],
    ]),
  ];
  for (const [field, text, kind] of texts) {
    const problem = text === undefined ? undefined : textProblem(text, kind);
    if (problem) return refuse('hostile-text', field, `${field} may not hold ${TEXT_PROBLEM_WORDS[problem]}.`, { problem });
  }
  return undefined;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function checkFields(series: UserSeriesInput, options: UserSeriesOptions): UserSeriesResult | undefined {
  if (!series.name.zh?.trim() && !series.name.en?.trim()) return refuse('no-name', 'name', 'A series needs a name in Chinese or English.');
  if (series.unit.kind === 'money' && !CONVERTIBLE_CURRENCIES.includes(series.unit.currency as Currency))
    return refuse('unsupported-currency', 'unit.currency', `The app converts only between ${CONVERTIBLE_CURRENCIES.join(' and ')}.`, {
      currency: series.unit.currency,
    });
  if (!series.source.publisher.trim()) return refuse('no-publisher', 'source.publisher', 'A series needs the publisher of its source.');
  if (!isCalendarDate(series.source.date)) return refuse('bad-date', 'source.date', 'The source date is a year, a month (2024-06) or a day (2024-06-28).');
  if (options.id !== undefined && !/^user-[a-z0-9-]{1,60}$/.test(options.id))
    return refuse('bad-id', 'id', 'A series id of your own is "user-" and up to 60 lowercase letters, digits or dashes.');
  return undefined;
}

function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  // Day 0 of the next month is the last day of this one (UTC, so no time zone moves it).
  return d === undefined || (Number(d) >= 1 && Number(d) <= new Date(Date.UTC(Number(y), month, 0)).getUTCDate());
}

const NUMBERS_OF_KIND: Readonly<Record<UserFigureInput['kind'], readonly ('value' | 'low' | 'high')[]>> = {
  point: ['value'],
  approximate: ['value'],
  'upper-bound': ['value'],
  'lower-bound': ['value'],
  conditional: ['value'],
  range: ['low', 'high'],
  statement: [],
};

/** The kinds a stated growth rate may be: said outright, or "about". */
const RATE_KINDS: readonly UserFigureInput['kind'][] = ['point', 'approximate'];

function checkFigure(figure: UserFigureInput, i: number, unit: Unit): UserSeriesResult | undefined {
  const at = `figures.${i}`;
  const [first, last] = figure.years;
  if (last !== undefined && last < first)
    return refuse('span-reversed', `${at}.years.1`, `A span of years runs forward: ${last} comes before ${first}.`, { from: first, to: last });
  if (figure.quantity === 'cagr') {
    if (last === undefined || last === first)
      return refuse('rate-needs-span', `${at}.years`, 'A growth rate is stated over a span of years (2023-2030).', { year: first });
    if (!RATE_KINDS.includes(figure.kind))
      return refuse('figure-mismatch', `${at}.kind`, 'A growth rate is a point or an approximate figure.', { kind: figure.kind, key: 'kind' });
  }
  for (const [j, year] of figure.years.entries())
    if (year < USER_YEARS.from || year > USER_YEARS.to)
      return refuse('year-out-of-window', `${at}.years.${j}`, `${year} is outside the app's ${USER_YEARS.from}-${USER_YEARS.to}.`, {
        year,
        min: USER_YEARS.from,
        max: USER_YEARS.to,
      });
  const wanted = NUMBERS_OF_KIND[figure.kind];
  for (const key of ['value', 'low', 'high'] as const) {
    const has = figure[key] !== undefined;
    if (has !== wanted.includes(key))
      return refuse('figure-mismatch', `${at}.${key}`, `A ${figure.kind} figure ${has ? 'takes no' : 'needs a'} ${key}.`, { kind: figure.kind, key });
    if (!has) continue;
    const inside = inDomain(figure.quantity === 'cagr' ? 'rate' : 'value', figure[key]!, `${at}.${key}`);
    if (!inside.ok) return refuse('out-of-domain', `${at}.${key}`, inside.error.message, inside.error.params);
    if (unit.kind === 'share' && figure.quantity !== 'cagr' && inside.value.gt(1))
      return refuse('out-of-domain', `${at}.${key}`, `${at}.${key} must be a share of at most 100% (1).`, { domain: 'share', min: '0.001', max: '1' });
  }
  if (figure.kind === 'range' && new Dec(figure.low!).gt(figure.high!))
    return refuse('range-reversed', `${at}.high`, 'A range has its high end below its low end.', { low: figure.low!, high: figure.high! });
  return undefined;
}

/** A stable id from the content: the same series entered twice gets the same id, so a caller can spot it. */
function defaultId(series: UserSeriesInput): string {
  const bytes = new TextEncoder().encode(JSON.stringify(series));
  return `user-${crc32(bytes).toString(16).padStart(8, '0')}`;
}

function both(name: UserSeriesInput['name']): Localized {
  const zh = name.zh?.trim() ?? '';
  const en = name.en?.trim() ?? '';
  return { zh: zh || en, en: en || zh };
}

function reading(figure: UserFigureInput, unit: Unit): Localized {
  const q = (lang: 'zh' | 'en', value: string) => formatQuantity(new Dec(value), unit, lang, unit.kind === 'share' ? {} : { digits: 6 });
  if (figure.quantity === 'cagr') {
    const rate = exactPercent(figure.value!);
    const [from, to] = figure.years;
    const about = figure.kind === 'approximate';
    return { zh: `${from}—${to}年年均复合增速${about ? '约' : ''}${rate}`, en: `${about ? 'About ' : ''}${rate} a year (CAGR), ${from}–${to}` };
  }
  switch (figure.kind) {
    case 'statement':
      return { zh: '无数字', en: 'No figure' };
    case 'range':
      return { zh: `${q('zh', figure.low!)}至${q('zh', figure.high!)}（区间）`, en: `${q('en', figure.low!)} to ${q('en', figure.high!)} (range)` };
    case 'point':
      return { zh: q('zh', figure.value!), en: q('en', figure.value!) };
    case 'approximate':
      return { zh: `约${q('zh', figure.value!)}（约数）`, en: `About ${q('en', figure.value!)} (approximate)` };
    case 'upper-bound':
      return { zh: `不超过${q('zh', figure.value!)}（上限）`, en: `At most ${q('en', figure.value!)} (upper bound)` };
    case 'lower-bound':
      return { zh: `超过${q('zh', figure.value!)}（下限）`, en: `Over ${q('en', figure.value!)} (lower bound)` };
    case 'conditional':
      return { zh: `${q('zh', figure.value!)}（有条件）`, en: `${q('en', figure.value!)} if its condition holds (conditional)` };
  }
}

function build(series: UserSeriesInput, unit: Unit, id: string): UserSeriesResult {
  // In year order, as the report lists its figures; a one-year span ([2026, 2026]) is that year.
  const ordered = series.figures.map((f, i) => ({ f, i })).sort((a, b) => lastYear(a.f) - lastYear(b.f) || a.i - b.i);
  const figures: ReportFigure[] = ordered.map(({ f }, n) => {
    const years: ReportFigure['years'] = f.years.length === 2 && f.years[1] !== f.years[0] ? [f.years[0], f.years[1]!] : [f.years[0]];
    return {
      id: `${id}-${n + 1}`,
      // The series' own level, whatever its unit (a share's figures are its path too): the charts, the
      // audit, the readouts and goal seek read figures of quantity 'level'.
      quantity: f.quantity === 'cagr' ? 'cagr' : 'level',
      years,
      kind: f.kind,
      ...(f.value !== undefined ? { value: new Dec(f.value).toString() } : {}),
      ...(f.low !== undefined ? { low: new Dec(f.low).toString(), high: new Dec(f.high!).toString() } : {}),
      wording: f.wording ?? '',
      reading: reading(f, unit),
      ...(f.condition?.trim() ? { condition: { zh: f.condition.trim(), en: f.condition.trim() } } : {}),
    };
  });
  const proposed = proposeModel(figures, unit);
  if (!proposed.ok) return refuse('no-model', proposed.error.field, proposed.error.message);
  // As the scenario door: whatever comes in draws over every year the app can show.
  const path = project(proposed.value.model, USER_YEARS);
  if (!path.ok) return refuse('no-model', path.error.field, path.error.message);
  const { publisher, date, section } = series.source;
  return {
    ok: true,
    value: {
      id,
      name: both(series.name),
      unit,
      // A section as the number it is: the § or 第…节 typed around it is the exports' to write (第§3.1节).
      section: (section ?? '').trim().replace(/^§+\s*/, '').replace(/^第\s*(.+?)\s*节$/, '$1'),
      citedSource: { zh: `${publisher.trim()}，${date}`, en: `${publisher.trim()}, ${date}` },
      figures,
      baseModel: proposed.value.model,
      notes: proposed.value.notes,
    },
  };
}

export type { UserFigureInput, UserSeriesInput } from './user-series-schema';
