import { describe, expect, it } from 'vitest';
import { readSavedState } from '../../../src/io/saved-state';
import { restoreScenarioFile, toScenarioFile } from '../../../src/io/scenario-file';
import { decodeShareFragment, encodeShareFragment } from '../../../src/io/share-link';
import { BASE_ID, chartWordsOf, type ChartWords } from '../../../src/state';
import { openShared } from '../../../src/ui/exchange/open-shared';
import { shareState } from '../../../src/ui/exchange/share-state';
import { scenarioSelection } from '../../../src/ui/exchange/export-files';
import { freshStore, inputOf, MARKET, VIDEO } from '../export/fixtures';

const WORDS: ChartWords = { title: '文生视频收入：三种读法', subtitle: 'USD, 2022–2032', note: 'Our reading: the 2030 figure holds.', footnote: false, source: true };

/** A store whose video chart has words and two arrows, one on a scenario of the user's own. */
function annotated() {
  const store = freshStore('en');
  const own = store.getState().createScenario('Mine');
  store.getState().toggleCompared(own);
  store.getState().setChartWords(VIDEO, { ...WORDS, arrows: [{ scenarioId: BASE_ID, from: 2023, to: 2030, kind: 'cagr' }, { scenarioId: own, from: 2025, to: 2028, kind: 'difference' }] });
  store.getState().setChartWords(MARKET, { hideTitle: true });
  return { store, own };
}

describe('a chart’s own words and arrows', () => {
  it('are kept in the document, one undo step each, and only what differs from the defaults is stored', () => {
    const store = freshStore('en');
    store.getState().setChartWords(VIDEO, { title: 'Video', footnote: true, source: true, note: '' });
    expect(store.getState().doc.charts).toEqual({ [VIDEO]: { title: 'Video' } });
    store.getState().setChartWords(VIDEO, { title: '' });
    expect(store.getState().doc.charts).toBeUndefined();
    store.getState().undo();
    expect(chartWordsOf(store.getState().doc, VIDEO)).toEqual({ title: 'Video' });
  });

  it('survive adding, importing and deleting scenarios', () => {
    const { store, own } = annotated();
    const before = store.getState().doc.charts;
    store.getState().createScenario('Another');
    store.getState().addScenarios([{ name: 'Imported', description: '', origin: 'import', models: store.getState().doc.scenarios[0]!.models }]);
    store.getState().deleteScenario(own);
    expect(store.getState().doc.charts).toEqual(before);
  });

  it('come back from saved work exactly', () => {
    const { store } = annotated();
    const saved = JSON.stringify({ state: { doc: store.getState().doc, settings: store.getState().settings }, version: 1 });
    const result = readSavedState(saved);
    if (!result.ok) throw new Error(result.detail);
    expect(result.state.doc.charts).toEqual(store.getState().doc.charts);
  });

  it('travel in a scenario file and a share link, arrows naming their scenario by its place in the file', () => {
    const { store, own } = annotated();
    const input = inputOf(store);
    const { scenarios, view } = scenarioSelection('all', input);
    const index = (id: string) => scenarios.findIndex((s) => s.id === id);
    expect(view.charts?.[VIDEO]?.arrows).toEqual([
      { from: 2023, to: 2030, kind: 'cagr', scenario: index(BASE_ID) },
      { from: 2025, to: 2028, kind: 'difference', scenario: index(own) },
    ]);
    const file = restoreScenarioFile(JSON.parse(JSON.stringify(toScenarioFile(scenarios, view))));
    expect(file.ok && file.view?.charts).toEqual(view.charts);

    // A link holds the compared scenarios only: the arrow on an uncompared scenario stays home.
    const link = decodeShareFragment(encodeShareFragment(shareState(input)));
    if (!link.ok) throw new Error(link.detail);
    const compared = input.compared;
    expect(compared).not.toContain(own);
    // `source: true` is the default, so it is not stored.
    const { source: _source, ...stored } = WORDS;
    expect(link.view?.charts?.[VIDEO]).toEqual({ ...stored, arrows: [{ from: 2023, to: 2030, kind: 'cagr', scenario: compared.indexOf(BASE_ID) }] });
    expect(link.view?.charts?.[MARKET]).toEqual({ hideTitle: true });
  });

  it('arrive with a link opened by someone else, their arrows on the reader’s scenario the link’s one was recognised as', () => {
    const { store } = annotated();
    const link = decodeShareFragment(encodeShareFragment(shareState(inputOf(store))));
    const reader = freshStore('en');
    openShared(reader, link);
    const { doc } = reader.getState();
    const arrows = chartWordsOf(doc, VIDEO).arrows!;
    expect(arrows).toHaveLength(1);
    // The arrow was on the sender's base case: it lands on the reader's own (never copied).
    expect(arrows[0]!.scenarioId).toBe(BASE_ID);
    expect(chartWordsOf(doc, VIDEO).title).toBe(WORDS.title);
  });

  it('refuse markup or control characters in a file’s chart words, and a fiftieth-first scenario index', () => {
    const { store } = annotated();
    const { scenarios, view } = scenarioSelection('all', inputOf(store));
    const hostile = toScenarioFile(scenarios, { ...view, charts: { [VIDEO]: { title: '<img src=x onerror=alert(1)>' } } });
    const refused = restoreScenarioFile(JSON.parse(JSON.stringify(hostile)));
    expect(refused.ok || [refused.error, refused.detail.startsWith('view.charts')]).toEqual(['hostile-text', true]);
    const far = toScenarioFile(scenarios, { ...view, charts: { [VIDEO]: { arrows: [{ scenario: 50, from: 2023, to: 2030, kind: 'cagr' }] } } });
    const invalid = restoreScenarioFile(JSON.parse(JSON.stringify(far)));
    expect(invalid.ok || invalid.error).toBe('invalid');
  });
});
