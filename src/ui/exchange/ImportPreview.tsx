import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SeriesPlanEntry } from '../../io/exchange-series';
import type { MergeEntry } from '../../state/merge';
import { selectSeries, type Settings } from '../../state';
import type { Messages } from '../i18n';
import { useApp, usePage, useStoreApi, useT, type PendingImport } from '../shared';
import { currencyText } from './model-summary';
import { addImported, openShared, planImport, viewChanges, type ViewChange } from './open-shared';
import { useExchangeText } from './use-exchange-text';

const FOCUSABLE = 'button:not([disabled]), [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * What a file or link holds, before anything is added: its scenarios by name, which are new and which
 * the user already has, and the chart it was made on; Add or Cancel. A modal dialog: focus moves into
 * it, Tab stays in it, Escape cancels, and focus goes back where it was.
 */
export default function ImportPreview({ pending }: { pending: PendingImport }) {
  const x = useExchangeText();
  const store = useStoreApi();
  const showNotice = usePage((s) => s.showNotice);
  const closePreview = usePage((s) => s.closePreview);
  const t = useT();
  const settings = useApp((s) => s.settings);
  const lang = settings.lang;
  const doc = useApp((s) => s.doc);
  // What the link's view would change of the reader's own (their exchange rate, years…): listed, and theirs to keep.
  const linkSettings = pending.from === 'link' ? pending.view?.settings : undefined;
  const changes = linkSettings ? viewChanges(settings, linkSettings) : [];
  const [useView, setUseView] = useState(true);
  const reportSeries = useApp((s) => s.reportSeries);
  // What Add would do, against the user's work as it will be once the file's series are in.
  const { series: seriesPlan, added: arriving, scenarios: plan } = useMemo(() => planImport(doc, reportSeries, pending), [doc, reportSeries, pending]);
  const seriesEntries = seriesPlan.ok ? seriesPlan.entries : [];
  const newSeries = arriving.length;
  const titleId = useId();
  const root = useRef<HTMLDivElement>(null);
  const added = new Set(plan.filter((e) => e.kind === 'new')).size;
  const present = new Set(plan.flatMap((e) => (e.kind === 'present' ? [e.id] : []))).size;
  const seriesId = pending.view?.seriesId;
  const shown = useApp(selectSeries);
  // A chart of a series the link brings is named from the link's own definition.
  const chart = seriesId ? [...shown, ...(pending.series ?? []).map((u) => u.definition)].find((s) => s.id === seriesId)?.name[lang] : undefined;

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    root.current?.focus();
    return () => before?.focus();
  }, []);

  const add = () => {
    closePreview();
    const result = { ok: true as const, scenarios: pending.scenarios, ...(pending.view ? { view: pending.view } : {}), ...(pending.series ? { series: pending.series } : {}) };
    const notice = pending.from === 'link' ? openShared(store, result, { keepView: !useView }) : addImported(store, result);
    showNotice(notice);
    pending.onAdded?.();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      closePreview();
      return;
    }
    if (event.key !== 'Tab' || !root.current) return;
    const items = Array.from(root.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    const at = document.activeElement;
    if (event.shiftKey && (at === first || at === root.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && at === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const status = (entry: MergeEntry): string => {
    if (entry.kind === 'new') return x.ask.isNew(entry.name);
    if (entry.kind === 'full') return x.ask.full;
    return entry.readOnly ? x.ask.base(entry.name) : x.ask.present(entry.name);
  };

  const seriesStatus = (entry: SeriesPlanEntry): string => {
    // The reader's own series it matched, by the reader's name for it (the version that came in as "… (2)").
    if (entry.kind === 'present') return x.ask.seriesPresent(doc.userSeries?.find((u) => u.definition.id === entry.id)?.definition.name[lang] ?? incomingName(entry.from));
    const name = entry.series.definition.name[lang];
    return entry.renamedFrom ? x.ask.seriesRenamed(name) : x.ask.seriesNew(name);
  };
  const incomingName = (id: string) => pending.series?.find((u) => u.definition.id === id)?.definition.name[lang] ?? id;
  const onlySeries = pending.scenarios.length === 0;

  return (
    <div className="import-preview__backdrop">
      <div className="import-preview" role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1} ref={root} onKeyDown={onKeyDown} data-testid="import-preview">
        <h2 id={titleId}>{pending.from === 'link' ? x.ask.titleLink : x.ask.titleFile((pending.fileName ?? '').slice(0, 80))}</h2>
        <p data-testid="import-preview-summary">
          {onlySeries
            ? seriesPlan.ok
              ? x.ask.holdsSeries(seriesEntries.length, newSeries)
              : x.ask.holdsSeriesOnly(pending.series?.length ?? 0)
            : x.ask.holds(pending.scenarios.length, added, present)}
        </p>
        {!seriesPlan.ok && <p className="hint" role="alert">{x.errors['too-many-series']}</p>}
        {pending.decodedAs === 'gb18030' && (
          <p className="hint" data-testid="import-encoding">
            {x.ask.gb18030}
          </p>
        )}
        {seriesEntries.length > 0 && (
          <ul className="import-preview__list" aria-label={x.ask.seriesList} data-testid="import-preview-series">
            {seriesEntries.map((entry, i) => (
              <li key={i} data-kind={entry.kind}>
                <span>{seriesStatus(entry)}</span>
              </li>
            ))}
          </ul>
        )}
        {!onlySeries && <p>{chart ? x.ask.chart(chart) : x.ask.allCharts}</p>}
        {!onlySeries && (
          <ul className="import-preview__list" aria-label={x.ask.list}>
            {pending.scenarios.map((scenario, i) => (
              <li key={i} data-kind={plan[i]!.kind}>
                <strong>{scenario.name}</strong> <span>{status(plan[i]!)}</span>
              </li>
            ))}
          </ul>
        )}
        {pending.from === 'link' && <p className="hint">{x.ask.view}</p>}
        {linkSettings && changes.length > 0 && (
          <div className="import-preview__view">
            <label>
              <input type="checkbox" checked={useView} onChange={(e) => setUseView(e.target.checked)} data-testid="import-use-view" /> {x.ask.useView}
            </label>
            <ul className="import-preview__list" aria-label={x.ask.viewList}>
              {changes.map((key) => (
                <li key={key}>{x.ask.viewChange(settingLabel(key, t), settingText(key, linkSettings, t), settingText(key, settings, t))}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="import-preview__actions">
          <button type="button" className="button" onClick={closePreview} data-testid="import-cancel">
            {x.ask.cancel}
          </button>
          <button type="button" className="button button--primary" onClick={add} disabled={!seriesPlan.ok} data-testid="import-add">
            {onlySeries ? x.ask.addSeries(newSeries) : x.ask.add(added, newSeries)}
          </button>
        </div>
      </div>
    </div>
  );
}

function settingLabel(key: ViewChange, t: Messages): string {
  if (key === 'lang') return t.language;
  if (key === 'usdCny') return t.settings.fxRate;
  if (key === 'unitStyle') return t.settings.unitStyle;
  return t.settings[key];
}

/** A setting's value as the settings bar shows it. */
function settingText(key: ViewChange, s: Partial<Settings>, t: Messages): string {
  switch (key) {
    case 'years':
      return `${s.yearFrom}–${s.yearTo}`;
    case 'lang':
      return s.lang === 'zh' ? '中文' : 'English';
    case 'scale':
      return s.scale ? t.settings[s.scale] : '';
    case 'unitStyle':
      return s.unitStyle ? t.settings[s.unitStyle] : '';
    case 'currency':
      return currencyText(s.currency ?? 'native', t);
    case 'usdCny':
      return s.usdCny ?? '';
  }
}
