import type { SeriesDefinition } from '../model';
import raw from '../../fixtures/report-figures.json';
import type { ReportFile } from './schemas';

export type ReportData = ReportFile & { readonly series: readonly SeriesDefinition[] };

let cached: ReportData | undefined;

/**
 * The report's figures shipped with the app. The file is part of the build, so it is checked where a
 * broken one must stop the work: in the tests (tests/unit/io/report-fixture.test.ts runs parseReportFile, io/report-check,
 * over it, and every build runs them in CI), not on every visitor's page, which keeps the schema out
 * of the first load.
 */
export function reportData(): ReportData {
  cached ??= raw as unknown as ReportData;
  return cached;
}
