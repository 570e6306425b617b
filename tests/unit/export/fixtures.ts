import { reportData } from '../../../src/io/report-fixture';
import { createAppStore, type AppStore, type Settings } from '../../../src/state';
import type { ExportInput } from '../../../src/ui/exchange/export-chart';
import { en } from '../../../src/ui/i18n/en';
import { zh } from '../../../src/ui/i18n/zh';
import { exchangeCatalogues } from '../../../src/ui/i18n/exchange';

const catalogues = { en, zh };

export const VIDEO = 't2v-revenue-global';
export const MARKET = 't2i-market-cn';
export const USERS = 't2i-users-cn';

/** A store that keeps nothing, on the report's first-visit scenarios. */
export const freshStore = (lang: 'en' | 'zh' = 'en'): AppStore => createAppStore({ series: reportData().series, lang });

/** What the export menu snapshots from the store at a click, in the store's language. */
export function inputOf(store: AppStore, settings: Partial<Settings> = {}): ExportInput {
  if (Object.keys(settings).length) store.getState().setSettings(settings);
  const s = store.getState();
  const lang = s.settings.lang;
  return { scenarios: s.doc.scenarios, compared: s.doc.compared, focusId: s.doc.focusId, settings: s.settings, report: reportData(), t: catalogues[lang], x: exchangeCatalogues[lang], charts: s.doc.charts };
}

export const seriesOf = (id: string) => reportData().series.find((s) => s.id === id)!;
