import { FONT, LEADING } from './fonts';
import { markerShapeFor, type MarkerShape } from './markers';
import { textWidth, truncateMiddle, truncateText, wrapText } from './text';
import type { ChartData, ChartLine } from './types';

/** A line of text at a baseline. */
export interface TextLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export interface HeaderLayout {
  readonly title: readonly TextLine[];
  readonly subtitle: readonly TextLine[];
  /** Just below the last header line. */
  readonly bottom: number;
}

export interface LegendItem {
  readonly line: ChartLine;
  readonly name: string;
  readonly shape: MarkerShape;
  /** Left edge of the swatch and the vertical centre of the row. */
  readonly x: number;
  readonly y: number;
}

export interface LegendLayout {
  readonly items: readonly LegendItem[];
  readonly bottom: number;
}

export interface FooterLayout {
  /** The user's own note, in the text colour. */
  readonly note: readonly TextLine[];
  readonly source: readonly TextLine[];
  readonly footnote: readonly TextLine[];
  /** Top of the footer block (the chart's height when there is none). */
  readonly top: number;
}

export const SWATCH = 22;
const SWATCH_GAP = 6;
const ITEM_GAP = 18;

function baselines(lines: readonly string[], x: number, firstBaseline: number, leading: number): TextLine[] {
  return lines.map((text, i) => ({ text, x, y: firstBaseline + i * leading }));
}

export function chartHeader(data: ChartData, pad: number, width: number): HeaderLayout {
  const titleLines = data.title ? wrapText(data.title, FONT.title, width) : [];
  const title = baselines(titleLines, pad, pad + FONT.title * 0.8, LEADING.title);
  let bottom = pad + titleLines.length * LEADING.title;
  const subtitleLines = data.subtitle ? wrapText(data.subtitle, FONT.subtitle, width) : [];
  const subtitle = baselines(subtitleLines, pad, bottom + FONT.subtitle * 0.85, LEADING.subtitle);
  bottom += subtitleLines.length * LEADING.subtitle;
  return { title, subtitle, bottom: titleLines.length + subtitleLines.length ? bottom + 4 : pad / 2 };
}

/** How a legend joins the names of two scenarios that share a line (chart-data writes the same). */
const SHARED = ' = ';

/**
 * Legend entries flow left to right and wrap to new rows; a name too long for a row is cut. When they
 * would take more than `maxRows` rows (ten long scenario names), they are set in equal columns
 * instead, each name cut to its column, so the legend never takes the plot's room.
 */
export function chartLegend(data: ChartData, pad: number, top: number, width: number, maxRows = Infinity): LegendLayout {
  if (!data.legend || data.lines.length === 0) return { items: [], bottom: top };
  // Each name cut to `room`; two different names cut to the same words are cut in their middle instead, keeping
  // their ends, where what tells them apart usually is.
  // A line two scenarios share names both ("A = B"), each cut to its share of the room (the shorter whole if it fits in
  // half); a name cut to the start of another scenario's ("Optimistic: 35% =…" beside "Optimistic: 35% = client A")
  // tells nothing apart, and is cut in its middle.
  const own = data.lines.flatMap((line) => line.names ?? [line.name]);
  const joined = ([a, b]: readonly string[], room: number) => {
    const avail = room - textWidth(SHARED, FONT.legend);
    const first = Math.max(avail / 2, avail - textWidth(b!, FONT.legend));
    return `${truncateMiddle(a!, FONT.legend, first)}${SHARED}${truncateMiddle(b!, FONT.legend, avail - Math.min(first, textWidth(a!, FONT.legend)))}`;
  };
  const one = (line: ChartLine, room: number) => {
    if (line.names?.length === 2 && textWidth(line.name, FONT.legend) > room) return joined(line.names, room);
    const name = truncateText(line.name, FONT.legend, room);
    const seen = name.slice(0, -1);
    return name !== line.name && own.some((other) => other !== line.name && !line.names?.includes(other) && other.startsWith(seen)) ? truncateMiddle(line.name, FONT.legend, room) : name;
  };
  const cut = (room: number) => {
    const full = data.lines.map((line) => line.name);
    const clash = (names: readonly string[], i: number) => names.some((other, k) => k !== i && other === names[i] && full[k] !== full[i]);
    const names = data.lines.map((line) => one(line, room));
    const middle = names.map((name, i) => (clash(names, i) ? truncateMiddle(full[i]!, FONT.legend, room) : name));
    // Alike at both ends too ("…optimistic case for the client deck", "…pessimistic case…"): from where they differ.
    return middle.map((name, i) => {
      if (!clash(middle, i)) return name;
      const other = full.find((o, k) => k !== i && o !== full[i] && middle[k] === name)!;
      let same = 0;
      while (full[i]![same] === other[same]) same++;
      return truncateText(`…${full[i]!.slice(Math.max(0, same - 3))}`, FONT.legend, room);
    });
  };
  const flowing = cut(width - SWATCH - SWATCH_GAP);
  const rowTop = top + 8;
  const rowY = (row: number) => rowTop + row * LEADING.legend + LEADING.legend / 2;
  const items: LegendItem[] = [];
  let x = pad;
  let row = 0;
  for (const [i, line] of data.lines.entries()) {
    const name = flowing[i]!;
    const itemWidth = SWATCH + SWATCH_GAP + textWidth(name, FONT.legend);
    if (x > pad && x + itemWidth > pad + width) {
      x = pad;
      row += 1;
    }
    items.push({ line, name, shape: markerShapeFor(line.colorIndex), x, y: rowY(row) });
    x += itemWidth + ITEM_GAP;
  }
  if (row + 1 <= maxRows) return { items, bottom: rowTop + (row + 1) * LEADING.legend };
  const rows = Math.max(1, maxRows);
  const columns = Math.ceil(data.lines.length / rows);
  const column = width / columns;
  const inColumns = cut(column - SWATCH - SWATCH_GAP - ITEM_GAP / 2);
  const gridded = data.lines.map((line, i): LegendItem => ({
    line,
    name: inColumns[i]!,
    shape: markerShapeFor(line.colorIndex),
    x: pad + Math.floor(i / rows) * column,
    y: rowY(i % rows),
  }));
  return { items: gridded, bottom: rowTop + Math.min(rows, data.lines.length) * LEADING.legend };
}

/**
 * The note, the source line and the assumptions under the chart, in at most `room` pixels: when they
 * do not all fit, the assumptions are cut first (the last line kept ends in "…"), then the note,
 * then the source, so the plot keeps its share of the image whatever the footnote holds.
 */
export function chartFooter(data: ChartData, pad: number, width: number, height: number, room = Infinity): FooterLayout {
  const wrap = (text: string | undefined) => (text ? wrapText(text, FONT.footer, width) : []);
  // The block is its lines, the padding under them and a gap of 10 over them.
  let free = Math.max(0, Math.floor((room - pad + 4 - 10) / LEADING.footer));
  const take = (lines: string[]) => {
    const kept = lines.slice(0, free);
    if (kept.length < lines.length && kept.length) kept[kept.length - 1] = truncateText(`${kept[kept.length - 1]!}…`, FONT.footer, width);
    free -= kept.length;
    return kept;
  };
  // Whole paragraphs while they fit, then one line counting those left out (never one cut mid-sentence).
  const takeWhole = (text: string | undefined, more: (left: number) => string) => {
    const paragraphs = text ? text.split('\n').map((p) => wrap(p)) : [];
    const all = paragraphs.flat();
    if (all.length <= free) {
      free -= all.length;
      return all;
    }
    const kept: string[] = [];
    let whole = 0;
    // The count of what is left out, wrapped (cut, it would lose where the rest is): room is kept for it.
    const reserve = wrap(more(paragraphs.length)).length;
    while (whole < paragraphs.length && kept.length + paragraphs[whole]!.length + reserve <= free) kept.push(...paragraphs[whole++]!);
    // Not even the first (the exchange rate, else the scenario in focus) whole: as much of it as there is room for, cut
    // with "…" after its last whole clause (never inside a number: "after 203…"), then the count.
    // A cut that would keep no more than the scenario's name ("Text-to-video growth scenario,…": a comma of the name)
    // keeps nothing: the count says it.
    if (whole === 0 && free >= reserve + 1) {
      const part = paragraphs[0]!.slice(0, free - reserve);
      const last = part[part.length - 1]!;
      const clause = /^(.*[;；,，、])[^;；,，、]*$/.exec(last.slice(0, -1));
      const end = clause ? `${clause[1]!.trimEnd()}…` : truncateText(`${last}…`, FONT.footer, width);
      const shown = [...part.slice(0, -1), end.slice(0, -1)].join(' ');
      const colon = paragraphs[0]!.join(' ').search(/: |：/);
      if (colon < 0 || shown.length > colon + 2) {
        kept.push(...part.slice(0, -1), end);
        whole = 1;
      }
    }
    // The count of lines left out whole, if any (one paragraph cut with its "…" is all there was, otherwise).
    if (free > kept.length && whole < paragraphs.length) {
      const count = wrap(more(paragraphs.length - whole));
      kept.push(...(count.length <= free - kept.length ? count : [truncateText(count.join(' '), FONT.footer, width)]));
    }
    free -= kept.length;
    return kept;
  };
  const sourceLines = take(wrap(data.sourceLine));
  const noteLines = take(wrap(data.note));
  const footnoteLines = data.footnoteMore ? takeWhole(data.footnote, data.footnoteMore) : take(wrap(data.footnote));
  const count = noteLines.length + sourceLines.length + footnoteLines.length;
  if (count === 0) return { note: [], source: [], footnote: [], top: height - pad / 2 };
  const top = height - pad - count * LEADING.footer + 4;
  const first = top + FONT.footer * 0.85;
  return {
    note: baselines(noteLines, pad, first, LEADING.footer),
    source: baselines(sourceLines, pad, first + noteLines.length * LEADING.footer, LEADING.footer),
    footnote: baselines(footnoteLines, pad, first + (noteLines.length + sourceLines.length) * LEADING.footer, LEADING.footer),
    top: top - 10,
  };
}
