import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/io/import-door';
import { reportData } from '../../../src/io/report-fixture';
import type { ImportResult } from '../../../src/io/scenario-file';
import { decodeShareFragment } from '../../../src/io/share-link';
import { MAX_USER_SERIES, toUserSeries } from '../../../src/io/user-series';
import { createAppStore } from '../../../src/state';
import { addImported } from '../../../src/ui/exchange/open-shared';
import { hostile, linkOf, scenarioFile, SERIES, seriesFile } from './series-fuzz-seeds';

/**
 * The hostile series of series-fuzz.test.ts one by one, each with the refusal it gets: every fault in a
 * file's series refuses the whole file as 'invalid-series', its detail naming where and the series
 * door's own reason (io/exchange-series restoreSeriesList). Each goes in as a scenario file, a series
 * library file and an s2 link, and the same answer comes back from all three.
 */
function refusal(name: string, n: number): { error: string; detail: string } {
  const answers: ImportResult[] = [
    importText(JSON.stringify(hostile(scenarioFile, name, n))),
    importText(JSON.stringify(hostile(seriesFile, name, n))),
    decodeShareFragment(linkOf(hostile(scenarioFile, name, n))),
  ];
  const [first, ...rest] = answers.map((a) => (a.ok ? { error: 'accepted', detail: JSON.stringify(a.series?.map((u) => u.input)).slice(0, 300) } : { error: a.error, detail: a.detail }));
  for (const other of rest) expect(other).toEqual(first);
  return first!;
}

describe('hostile series in a file or link, each refused for its own reason', () => {
  it.each([
    ['markup in a name', 0, 'series.0.input.name.en: hostile-text'], // <script>alert(1)</script>
    ['markup in a name', 5, 'series.1.input.name.zh: hostile-text'], // &#60;b&#62;
    ['markup in a wording', 1, 'series.1.input.figures.0.wording: hostile-text'], // <img onerror>
    ['markup in a condition or publisher', 2, 'series.0.input.source.publisher: hostile-text'], // "><svg onload>
    ['absurd number', 0, 'series.0.input.figures.0.value: out-of-domain'], // 1e400
    ['absurd number', 2, 'series.0.input.figures.0.value: out-of-domain'], // -5
    ['absurd number', 4, 'series.0.input.figures.0.value: invalid'], // 'NaN'
    ['absurd range end', 1, 'series.1.input.figures.2.high: out-of-domain'], // high = -1e400
    ['a number, not text', 0, 'series.0.input.figures.0.value: invalid'], // 1e308 as a JSON number
    ['ten thousand figures', 0, 'series.0.input.figures: too-many-figures'],
    ['one figure too many', 0, 'series.0.input.figures: too-many-figures'],
    ['duplicate years', 0, 'series.0.input.figures.2.years: duplicate-year'], // a second 2026
    ['range low above high', 0, 'series.1.input.figures.2.high: range-reversed'],
    ['span reversed or out of the years', 0, 'series.1.input.figures.2.years.1: span-reversed'],
    ['span reversed or out of the years', 2, 'series.1.input.figures.2.years.0: year-out-of-window'], // 2051
    ['unknown unit', 0, 'series.0.input.unit.kind: unknown-unit'], // furlongs
    ['unknown currency', 0, 'series.0.input.unit.currency: unsupported-currency'], // EUR
    ['unknown currency', 2, 'series.0.input.unit.currency: unknown-unit'], // usd
    ['bad date', 1, 'series.0.input.source.date: bad-date'], // 2025-02-30
    ['duplicate id', 0, 'series.1.id: a second series user-speakers'],
    ['id not user-', 0, 'series.0.input.id: bad-id'], // speakers
    ['id not user-', 3, 'series.1.input.id: bad-id'], // user-<b>
    ['report series id', 0, 'series.0.input.id: bad-id'], // t2v-revenue-global
    ['report series id', 1, 'series.1.input.id: bad-id'], // t2i-market-cn
    ['id not text or entry not an object', 0, 'series.0: not an object'],
    ['input not an object', 0, 'series.0: not-an-object'],
  ])('%s (variant %i): invalid-series, "%s"', (name, n, detail) => {
    expect(refusal(name, n)).toEqual({ error: 'invalid-series', detail: expect.stringContaining(detail) });
  });

  it('more than MAX_USER_SERIES series: too-many-series, the limit named', () => {
    expect(refusal('more than MAX_USER_SERIES series', 0)).toEqual({ error: 'too-many-series', detail: `series: ${MAX_USER_SERIES + 1} series > ${MAX_USER_SERIES}` });
  });

  // "javascript:alert(1)" is a name like any other (fixtures/formats/README.md lists what the door
  // refuses): the app shows names as text and never makes a link of one, so it comes in as typed.
  it('a name "javascript:alert(1)" is taken as text, as typed', () => {
    expect(refusal('markup in a name', 3).error).toBe('accepted');
  });

  it('a file whose series would take the reader past MAX_USER_SERIES is refused by the app and changes nothing', () => {
    const store = createAppStore({ series: reportData().series, lang: 'en' });
    const own = Array.from({ length: MAX_USER_SERIES - 1 }, (_, i) => {
      const made = toUserSeries(SERIES[0]!.input, { id: `user-mine-${i}` });
      if (!made.ok) throw new Error(made.error.message);
      // Each its own figures, so none is "the same series" as an incoming one.
      return { input: SERIES[0]!.input, definition: { ...made.value, section: `mine ${i}` } };
    });
    store.getState().commit((doc) => ({ ...doc, userSeries: own }));
    const before = JSON.stringify(store.getState().doc);
    const result = importText(JSON.stringify(scenarioFile));
    expect(result.ok).toBe(true);
    expect(addImported(store, result)).toEqual({ kind: 'import-error', error: 'too-many-series', from: 'file' });
    expect(JSON.stringify(store.getState().doc)).toBe(before);
  });
});
