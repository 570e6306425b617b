import { saveBlob, textBlob } from '../../io/download';
import { exchangeViewOf, serializeScenarioFile, toScenarioFile } from '../../io/scenario-file';
import type { Doc, Settings } from '../../state';

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
