import { describe, expect, it } from 'vitest';
import { toUserSeries } from '../../../src/io/user-series';
import { selectSeries } from '../../../src/state';
import { seriesActions } from '../../../src/state/series-actions';
import { deckSpec } from '../../../src/ui/exchange/deck-spec';
import { exportChart } from '../../../src/ui/exchange/export-chart';
import { csvRows } from '../../../src/ui/exchange/export-files';
import { freshStore, inputOf } from '../export/fixtures';
import { MARKET } from './market';


describe('the exports take a series of one\'s own as they take the report\'s', () => {
  it('the CSV, the chart file and the deck hold it, with its exact values and its source', () => {
    const store = freshStore('en');
    const added = seriesActions(store, toUserSeries).add(MARKET);
    if (!added.ok) throw new Error(added.error.message);
    const series = selectSeries(store.getState()).find((s) => s.id === added.id)!;
    const input = inputOf(store);
    const [rows] = csvRows([series], input);
    expect(rows!.seriesName).toBe('Smart speaker market');
    expect(rows!.scenarios[0]!.points.find((p) => p.year === 2025)!.value).toBe('20000000000');
    const chart = exportChart(series, input).data;
    expect(chart.title).toBe('Smart speaker market');
    // Its own publisher and date, never the report's (万联证券, Wanlian Securities).
    expect(chart.sourceLine).toBe('Source: Some Securities, 2025-01.');
    const deck = deckSpec(selectSeries(store.getState()), input);
    expect(JSON.stringify(deck)).toContain('Smart speaker market');
    expect(JSON.stringify(deck)).toContain('Some Securities');
    expect(JSON.stringify(csvRows([series], input))).not.toMatch(/Wanlian|万联/);
  });
});
