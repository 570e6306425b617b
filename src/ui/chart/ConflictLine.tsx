import { useMemo, useState } from 'react';
import { formatPercent, formatQuantity, type Dec, type GrowthConflict, type SeriesDefinition } from '../../model';
import type { PresetId } from '../../state';
import { selectSeries } from '../../state';
import { useApp, useStoreApi, useT } from '../shared';
import { reportConflict } from './chart-data';

const READINGS = ['trust-endpoints', 'trust-base-and-rate', 'trust-end-and-rate'] as const;

/**
 * The report's contradiction on the first screen (issue 14): one line under the title, in the words of the
 * note at its chart, with each of the three readings one click away (shown if there, added if not).
 */
export function ConflictLine() {
  const t = useT();
  const store = useStoreApi();
  const series = useApp(selectSeries);
  const settings = useApp((s) => s.settings);
  const found = useMemo(() => firstConflict(series), [series]);
  const [shown, setShown] = useState<string | undefined>();
  if (!found) return null;
  const { conflict, series: s } = found;
  const lang = settings.lang;
  // The report's amounts as the report gave them (US dollars for text-to-video), whatever currency is shown.
  const q = (v: Dec) => formatQuantity(v, s.unit, lang, { digits: 4, style: settings.unitStyle });
  const rate = formatPercent(conflict.rate.value, 1);
  const show = (reading: (typeof READINGS)[number]) => {
    const id = store.getState().showPreset(`audit-${reading}` as PresetId);
    const name = id && store.getState().doc.scenarios.find((x) => x.id === id)?.name;
    setShown(name || undefined);
  };
  return (
    <aside className="conflict-line" aria-label={t.audit.firstScreen.lead} data-testid="conflict-line">
      <p className="conflict-line__text">
        <strong>{t.audit.firstScreen.lead}</strong>{' '}
        {t.audit.conflict(s.name[lang], q(conflict.base.value), conflict.base.year, q(conflict.end.value), conflict.end.year, rate, conflict.rate.from, conflict.rate.to)}{' '}
        {t.basis.impliedNote(formatPercent(conflict.impliedRate, 2))}
      </p>
      <div className="conflict-line__actions" role="group" aria-label={t.audit.firstScreen.readings}>
        <span>{t.audit.firstScreen.readings}</span>
        {READINGS.map((r) => (
          <button key={r} type="button" className="button" data-testid={`conflict-line-${r}`} onClick={() => show(r)}>
            {t.audit.apply[r]}
          </button>
        ))}
        {shown && (
          <span role="status" className="conflict-line__shown">
            {t.audit.firstScreen.shown(shown)} <a href={`#chart-${s.id}`}>{t.audit.firstScreen.toChart}</a>
          </span>
        )}
      </div>
    </aside>
  );
}

function firstConflict(series: readonly SeriesDefinition[]): { series: SeriesDefinition; conflict: GrowthConflict } | undefined {
  for (const s of series) {
    const conflict = s.baseModel && reportConflict(s);
    if (conflict) return { series: s, conflict };
  }
  return undefined;
}
