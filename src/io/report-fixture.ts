import * as v from 'valibot';
import type { SeriesDefinition } from '../model';
import raw from '../../fixtures/report-figures.json';
import { describeIssues, reportFileSchema, type ReportFile } from './schemas';

export type ReportData = ReportFile & { readonly series: readonly SeriesDefinition[] };

/** Checks a report-figures file against its schema and that each series' figures are internally sound. */
export function parseReportFile(input: unknown): { ok: true; value: ReportData } | { ok: false; error: string } {
  const parsed = v.safeParse(reportFileSchema, input);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.issues) };
  for (const series of parsed.output.series) {
    for (const figure of series.figures) {
      const needsValue = ['point', 'upper-bound', 'lower-bound', 'approximate', 'conditional'].includes(figure.kind);
      if (needsValue && figure.value === undefined) return { ok: false, error: `${figure.id}: a ${figure.kind} figure needs a value` };
      if (figure.kind === 'range' && (figure.low === undefined || figure.high === undefined))
        return { ok: false, error: `${figure.id}: a range needs low and high` };
    }
  }
  return { ok: true, value: parsed.output as ReportData };
}

let cached: ReportData | undefined;

/**
 * The report's figures shipped with the app. The file is part of the build, so it is checked where a
 * broken one must stop the work: in the tests (tests/unit/io/report-fixture.test.ts runs parseReportFile
 * over it, and every build runs them in CI), not on every visitor's page, which keeps the schema out
 * of the first load.
 */
export function reportData(): ReportData {
  cached ??= raw as unknown as ReportData;
  return cached;
}
