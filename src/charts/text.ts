/**
 * Text measured without a layout engine (jsdom has none, and measuring would cost a reflow):
 * 0.6em per Latin character and 1em per CJK or full-width one, a slight overestimate by design.
 */

// CJK radicals to Yi, compatibility ideographs, Hangul, full-width forms and CJK punctuation.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

export function isWide(char: string): boolean {
  return WIDE.test(char);
}

/** Approximate rendered width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += WIDE.test(char) ? 1 : 0.6;
  return em * fontSize;
}

// Closing punctuation never starts a line (Chinese line-breaking rule, 避头点).
const NO_LINE_START = /^[，。、；：？！）》」』】〉,.;:?!)\]}%％]$/;

// Chinese units a number keeps on its line (1.66亿美元, 2030年): a unit after a number, or after the units that follow one.
const UNITS = '万亿元美人年月日倍个';
const UNIT = new RegExp(`^[${UNITS}]$`);
const AFTER_NUMBER = new RegExp(`[\\d.][${UNITS}]*$`);

/** Breakable pieces: a Latin word with its trailing spaces, or a single CJK character. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const char of text) {
    // A number keeps its Chinese unit on its line: 1.66亿美元, 2030年 (never "1.66" at a line's end).
    if (UNIT.test(char) && AFTER_NUMBER.test(word)) {
      word += char;
      continue;
    }
    if (WIDE.test(char) && !NO_LINE_START.test(char)) {
      if (word) out.push(word);
      word = char;
      out.push(word);
      word = '';
    } else if (NO_LINE_START.test(char) && !word && out.length) {
      out[out.length - 1] += char;
    } else if (char === ' ' || char === '\t') {
      word += ' ';
      out.push(word);
      word = '';
    } else {
      word += char;
    }
  }
  if (word) out.push(word);
  return out;
}

/** Greedy word wrap to `maxWidth`; a word longer than a line is split by characters. */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const piece of pieces(paragraph)) {
      if (textWidth((line + piece).trimEnd(), fontSize) <= maxWidth) {
        line += piece;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      line = '';
      for (const char of piece) {
        if (line && textWidth(line + char, fontSize) > maxWidth) {
          lines.push(line.trimEnd());
          line = '';
        }
        line += char;
      }
      line = line.trimStart();
    }
    if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  }
  return lines;
}

/** `text` cut with an ellipsis so it fits `maxWidth`. */
export function truncateText(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let out = '';
  for (const char of text) {
    if (textWidth(`${out}${char}…`, fontSize) > maxWidth) break;
    out += char;
  }
  return `${out.trimEnd()}…`;
}

/**
 * `text` cut in its middle with an ellipsis so it fits `maxWidth`: its start and as much of its end as fits, for
 * names that share their first words ("Text-to-video…optimistic 70% CAGR" beside "Text-to-video…the 2030 end").
 */
export function truncateMiddle(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  let head = '';
  let tail = '';
  let i = 0;
  let j = chars.length - 1;
  while (i < j && textWidth(`${head}${chars[i]}…`, fontSize) <= maxWidth / 3) head += chars[i++];
  while (j >= i && textWidth(`${head}…${chars[j]}${tail}`, fontSize) <= maxWidth) tail = chars[j--] + tail;
  return `${head.trimEnd()}…${tail.trimStart()}`;
}
