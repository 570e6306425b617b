import { formatPercent, formatQuantity, type Dec, type GrowthConflict, type Lang, type SeriesDefinition } from '../../model';
import type { Messages } from '../i18n';
import type { SeriesDisplay } from '../shared';

/**
 * The report's contradiction at the chart it concerns (text-to-video: $7.2M in 2023 and $2.219B in 2030
 * imply 126.75% a year, not the stated 56.6%), not only in the audit at the foot of the page.
 */
export function ConflictNote({ series, conflict, display, lang, t }: { series: SeriesDefinition; conflict: GrowthConflict; display: SeriesDisplay; lang: Lang; t: Messages }) {
  // The report's amounts as the report gave them (US dollars for text-to-video), whatever currency is shown.
  const q = (v: Dec) => formatQuantity(v, series.unit, lang, { digits: 4, style: display.style });
  const rate = formatPercent(conflict.rate.value, 1);
  return (
    <div className="chart-conflict" role="note" data-testid={`chart-conflict-${series.id}`}>
      <p className="chart-conflict__lead">
        {t.audit.conflict(series.name[lang], q(conflict.base.value), conflict.base.year, q(conflict.end.value), conflict.end.year, rate, conflict.rate.from, conflict.rate.to)}{' '}
        {t.basis.impliedNote(formatPercent(conflict.impliedRate, 2))}
      </p>
      <p>
        {t.basis.conflictNote(rate, conflict.endRatio.lt(1))} <a href="#audit-title">{t.basis.conflictLink}</a>
      </p>
    </div>
  );
}
