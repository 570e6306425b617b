import * as v from 'valibot';
import { describeIssues, reportFileSchema } from './schemas';
import type { ReportData } from './report-fixture';

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
