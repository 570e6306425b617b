import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/io/import-door';
import { restoreScenarioFile, serializeScenarioFile, toScenarioFile } from '../../../src/io/scenario-file';
import { serializeSeriesFile, toSeriesFile } from '../../../src/io/series-file';
import { decodeShareFragment, encodeShareFragment } from '../../../src/io/share-link';
import { MAX_USER_SERIES, toUserSeries } from '../../../src/io/user-series';
import { renameScenarioSeries } from '../../../src/io/exchange-series';
import { project, type ForecastModel, type SeriesDefinition } from '../../../src/model';
import { BASE_ID, selectSeries, userSeriesOf, type AppStore } from '../../../src/state';
import { seriesActions } from '../../../src/state/series-actions';
import { addImported, openShared, planImport } from '../../../src/ui/exchange/open-shared';
import { shareState } from '../../../src/ui/exchange/share-state';
import { freshStore, inputOf } from '../export/fixtures';
import { MARKET, ownSeries } from '../series/market';

/**
 * Series of one's own travelling with their scenarios (issue 19): a scenario file v2, an s2 link and the
 * series library file carry each series as its id and what was entered; the reader's door makes it
 * anew, one the reader has is not copied, an id taken by another series is renamed and the scenarios
 * follow, and the whole import is one undo step.
 */

/** A sender with MARKET added and a scenario "Fast" on constant growth of 50 % a year from 100亿 in 2024. */
function sender(lang: 'en' | 'zh' = 'en') {
  const store = freshStore(lang);
  const added = seriesActions(store, toUserSeries).add(MARKET);
  if (!added.ok) throw new Error(added.error.message);
  const id = store.getState().createScenario('Fast');
  store.getState().setModel(id, added.id, { type: 'compound', baseYear: 2024, baseValue: '10000000000', cagr: '0.5' });
  store.getState().commit((doc) => ({ ...doc, compared: [BASE_ID, id], focusId: id }));
  return { store, seriesId: added.id, scenarioId: id };
}

const input = (store: AppStore) => ({ ...inputOf(store), userSeries: userSeriesOf(store.getState().doc) });
const linkOf = (store: AppStore) => decodeShareFragment(encodeShareFragment(shareState(input(store))));

/** The value of `seriesId` in `year` under the scenario called `name`, as the engine projects it. */
function valueIn(store: AppStore, name: string, seriesId: string, year: number): string {
  const state = store.getState();
  const series = selectSeries(state).find((s) => s.id === seriesId) as SeriesDefinition;
  const scenario = state.doc.scenarios.find((s) => s.name === name)!;
  const projected = project(scenario.models[seriesId]!, { from: year, to: year });
  if (!projected.ok) throw new Error('no projection');
  expect(series.unit).toEqual(MARKET.unit);
  return projected.value[0]!.value.toFixed();
}

describe('a link carrying a series of one’s own', () => {
  it('brings the series and its scenario to a reader who had neither: 100亿 × 1.5² = 225亿 in 2026 (by hand)', () => {
    const { store, seriesId } = sender();
    const link = linkOf(store);
    expect(link.ok && link.series?.map((u) => u.definition.id)).toEqual([seriesId]);
    const reader = freshStore('en');
    const notice = openShared(reader, link);
    expect(notice).toMatchObject({ kind: 'shared', count: 1, series: { count: 1, present: 0 } });
    expect(userSeriesOf(reader.getState().doc).map((u) => u.definition)).toEqual(userSeriesOf(store.getState().doc).map((u) => u.definition));
    expect(valueIn(reader, 'Fast', seriesId, 2026)).toBe('22500000000');
  });

  it('is one undo step: series, scenarios and the view come and go together', () => {
    const { store } = sender();
    const reader = freshStore('en');
    const before = reader.getState().doc;
    openShared(reader, linkOf(store));
    expect(reader.getState().doc).not.toEqual(before);
    reader.getState().undo();
    expect(reader.getState().doc).toEqual(before);
    reader.getState().redo();
    expect(userSeriesOf(reader.getState().doc)).toHaveLength(1);
    expect(reader.getState().doc.scenarios.map((s) => s.name)).toContain('Fast');
  });

  it('opened again, copies neither the series nor the scenario', () => {
    const { store } = sender();
    const reader = freshStore('en');
    openShared(reader, linkOf(store));
    const after = reader.getState().doc;
    expect(openShared(reader, linkOf(store))).toMatchObject({ kind: 'shared', count: 0, series: { count: 0, present: 1 } });
    expect(userSeriesOf(reader.getState().doc)).toEqual(userSeriesOf(after));
    expect(reader.getState().doc.scenarios).toEqual(after.scenarios);
  });

  it('renames a series whose id the reader uses for another, and the scenario follows it', () => {
    const { store, seriesId } = sender();
    const reader = freshStore('en');
    // The reader's own series under the same id, with other figures: 50亿 in 2024, 80亿 in 2026.
    const other = { ...MARKET, figures: [MARKET.figures[0]!, { ...MARKET.figures[1]!, value: '8000000000', wording: '80亿' }] };
    reader.getState().commit((doc) => ({ ...doc, userSeries: [ownSeries(other, seriesId)] }));
    openShared(reader, linkOf(store));
    const ids = userSeriesOf(reader.getState().doc).map((u) => u.definition.id);
    expect(ids).toEqual([seriesId, `${seriesId}-2`]);
    const fast = reader.getState().doc.scenarios.find((s) => s.name === 'Fast')!;
    expect(fast.models[`${seriesId}-2`]).toEqual({ type: 'compound', baseYear: 2024, baseValue: '10000000000', cagr: '0.5' });
    expect(valueIn(reader, 'Fast', `${seriesId}-2`, 2026)).toBe('22500000000');
    // Two series that differ must not read alike on the page: the one added takes the name with " (2)".
    const names = userSeriesOf(reader.getState().doc).map((u) => u.definition.name);
    expect(names[1]!.zh).toBe(`${MARKET.name.zh} (2)`);
    expect(names[0]!.zh).toBe(MARKET.name.zh);
  });

  it('opened twice, the version added as “… (2)” is found again: nothing is copied a second time', () => {
    const { store, seriesId } = sender();
    const reader = freshStore('en');
    const other = { ...MARKET, figures: [MARKET.figures[0]!, { ...MARKET.figures[1]!, value: '8000000000', wording: '80亿' }] };
    reader.getState().commit((doc) => ({ ...doc, userSeries: [ownSeries(other, seriesId)] }));
    openShared(reader, linkOf(store));
    const after = reader.getState().doc;
    const again = openShared(reader, linkOf(store));
    expect(userSeriesOf(reader.getState().doc)).toHaveLength(2);
    expect(reader.getState().doc.scenarios).toEqual(after.scenarios);
    expect(again).toMatchObject({ kind: 'shared', count: 0, series: { count: 0, present: 1 } });
  });

  it('the preview’s plan names the different version it adds by its name of its own', () => {
    const { store, seriesId } = sender('zh');
    const reader = freshStore('zh');
    const other = { ...MARKET, figures: [MARKET.figures[0]!, { ...MARKET.figures[1]!, value: '8000000000', wording: '80亿' }] };
    reader.getState().commit((doc) => ({ ...doc, userSeries: [ownSeries(other, seriesId)] }));
    const plan = planImport(reader.getState().doc, reader.getState().reportSeries, { scenarios: [], series: (linkOf(store) as { series?: never }).series });
    const [entry] = plan.series.ok ? plan.series.entries : [];
    expect(entry).toMatchObject({ kind: 'new', renamedFrom: seriesId });
    expect(entry!.kind === 'new' && entry!.series.definition.name.zh).toBe(`${MARKET.name.zh} (2)`);
  });

  it('is refused, changing nothing, when the reader’s series and the link’s would pass the limit', () => {
    const { store } = sender();
    const reader = freshStore('en');
    const fill = Array.from({ length: MAX_USER_SERIES }, (_, i) => ownSeries({ ...MARKET, name: { en: `Market ${i}` } }, `user-market-${i}`));
    reader.getState().commit((doc) => ({ ...doc, userSeries: fill }));
    const before = reader.getState().doc;
    expect(openShared(reader, linkOf(store))).toEqual({ kind: 'import-error', error: 'too-many-series', from: 'link' });
    expect(reader.getState().doc).toBe(before);
  });
});

describe('a scenario file and a series library file carrying series', () => {
  it('a scenario file v2 holds only the series its scenarios use, and adds them in one undo step', () => {
    const { store, seriesId } = sender('zh');
    const state = store.getState();
    const fast = state.doc.scenarios.filter((s) => s.name === 'Fast');
    const file = toScenarioFile(fast, undefined, new Date('2024-06-28T08:00:00Z'), userSeriesOf(state.doc));
    expect(file.version).toBe(2);
    expect(file.series).toEqual([{ id: seriesId, input: MARKET }]);
    // The report's scenarios alone name no series of one's own, and so carry none.
    expect(toScenarioFile(state.doc.scenarios.filter((s) => s.id === BASE_ID).map((s) => ({ ...s, models: { ...s.models, [seriesId]: undefined as never } })), undefined, undefined, userSeriesOf(state.doc)).series).toBeUndefined();

    const reader = freshStore('en');
    const before = reader.getState().doc;
    const result = importText(serializeScenarioFile(file));
    expect(addImported(reader, result)).toMatchObject({ kind: 'imported', count: 1, series: { count: 1, present: 0 } });
    expect(valueIn(reader, 'Fast', seriesId, 2026)).toBe('22500000000');
    reader.getState().undo();
    expect(reader.getState().doc).toEqual(before);
  });

  it('a series library file adds the series alone, with every scenario on its proposed path', () => {
    const { store, seriesId } = sender();
    const text = serializeSeriesFile(toSeriesFile(userSeriesOf(store.getState().doc), 'genai-media-forecast', new Date('2024-06-28T08:00:00Z')));
    expect(JSON.parse(text)).toEqual({
      type: 'genai-forecast/series',
      version: 1,
      source: 'genai-media-forecast',
      exportedAt: '2024-06-28T08:00:00.000Z',
      series: [{ id: seriesId, input: MARKET }],
    });
    const reader = freshStore('en');
    expect(addImported(reader, importText(text))).toEqual({ kind: 'series-added', count: 1, present: 0 });
    // The proposed path through 100亿 (2024) and 400亿 (2026) doubles each year: 200亿 in 2025 (tests/unit/series/market.ts).
    expect(valueIn(reader, 'Report base case', seriesId, 2025)).toBe('20000000000');
  });

  it('a file whose series the door refuses is refused whole, naming where', () => {
    const { store } = sender();
    const file = JSON.parse(serializeScenarioFile(toScenarioFile(store.getState().doc.scenarios, undefined, undefined, userSeriesOf(store.getState().doc))));
    file.series[0].input.figures[1].value = '-5';
    const result = restoreScenarioFile(file);
    expect(result.ok ? 'accepted' : [result.error, result.detail.split(':')[0]]).toEqual(['invalid-series', 'series.0.input.figures.1.value']);
  });
});

describe('scenarios recognised whatever series of their own the two sides have', () => {
  it('a link without the reader’s own series still finds the reader’s base: it is not copied', () => {
    const plain = freshStore('en');
    const id = plain.getState().createScenario('Video 55%');
    plain.getState().setModel(id, 't2v-revenue-global', { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.55' });
    plain.getState().commit((doc) => ({ ...doc, compared: [BASE_ID, id], focusId: id }));
    const { store: reader } = sender();
    const before = reader.getState().doc.scenarios.length;
    // The reader's base holds the proposed path of their series; the link's base lacks it and would take that path.
    expect(openShared(reader, linkOf(plain))).toMatchObject({ kind: 'shared', count: 1, present: 1 });
    expect(reader.getState().doc.scenarios).toHaveLength(before + 1);
  });

  it('the preview says what Add does: the link’s base, with the incoming series’ proposed path, is the reader’s base', () => {
    const { store } = sender();
    const reader = freshStore('en');
    const link = linkOf(store);
    if (!link.ok) throw new Error(link.detail);
    const state = reader.getState();
    const plan = planImport(state.doc, state.reportSeries, link);
    expect(plan.scenarios.map((e) => e.kind)).toEqual(['present', 'new']);
    expect(openShared(reader, link)).toMatchObject({ kind: 'shared', count: 1, present: 1 });
  });

  it('the same link opened again after the reader edited its series: the base and the presets are the reader’s, not copied as “(2)”', () => {
    // Found by use: the link's series came in again as "… (2)" (right: the reader's is another version now), and with
    // it the read-only base and all four presets as editable copies, the comparison switched to them. The link's
    // scenarios say nothing of the reader's edited series; on everything they do say, the base and presets are the
    // reader's. "Fast" holds its own 50% for the link's series, which the reader's copy has for the edited one only.
    const { store } = sender();
    const link = linkOf(store);
    const reader = freshStore('en');
    expect(openShared(reader, link)).toMatchObject({ kind: 'shared', count: 1 });
    const seriesId = userSeriesOf(reader.getState().doc)[0]!.definition.id;
    const edited = { ...MARKET, figures: [MARKET.figures[0], { ...MARKET.figures[1], value: '50000000000', wording: '500亿' }] };
    expect(seriesActions(reader, toUserSeries).replace(seriesId, edited).ok).toBe(true);
    const before = reader.getState().doc.scenarios.map((s) => s.name);
    const state = reader.getState();
    const plan = planImport(state.doc, state.reportSeries, link.ok ? link : { scenarios: [] });
    expect(plan.scenarios.map((e) => e.kind)).toEqual(['present', 'new']);
    expect(openShared(reader, link)).toMatchObject({ kind: 'shared', count: 1, present: 1 });
    expect(reader.getState().doc.scenarios.map((s) => s.name)).toEqual([...before, 'Fast (2)']);
    expect(reader.getState().doc.scenarios.filter((s) => s.readOnly)).toHaveLength(1);
  });

  it('a scenario of a series that came in under a new id holds its anchors on that series’ figures, not on the reader’s', () => {
    // The door names a series' figures after it (user-x-1 of user-x): a link's scenario renamed to the new id
    // user-x-2 kept anchors naming user-x-1, a figure of the reader's own version. By hand: user-x-1 → user-x-2-1.
    const model = { type: 'anchored', through: 'mid', rateBefore: '1', rateAfter: '1', anchors: [
      { year: 2024, low: '1', figureId: 'user-x-1' },
      { year: 2026, low: '4', figureId: 'user-x-2' },
      { year: 2027, low: '5' },
    ] } as const;
    const renamed = renameScenarioSeries<{ models: Record<string, ForecastModel> }>({ models: { 'user-x': model, 'user-y': { ...model } } }, { 'user-x': 'user-x-2' });
    expect(Object.keys(renamed.models)).toEqual(['user-x-2', 'user-y']);
    expect((renamed.models['user-x-2'] as typeof model).anchors.map((a) => 'figureId' in a ? a.figureId : undefined)).toEqual(['user-x-2-1', 'user-x-2-2', undefined]);
    expect(renamed.models['user-y']).toEqual(model);
  });
});
