import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../src/io/import-door';
import { reportData } from '../../../src/io/report-fixture';
import { toUserSeries } from '../../../src/io/user-series';
import { createAppStore, SAVED_VERSION } from '../../../src/state';
import { seriesActions } from '../../../src/state/series-actions';
import { addImported } from '../../../src/ui/exchange/open-shared';
import { MARKET } from '../series/market';

/**
 * The copy of saved work the page keeps, and offers to download, when it cannot load it (its banner:
 * "saved by a newer version", "did not pass the checks"): the file is the saved work as it was kept, and
 * Import… opens it, through the same door as every file, so work saved by a newer build and overwritten by
 * an older one (a tab left open, a cached page) comes back in the newer build. Found by use: Import… said
 * "not a format this calculator knows".
 */
function savedWork() {
  const store = createAppStore({ series: reportData().series, lang: 'zh' });
  const added = seriesActions(store, toUserSeries).add(structuredClone(MARKET));
  if (!added.ok) throw new Error(added.error.message);
  const plan = store.getState().createScenario('我的计划');
  store.getState().setModel(plan, added.id, { type: 'compound', baseYear: 2024, baseValue: '12000000000', cagr: '0.4' });
  const { doc, settings } = store.getState();
  return { doc, envelope: (version: number) => JSON.stringify({ state: { doc, settings }, version }) };
}
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('the downloaded copy of saved work opens with Import…', () => {
  it('brings back its scenarios and series of one’s own beside the reader’s, nothing lost', () => {
    const { doc, envelope } = savedWork();
    const result = importBytes(utf8(envelope(SAVED_VERSION)), 'forecast-saved-work-copy.json');
    if (!result.ok) throw new Error(`${result.error}: ${result.detail}`);
    expect(result.scenarios.map((s) => s.name)).toEqual(doc.scenarios.map((s) => s.name));
    expect(result.series?.map((u) => u.definition.name.zh)).toEqual(['智能音箱市场']);
    // Into a fresh page: the scenario of one's own and the series arrive; the report's own scenarios are already there.
    const reader = createAppStore({ series: reportData().series, lang: 'zh' });
    expect(addImported(reader, result)).toMatchObject({ kind: 'imported', count: 1, series: { count: 1, present: 0 } });
    const plan = reader.getState().doc.scenarios.find((s) => s.name === '我的计划')!;
    const id = reader.getState().doc.userSeries![0]!.definition.id;
    expect(plan.models[id]).toEqual({ type: 'compound', baseYear: 2024, baseValue: '12000000000', cagr: '0.4' });
  });

  it('a copy saved by a newer version says so', () => {
    const { envelope } = savedWork();
    const result = importBytes(utf8(envelope(SAVED_VERSION + 1)), 'forecast-saved-work-copy.json');
    expect(result.ok ? 'accepted' : result.error).toBe('newer-version');
  });

  it('a copy whose work fails the checks is refused with the reason, as the page refused it', () => {
    const { doc, envelope } = savedWork();
    const bad = envelope(SAVED_VERSION).replace(JSON.stringify(doc.scenarios[0]!.name), JSON.stringify('<b>x</b>'));
    const result = importBytes(utf8(bad), 'forecast-saved-work-copy.json');
    // Markup in a scenario's name: refused as the scenario file's door refuses it, with that reason.
    expect(result.ok ? 'accepted' : result.error).toBe('hostile-text');
    const future = importBytes(utf8(envelope(SAVED_VERSION).replace('"focusId"', '"focusId":1,"x"')), 'copy.json');
    expect(future.ok ? 'accepted' : [future.error, future.detail.slice(0, 12)]).toEqual(['invalid', 'saved work: ']);
  });
});
