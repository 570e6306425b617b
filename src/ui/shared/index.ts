// What every feature folder of the UI shares: the store and report in context, the words for errors,
// the notices, the display of a series under the settings, a measured width, and whether the page prints.
export { AppProvider, useApp, useAppDraft, usePage, usePageApi, useReport, useStoreApi, useT } from './app-context';
export { createPageStore, type PageState, type PageStore, type PendingImport } from './page-store';
export { inputErrorText, modelErrorText } from './messages';
export { isErrorNotice, type Notice } from './notice';
export { reportedYears, reportMarks, seriesDisplay, unitLabel, type SeriesDisplay } from './series-view';
export { assumptionText, basisKey, basisOf, basisNote, figureLabel, heldOnFigure, outside, scenarioBasisNotes, type BasisWords } from './basis-text';
export { useWidth } from './use-width';
export { usePrinting } from './use-printing';
export { appFolder, languagePath } from './page-address';
export { Hydrated, HydrationGate } from './hydration';
