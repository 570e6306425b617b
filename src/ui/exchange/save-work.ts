import { saveBlob, textBlob } from '../../io/download';
import { exchangeViewOf, SCENARIO_FILE_SOURCE, serializeScenarioFile, toScenarioFile } from '../../io/scenario-file';
import { serializeSeriesFile, toSeriesFile } from '../../io/series-file';
import { exchangedSeries, seriesUsedBy } from '../../io/exchange-series';
import type { Doc, Settings } from '../../state';
import type { Lost } from '../../state/merge-docs';

export const WORK_FILE_NAME = 'forecast-my-work.json';

/**
 * Every scenario, the comparison, the charts' words and the view as a scenario file (the export
 * menu's format, which the import button reads back): offered at once when the browser stops saving.
 */
export function downloadWork(doc: Doc, settings: Settings): string {
  const scenarios = [...doc.scenarios];
  saveBlob(textBlob(serializeScenarioFile(toScenarioFile(scenarios, exchangeViewOf(doc, scenarios, settings), new Date(), doc.userSeries)), 'application/json'), WORK_FILE_NAME);
  return WORK_FILE_NAME;
}

export const LOST_FILE_NAME = 'forecast-not-kept.json';

/**
 * What a merge with another tab could not keep of this tab's work (state/merge-docs): its scenarios as a scenario
 * file, with the series of one's own they model (the series not kept among them), or the series alone as a series
 * file. Either goes back in through the import button once there is room.
 */
export function downloadLost(lost: Lost, doc: Doc): string {
  return downloadKept(lostFile(lost, doc));
}

/** The file of what was not kept (see downloadLost), as the page also keeps it aside until it is downloaded (ui/app/kept-aside). */
export function lostFile(lost: Lost, doc: Doc): string {
  // Every series not kept, and the page's that the scenarios model; each once (one not kept may be back on the page
  // since, imported or undone: a file naming an id twice is refused whole).
  const ids = new Set(lost.series.map((u) => u.definition.id));
  const series = [...lost.series, ...seriesUsedBy(doc.userSeries, lost.scenarios).filter((u) => !ids.has(u.definition.id))];
  return lost.scenarios.length
    ? serializeScenarioFile({ ...toScenarioFile(lost.scenarios, undefined, new Date()), ...(series.length && { series: exchangedSeries(series) }) })
    : serializeSeriesFile(toSeriesFile(lost.series, SCENARIO_FILE_SOURCE));
}

/** A file of what was not kept, as written: the import door reads it back. */
export function downloadKept(file: string): string {
  saveBlob(textBlob(file, 'application/json'), LOST_FILE_NAME);
  return LOST_FILE_NAME;
}
