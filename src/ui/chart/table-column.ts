import { formatPercent, formatQuantity, impliedCagr, valueIn, type Lang, type Projection } from '../../model';
import type { SeriesDisplay } from '../shared';

/** One scenario's column of the table, formatted: what the table renders, computed once per projection. */
export interface TableColumn {
  readonly cells: readonly { readonly year: number; readonly value: string; readonly text: string; readonly diff?: { readonly text: string; readonly down: boolean } }[];
  readonly cagr: string;
}

// Formatting 19 decimals, their differences from the base and a CAGR costs far more than rendering
// strings; projections are cached per model, so a column is keyed by its projection and reused
// until that scenario's model (or the base, the unit, the language or the unit style) changes.
const columns = new WeakMap<Projection, Map<string, TableColumn>>();
const ids = new WeakMap<object, number>();
let nextId = 1;
const idOf = (o: object | undefined) => {
  if (!o) return 0;
  let id = ids.get(o);
  if (id === undefined) ids.set(o, (id = nextId++));
  return id;
};

export function tableColumn(path: Projection, base: Projection | undefined, compareToBase: boolean, display: SeriesDisplay, lang: Lang): TableColumn {
  const key = `${idOf(base)}|${compareToBase}|${display.factor.toString()}|${JSON.stringify(display.unit)}|${lang}|${display.style}`;
  let byKey = columns.get(path);
  if (!byKey) columns.set(path, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  const cells = path.map(({ year, value }) => {
    const baseValue = compareToBase && base ? valueIn(base, year) : undefined;
    const diff = baseValue ? value.div(baseValue).minus(1) : undefined;
    return {
      year,
      value: value.toString(),
      text: formatQuantity(value.times(display.factor), display.unit, lang, { digits: 4, style: display.style }),
      // Differences under 0.05 % round to 0.0 %: not worth a line.
      ...(diff && diff.abs().gte(0.0005) ? { diff: { text: `${diff.isNeg() ? '' : '+'}${formatPercent(diff, 1)}`, down: diff.isNeg() } } : {}),
    };
  });
  const first = path[0];
  const last = path[path.length - 1];
  const rate = first && last && first.year !== last.year ? impliedCagr(first, last) : undefined;
  const column = { cells, cagr: rate?.ok ? formatPercent(rate.value, 1) : '–' };
  byKey.set(key, column);
  return column;
}
