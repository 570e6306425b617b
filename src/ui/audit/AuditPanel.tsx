import { useMemo, useState } from 'react';
import { auditSeries, formatPercent, formatQuantity, isOwnSeries, type AuditFinding, type Dec, type LevelBounds, type SeriesDefinition, type UnitStyle } from '../../model';
import { ratesOutside, type RateOutside } from '../../model/rate-outside';
import { useApp, useStoreApi, useT } from '../shared';
import type { Messages } from '../i18n';
import { auditCatalogues } from '../i18n/audit';
import { selectSeries } from '../../state';

/** The audit's findings in plain sentences, with one click to turn each reading of a conflict into a scenario. */
export function AuditPanel() {
  const t = useT();
  const store = useStoreApi();
  const series = useApp(selectSeries);
  const lang = useApp((s) => s.settings.lang);
  const a = auditCatalogues[lang];
  const style = useApp((s) => s.settings.unitStyle);
  // Each series' findings, a stated rate its ranges or bounds cannot allow among its conflicts (model/rate-outside).
  const findings = useMemo(() => series.flatMap((s): (AuditFinding | RateOutside)[] => [...ratesOutside(s), ...auditSeries(s)]), [series]);
  const [notice, setNotice] = useState<string | undefined>();
  const byId = new Map(series.map((s) => [s.id, s]));

  return (
    <section className="panel audit" aria-labelledby="audit-title">
      <h2 id="audit-title">{a.title(series.some(isOwnSeries))}</h2>
      <ul className="findings">
        {findings.map((finding, i) => {
          const s = byId.get(finding.seriesId)!;
          return (
            <li key={i} className={`finding finding--${finding.type}`} data-testid={`finding-${finding.type}`}>
              <FindingText finding={finding} series={s} t={t} lang={lang} style={style} />
              {finding.type !== 'implied-growth' && (
                <div className="finding__actions">
                  {finding.reconciliations.map((r) => (
                    <button
                      key={r.id}
                      type="button"
                      className="button"
                      data-testid={`apply-${r.id}`}
                      onClick={() => {
                        const state = store.getState();
                        const name = `${s.name[lang]}${t.punct.colon}${t.audit.apply[r.id]}`;
                        const [id] = state.addScenarios([
                          { name, description: '', origin: 'audit', models: { ...state.doc.scenarios[0]!.models, [s.id]: r.model } },
                        ]);
                        if (id) setNotice(a.applied(store.getState().doc.scenarios.find((x) => x.id === id)?.name ?? name));
                      }}
                    >
                      {t.audit.apply[r.id]}
                    </button>
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
    </section>
  );
}

function FindingText({ finding, series, t, lang, style }: { finding: AuditFinding | RateOutside; series: SeriesDefinition; t: Messages; lang: 'zh' | 'en'; style: UnitStyle }) {
  const q = (v: Dec) => formatQuantity(v, series.unit, lang, { digits: 4, style });
  const p = (v: Dec) => formatPercent(v, 1);
  const name = series.name[lang];
  const a = auditCatalogues[lang];
  if (finding.type === 'growth-conflict') {
    return (
      <>
        <p className="finding__lead">
          {t.audit.conflict(name, q(finding.base.value), finding.base.year, q(finding.end.value), finding.end.year, p(finding.rate.value), finding.rate.from, finding.rate.to)}
        </p>
        <p>
          {a.conflictDetail(p(finding.impliedRate), q(finding.endFromBase), finding.endRatio.gt(1) ? finding.endRatio.toFixed(finding.endRatio.lt(10) ? 2 : 1) : undefined, q(finding.rateStartFromEnd), finding.rate.from)}
        </p>
      </>
    );
  }
  const { min, max } = finding;
  const range = rateRange(min, max, a, p);
  if (finding.type === 'rate-outside') {
    // A figure as its wording bounds it: one amount, a range, at most or over an amount.
    const level = ({ low, high }: LevelBounds) =>
      low && high ? (low.eq(high) ? q(low) : `${q(low)}–${q(high)}`) : high ? a.upTo(q(high)) : a.over(q(low!));
    const { from, to, rate, endFromBase } = finding;
    return (
      <>
        <p className="finding__lead">{t.audit.conflict(name, level(from), from.year, level(to), to.year, p(rate.value), rate.from, rate.to)}</p>
        <p>
          {a.figuresAllow(range)}
          {endFromBase && `${lang === 'zh' ? '' : ' '}${a.baseReaches(q(endFromBase), to.year, !!min && rate.value.lt(min))}`}
        </p>
      </>
    );
  }
  return <p>{a.growth(name, finding.from.year, finding.to.year, range)}</p>;
}

/** The yearly growth two figures allow, in words: exactly, between, at least, at most, or any. */
function rateRange(min: Dec | undefined, max: Dec | undefined, a: (typeof auditCatalogues)['en'], p: (v: Dec) => string): string {
  return (
    min && max
      ? min.eq(max)
        ? a.exactly(p(min))
        : a.between(p(min), p(max))
      : min
        ? a.atLeast(p(min))
        : max
          ? a.atMost(p(max))
          : a.unbounded
  );
}
