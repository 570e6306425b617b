import { Dec, formatQuantity, valueBasis, type ForecastModel, type Lang, type Projection, type SeriesDefinition } from '../../model';
import { outside } from './basis-text';
import type { SeriesDisplay } from './series-view';

// A module of its own, a door of src/ui/shared beside its index (eslint.config.js): the table and the CSV, which load
// after the first paint, are its only users; in basis-text, or re-exported by an index, it was on the first load.

/** A scenario's path through one series, as the table and the CSV show it. */
export interface ShownPath {
  readonly name: string;
  readonly model: ForecastModel;
  readonly path: Projection;
}

/**
 * How each scenario shown stands to a figure in its year, as the page's notes say it (one predicate for the table, its
 * copy and the CSV): held on it; read at a value of its own that an approximate or conditional figure allows (≈10M taken
 * as 12M); at a value the figure does not allow, the path held there or not; or not held on it (a fit may still pass
 * through its value). Empty lists where the year is no figure's.
 */
export function figureStanding(series: SeriesDefinition, year: number, shown: readonly ShownPath[]) {
  const standing = { held: [] as ShownPath[], read: [] as (ShownPath & { value: Dec })[], disallowed: [] as ShownPath[], notHeld: [] as ShownPath[] };
  for (const scenario of shown) {
    const value = scenario.path.find((p) => p.year === year)?.value;
    const own = valueBasis(series, scenario.model, year, value);
    if (own?.kind !== 'figure') continue;
    if (own.readAs !== undefined && outside(own.figure, new Dec(own.readAs))) standing.disallowed.push(scenario);
    else if (!own.pinned) standing.notHeld.push(scenario);
    else {
      standing.held.push(scenario);
      const { kind, value: stated } = own.figure;
      if (value && (kind === 'approximate' || kind === 'conditional') && stated !== undefined && !value.eq(stated)) standing.read.push({ ...scenario, value });
    }
  }
  return standing;
}

/** Each reading of its own (≈100B taken as 120B) as the table and the CSV name it: the scenario and its value, shown. */
export const readingItems = (read: readonly (ShownPath & { value: Dec })[], display: SeriesDisplay, lang: Lang, item: (name: string, value: string) => string): string[] =>
  read.map(({ name, value }) => item(name, formatQuantity(value.times(display.factor), display.unit, lang, { digits: 4, bare: !display.own, style: display.style })));
