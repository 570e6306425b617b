import { describe, expect, it } from 'vitest';
import { chartLayout } from '../../../src/charts';
import { exportLayout, SIZE_PRESETS } from '../../../src/ui/exchange/export-chart';
import { freshStore, inputOf, MARKET, seriesOf, USERS, VIDEO } from '../export/fixtures';

/** A store comparing `count` scenarios, the later ones with long names, in `lang`. */
function comparing(count: number, lang: 'en' | 'zh') {
  const store = freshStore(lang);
  const s = store.getState();
  for (const id of s.doc.compared.slice(1)) store.getState().toggleCompared(id);
  for (let i = store.getState().doc.compared.length; i < count; i++) {
    const id = store.getState().createScenario(lang === 'zh' ? `情景 ${i}：监管收紧与开源价格战并存` : `Scenario ${i}: regulation tightens while open models cut prices`);
    if (!store.getState().doc.compared.includes(id)) store.getState().toggleCompared(id);
    // A model of its own on every chart, so the assumptions footnote has a line per scenario.
    for (const series of [VIDEO, MARKET, USERS]) store.getState().setModel(id, series, { type: 'compound', baseYear: 2023, baseValue: `${3 + i}0000000`, cagr: `0.${20 + i}` });
  }
  expect(store.getState().doc.compared).toHaveLength(count);
  return inputOf(store);
}

const TICK_ROW = 25; // the year labels under the plot (FONT.tick + 14)

describe('an exported chart keeps its plot clear and at least half the height (35% when crowded), with its source and assumptions', () => {
  for (const lang of ['en', 'zh'] as const)
    for (const count of [1, 10])
      for (const preset of SIZE_PRESETS)
        it(`${preset}, ${count} scenario${count > 1 ? 's' : ''}, ${lang}: the footnote never covers the plot`, () => {
          const input = comparing(count, lang);
          for (const id of [VIDEO, MARKET, USERS]) {
            const { data, layoutSize } = exportLayout(seriesOf(id), input, { preset, screen: { width: 800, height: 420 } });
            const layout = chartLayout(data, layoutSize);
            const plotBottom = layout.plot.y + layout.plot.height;
            // Half the height, or 35% where a crowded legend leaves the source and one line of the assumptions
            // no room otherwise (found by use: ten scenarios lost the whole footnote, unannounced).
            expect(layout.plot.height, `${id}: plot ${layout.plot.height} of ${layoutSize.height}`).toBeGreaterThanOrEqual(layoutSize.height * (count > 1 ? 0.35 : 0.5));
            const footerLines = [...layout.footer.note, ...layout.footer.source, ...layout.footer.footnote];
            expect(layout.footer.source.length, `${id}: the source line is shown`).toBeGreaterThan(0);
            expect(layout.footer.footnote.length, `${id}: the assumptions, or the count of those not shown`).toBeGreaterThan(0);
            // Each footer line's ascent starts below the year labels under the plot.
            for (const line of footerLines) expect(line.y - 11, `${id}: "${line.text}"`).toBeGreaterThanOrEqual(plotBottom + TICK_ROW - 1);
            for (const line of footerLines) expect(line.y).toBeLessThanOrEqual(layoutSize.height);
            expect(layout.legend.bottom).toBeLessThanOrEqual(layout.plot.y);
          }
        });
});
