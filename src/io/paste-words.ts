import type { FigureKind } from '../model';

/**
 * The words of a pasted figure table: a year or a span of years, and how a value is qualified, in
 * English and Chinese as reports write them (the report's own: 在百亿内 an upper bound, 突破 a lower
 * bound, 接近 an approximate value, 可能达到 a conditional one).
 */

/** Full-width letters, digits and signs (２０２６，＞) as ASCII, the ideographic space as a space. */
export function ascii(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

// 2026, 2026年, 2026E (a broker's estimate), 2026-2027, 2026—27, 2026至2027年, 2026~27, 2026 to 2027, FY2026.
const YEARS = /^(?:fy\s*)?(\d{4})\s*(?:年|[aefp])?\s*(?:(?:-|–|—|−|~|至|到|to)\s*(?:fy\s*)?(\d{4}|\d{2})\s*(?:年|[aefp])?)?\s*$/i;

/** The year or span of years a cell names, or undefined. A span's second year may drop its century (2026—27). */
export function readYears(cell: string): [number] | [number, number] | undefined {
  const match = YEARS.exec(ascii(cell).trim());
  if (!match) return undefined;
  const first = Number(match[1]);
  if (match[2] === undefined) return [first];
  const second = match[2].length === 2 ? Math.floor(first / 100) * 100 + Number(match[2]) : Number(match[2]);
  return second === first ? [first] : [first, second];
}

// Each kind's words, matched as a whole kind cell (lower-cased, spaces collapsed).
const KIND_WORDS: Readonly<Record<FigureKind, readonly string[]>> = {
  point: ['point', 'exact', 'actual', 'value', '点', '点值', '确数', '实际', '实际值', '='],
  approximate: ['approximate', 'approx', 'approx.', 'about', 'around', 'roughly', 'nearly', 'close to', 'almost', '~', '≈', '约', '约数', '大约', '接近', '近', '将近', '左右'],
  'upper-bound': ['upper-bound', 'upper bound', 'upper', 'at most', 'under', 'below', 'up to', 'within', 'max', 'cap', '≤', '<', '<=', '上限', '不超过', '以内', '内', '以下', '最多', '至多'],
  'lower-bound': ['lower-bound', 'lower bound', 'lower', 'at least', 'over', 'above', 'more than', 'exceeds', 'min', 'floor', '≥', '>', '>=', '下限', '超过', '突破', '以上', '至少', '逾'],
  range: ['range', 'between', '区间', '范围', '之间'],
  conditional: ['conditional', 'if', 'could reach', 'could', 'may reach', 'might reach', 'might', '条件', '有条件', '如果', '若', '可能', '可能达到'],
  statement: ['statement', 'text', 'no figure', '陈述', '定性', '无数字'],
};

const KIND_OF_WORD = new Map(Object.entries(KIND_WORDS).flatMap(([kind, words]) => words.map((w) => [w, kind as FigureKind] as const)));

/** The kind a kind cell names ("约", "upper bound", "突破"), or undefined for a word not known. */
export function kindOfWord(cell: string): FigureKind | undefined {
  return KIND_OF_WORD.get(ascii(cell).trim().toLowerCase().replace(/\s+/g, ' '));
}

// English words must not run on into letters ("under" is not "understated"); signs and Chinese need no gap.
const PREFIXES: readonly [RegExp, FigureKind][] = [
  [/^(?:≤|<=|<|不超过|不足|不到|低于|少于|最多|至多)/, 'upper-bound'],
  [/^(?:under|below|less than|at most|up to|within|no more than)(?![a-z])/i, 'upper-bound'],
  [/^(?:≥|>=|>|超过|突破|逾|至少|不低于|不少于|高于)/, 'lower-bound'],
  [/^(?:over|above|more than|at least|exceeding|exceeds|beyond)(?![a-z])/i, 'lower-bound'],
  [/^(?:可能达到|可能|若达到)/, 'conditional'],
  [/^(?:could reach|could be|may reach|might reach)(?![a-z])/i, 'conditional'],
  [/^(?:约为|约|大约|大概|接近|将近|近|~|≈)/, 'approximate'],
  [/^(?:about|around|approximately|approx\.?|roughly|nearly|close to|almost|c\.|ca\.)(?![a-z])/i, 'approximate'],
];
const SUFFIXES: readonly [RegExp, FigureKind][] = [
  [/(?:以内|之内|内|以下|or less|or below)$/i, 'upper-bound'],
  [/(?:以上|\+|or more|or above|plus)$/i, 'lower-bound'],
  [/(?:左右|上下)$/, 'approximate'],
];

/**
 * A value cell with the words that qualify it taken off ("约1000亿" → "1000亿", approximate;
 * "100亿以内" → "100亿", upper bound), and the kinds they name: none, one, or two that may disagree.
 */
export function stripQualifiers(cell: string): { readonly text: string; readonly kinds: readonly FigureKind[] } {
  let text = ascii(cell).trim();
  const kinds: FigureKind[] = [];
  const prefix = PREFIXES.find(([pattern]) => pattern.test(text));
  if (prefix) {
    text = text.replace(prefix[0], '').trim();
    kinds.push(prefix[1]);
  }
  const suffix = SUFFIXES.find(([pattern]) => pattern.test(text));
  if (suffix) {
    text = text.replace(suffix[0], '').trim();
    kinds.push(suffix[1]);
  }
  return { text, kinds };
}
