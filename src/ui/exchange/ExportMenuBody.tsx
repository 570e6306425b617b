import { useState, type RefObject } from 'react';
import type { ChartData, ChartSize } from '../../charts/types';
import { copyPng, copyText } from '../../io/clipboard';
import type { SeriesDefinition } from '../../model';
import { selectFocus, selectSeries, type Doc, type Settings } from '../../state';
import { useApp, usePage, useReport, useStoreApi, useT, seriesDisplay } from '../shared';
import { bandFromSimulation, percentileColumns, shownSimulation, type PercentileColumns } from '../uncertainty';
import { BACKGROUNDS, PIXEL_RATIOS, SIZE_PRESETS, type Background, type ExportInput, type PixelRatio, type SizePreset } from './export-chart';
import { useExchangeText } from './use-exchange-text';
import { EmbedPanel, LinkPanel } from './SharePanels';
import { linkTo, shareState } from './share-state';

type Actions = typeof import('./export-actions');
const actions = (): Promise<Actions> => import('./export-actions');

/** The export menu's contents, loaded when the menu is first opened. */
export default function ExportMenuBody({ series, menu, chart }: { series: SeriesDefinition; menu: RefObject<HTMLDetailsElement | null>; chart?: ChartData }) {
  const t = useT();
  const store = useStoreApi();
  const showNotice = usePage((s) => s.showNotice);
  const report = useReport();
  const focusName = useApp((s) => selectFocus(s).name);
  const lang = useApp((s) => s.settings.lang);
  const [preset, setPreset] = useState<SizePreset>('slide');
  const [ratio, setRatio] = useState<PixelRatio>(2);
  const [background, setBackground] = useState<Background>('white');
  const [busy, setBusy] = useState(false);
  // CSV values rounded to the 15 significant digits a spreadsheet holds, or every digit of the engine's 34.
  const [exactCsv, setExactCsv] = useState(false);
  // A link holds the page as it was when made: once the work or the view changes, it is taken away and the menu says why.
  const [link, setLink] = useState<{ kind: 'share' | 'embed'; url: string; count: number; from: { doc: Doc; settings: Settings } } | undefined>();
  const doc = useApp((s) => s.doc);
  const settings = useApp((s) => s.settings);
  const linkStale = link !== undefined && (link.from.doc !== doc || link.from.settings !== settings);
  const shownLink = linkStale ? undefined : link;
  const x = useExchangeText();
  const ownCount = useApp((s) => s.doc.userSeries?.length ?? 0);

  // A snapshot at the moment of the click: exports are of what the user sees then.
  const snapshot = (): ExportInput => {
    const s = store.getState();
    // Every chart's fan as the page shows it now (the scenario in focus), so each chart of a file draws its own.
    const colorIndex = selectFocus(s).colorIndex;
    const fans = new Map(
      selectSeries(s).flatMap((one) => {
        const simulation = shownSimulation(one.id);
        const band = simulation && bandFromSimulation(simulation, seriesDisplay(one, s.settings).factor.toNumber(), colorIndex);
        return band ? [[one.id, band] as const] : [];
      }),
    );
    return { scenarios: s.doc.scenarios, compared: s.doc.compared, focusId: s.doc.focusId, settings: s.settings, report, t, x, charts: s.doc.charts, userSeries: s.doc.userSeries, fans };
  };
  const allSeries = () => selectSeries(store.getState());
  const screen = (): ChartSize | undefined => {
    const box = menu.current?.closest('.chart-panel')?.querySelector('.chart-view')?.getBoundingClientRect();
    return box && { width: box.width, height: box.height };
  };
  const image = () => ({ preset, ratio, background, screen: screen(), ...(chart ? { chart } : {}) });
  // The menu's chart as the screen draws it, for the slide of this chart (its fan is simulated only here).
  const slideChart = () => (chart ? { chart: { seriesId: series.id, data: chart } } : {});
  // The fans shown now, as the tables' P5 / P50 / P95 columns: the CSV holds them too.
  const csv = (list: readonly SeriesDefinition[], input: ExportInput) => {
    const focus = selectFocus(store.getState());
    const fans = new Map<string, PercentileColumns>();
    for (const s of list) {
      const simulation = shownSimulation(s.id);
      if (simulation) fans.set(s.id, percentileColumns(simulation, seriesDisplay(s, input.settings).factor.toNumber(), focus.id, focus.name));
    }
    return { fans, ...(exactCsv ? { digits: 'exact' as const } : {}) };
  };

  const run = async (work: (a: Actions) => Promise<string> | string) => {
    setBusy(true);
    try {
      showNotice({ kind: 'saved', file: await work(await actions()) });
    } catch (error) {
      showNotice({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  // PDF through the browser's print engine, in a frame of its own (print-pdf.ts).
  const print = async (which: { only?: SeriesDefinition }) => {
    const input = snapshot();
    setBusy(true);
    try {
      const { printPdf } = await import('./print-pdf');
      await printPdf(allSeries(), input, { ...which, background, ...slideChart() });
      showNotice({ kind: 'printing' });
    } catch (error) {
      showNotice({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const copyImage = async () => {
    const input = snapshot();
    const options = image();
    setBusy(true);
    // The PNG is promised to the clipboard at once, inside the click, and drawn meanwhile.
    const result = await copyPng(actions().then((a) => a.pngBlob(series, input, options)));
    setBusy(false);
    showNotice(result.ok ? { kind: 'copied', what: 'image' } : { kind: 'clipboard', reason: result.reason });
  };

  const openLink = async (kind: 'share' | 'embed') => {
    try {
      const { encodeShareFragment } = await import('../../io/share-link');
      const input = snapshot();
      const from = { doc: store.getState().doc, settings: input.settings };
      const state = shareState(input);
      const fragment = encodeShareFragment(state, kind === 'embed' ? { embed: series.id } : {});
      const url = linkTo(window.location, fragment);
      setLink({ kind, url, count: state.scenarios.length, from });
      if (kind === 'share') {
        const copied = await copyText(url);
        showNotice(copied.ok ? { kind: 'copied', what: 'link' } : { kind: 'clipboard', reason: 'text' });
      }
    } catch (error) {
      showNotice({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const button = (label: string, testId: string, onClick: () => void) => (
    <button type="button" className="button" disabled={busy} onClick={onClick} data-testid={testId}>
      {label}
    </button>
  );

  return (
    <div className="export-menu__body" aria-busy={busy}>
      <fieldset>
        <legend>{x.image}</legend>
        <div className="export-menu__row">
          <label>
            {x.size}{' '}
            <select value={preset} onChange={(e) => setPreset(e.target.value as SizePreset)} data-testid="export-size">
              {SIZE_PRESETS.map((p) => (
                <option key={p} value={p}>
                  {x.sizes[p]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {x.ratio}{' '}
            <select value={ratio} onChange={(e) => setRatio(Number(e.target.value) as PixelRatio)} data-testid="export-ratio">
              {PIXEL_RATIOS.map((r) => (
                <option key={r} value={r}>
                  {r}×
                </option>
              ))}
            </select>
          </label>
          <label>
            {x.background}{' '}
            <select value={background} onChange={(e) => setBackground(e.target.value as Background)} data-testid="export-background">
              {BACKGROUNDS.map((b) => (
                <option key={b} value={b}>
                  {x.backgrounds[b]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="export-menu__row">
          {button(x.png, 'export-png', () => void run((a) => a.downloadPng(series, snapshot(), image())))}
          {button(x.copyImage, 'export-copy', () => void copyImage())}
          {button(x.svg, 'export-svg', () => void run((a) => a.downloadSvg(series, snapshot(), image())))}
          {button(x.pdf, 'export-pdf', () => void print({ only: series }))}
          {button(x.pdfAll, 'export-pdf-all', () => void print({}))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{x.data}</legend>
        <div className="export-menu__row">
          {button(x.csvChart, 'export-csv', () => {
            const input = snapshot();
            void run((a) => a.downloadCsv([series], input, a.chartFileName(series, 'csv'), csv([series], input)));
          })}
          {button(x.csvAll, 'export-csv-all', () => {
            const input = snapshot();
            const charted = allSeries().filter((s) => s.baseModel);
            void run((a) => a.downloadCsv(charted, input, 'forecast-all-charts.csv', csv(charted, input)));
          })}
          {button(x.jsonFocus(focusName), 'export-json', () => void run((a) => a.downloadJson('focus', snapshot())))}
          {button(x.jsonAll, 'export-json-all', () => void run((a) => a.downloadJson('all', snapshot())))}
          {ownCount > 0 && button(x.exportSeries, 'export-series', () => void run((a) => a.downloadSeries(store.getState().doc.userSeries ?? [])))}
          {button(x.pptxChart, 'export-pptx-chart', () => void run((a) => a.downloadPptx(allSeries(), snapshot(), { only: series, ...slideChart() })))}
          {button(x.pptx, 'export-pptx', () => void run((a) => a.downloadPptx(allSeries(), snapshot(), slideChart())))}
        </div>
        <label className="export-menu__check">
          <input type="checkbox" checked={exactCsv} onChange={(e) => setExactCsv(e.target.checked)} data-testid="export-csv-exact" /> {x.csvExact}
        </label>
      </fieldset>
      <div className="export-menu__row">
        {button(x.share, 'share-link', () => void openLink('share'))}
        {button(x.embed, 'embed', () => void openLink('embed'))}
      </div>
      {linkStale && (
        <p className="hint" role="status">
          {x.linkStale}
        </p>
      )}
      {shownLink?.kind === 'share' && <LinkPanel url={shownLink.url} count={shownLink.count} testId="share-panel" />}
      {shownLink?.kind === 'embed' && <EmbedPanel src={shownLink.url} title={x.embedTitle(series.name[lang])} />}
      {busy && (
        <p className="hint" role="status">
          {t.exchange.working}
        </p>
      )}
    </div>
  );
}
