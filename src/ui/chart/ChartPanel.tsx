import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { figureYear, formatQuantity, isOwnSeries, valueBasis, type ForecastModel, type SeriesDefinition } from '../../model';
import { BASE_ID, chartWordsOf, projectModel, selectFocus, seriesProjectionsSelector } from '../../state';
import { basisNote, Hydrated, useApp, usePage, useReport, useT, seriesDisplay, usePrinting } from '../shared';
import { buildChart, linePoints, reportConflict, type SeriesEntry } from './chart-data';
import { ConflictNote } from './ConflictNote';
import { ChartExportMenu } from '../exchange';
import { ChartView } from './ChartView';
import { ChartWordsEditor } from './ChartWordsEditor';
import { chartArrows } from './chart-words';
import type { GoalTarget } from './GoalSeek';
import { GoalSeekSlot } from './GoalSeekSlot';
import { UncertaintySlot, useFanChart } from '../uncertainty';
import { usePreview } from '../drag';

// The table loads beside the page's words, not in its first script: on a prerendered page its drawn
// markup stands until the chunk is in, then it is hydrated (main.tsx reads the saved work after that).
// A panel drawn once the chunk is in takes the table at once, with no wait for a lazy boundary.
let tableModule: typeof import('./ProjectionTable') | undefined;
const loadTable = () => import('./ProjectionTable').then((m) => (tableModule = m));
const LazyTable = lazy(() => loadTable().then((m) => ({ default: m.ProjectionTable })));
/** Fetches the tables' chunk ahead of its first render (main.tsx, beside the words; the tests' setup). */
export const preloadTable = () => loadTable().then(() => undefined);
/** The name under which a chart's table says it is hydrated (shared/hydration). */
export const tablePart = (seriesId: string) => `table:${seriesId}`;

/** One forecast: its chart for the compared scenarios, a hover readout, the table and goal seek. */
export function ChartPanel({ series }: { series: SeriesDefinition }) {
  const t = useT();
  const showChart = usePage((s) => s.showChart);
  const showNotice = usePage((s) => s.showNotice);
  const report = useReport();
  const settings = useApp((s) => s.settings);
  const focusId = useApp((s) => s.doc.focusId);
  // Only this series' projections: a drag on another series leaves this panel un-rendered.
  const selectEntries = useMemo(() => seriesProjectionsSelector(series.id), [series.id]);
  const entries: readonly SeriesEntry[] = useApp(selectEntries);
  const baseModel = useApp((s) => s.doc.scenarios.find((x) => x.id === BASE_ID)?.models[series.id]);
  const focusModel = useApp((s) => selectFocus(s).models[series.id]);
  const focusName = useApp((s) => selectFocus(s).name);
  const [hoverYear, setHoverYear] = useState<number | undefined>();
  const [showTable, setShowTable] = useState(true);
  // Paper is white, and a printed chart has its table whatever the screen shows (print.css).
  const printing = usePrinting();
  const [target, setTarget] = useState<GoalTarget | undefined>();
  // Chosen once per panel: a table drawn through the lazy boundary is not swapped (and remounted) later.
  const [ProjectionTable] = useState(() => tableModule?.ProjectionTable ?? LazyTable);
  const lang = settings.lang;
  // The chart follows a drag in the frame it is dragged in; the table and goal seek follow in a
  // background render right after (React drops it for a newer input), so the frame stays short.
  const current = useMemo(() => ({ entries, baseModel, focus: { id: focusId, name: focusName, model: focusModel } }), [entries, baseModel, focusId, focusName, focusModel]);
  const lagging = useDeferredValue(current);
  // A slider's move, drawn in its own frame before the doc has it (the store's draft, drag-preview.ts).
  const preview = usePreview(series.id);
  const { yearFrom, yearTo } = settings;
  const drawn = useMemo(
    () =>
      preview
        ? entries.map((e) =>
            e.scenario.id === preview.scenarioId
              ? { scenario: { ...e.scenario, models: { ...e.scenario.models, [series.id]: preview.model } }, result: projectModel(preview.model, yearFrom, yearTo) }
              : e,
          )
        : entries,
    [entries, preview, yearFrom, yearTo, series.id],
  );
  const display = useMemo(() => seriesDisplay(series, settings), [series, settings]);
  const plain = useMemo(() => {
    const chart = buildChart(series, drawn, display, settings, t, focusId);
    // Named as the goal seek's, so it is not read as a figure or a ceiling beside the report's marks.
    const label = target && `${t.goal.title}${t.punct.colon}${formatQuantity(target.value, display.unit, lang, { digits: 4, style: display.style })}`;
    return target ? { ...chart, data: { ...chart.data, target: { ...target, label: label! } } } : chart;
  }, [series, drawn, display, settings, t, focusId, target, lang]);
  // The fan of the scenario in focus, when it has ranges, drawn under the lines and listed in the table.
  const { built, percentiles } = useFanChart(series, plain, display);
  // The user's arrows, with the engine's numbers, on screen as in every export.
  const words = useApp((s) => chartWordsOf(s.doc, series.id));
  const shown = useMemo(() => {
    const arrows = chartArrows(words, drawn, display, lang, t);
    return arrows.length ? { ...built.data, arrows } : built.data;
  }, [built.data, words, drawn, display, lang, t]);
  // Present mode shows the chart as drawn here; it reads it when it opens, not on every move.
  const settled = useDeferredValue(shown);
  useEffect(() => showChart(series.id, settled), [showChart, series.id, settled]);
  useEffect(() => () => showChart(series.id, undefined), [showChart, series.id]);
  // On screen the panel's heading carries the title; the legend names the lines. Exports draw both in the SVG.
  const screenData = useMemo(() => ({ ...shown, title: '', name: built.data.title, legend: true }), [shown, built.data.title]);
  // A slider's move as the chart draws it: the same numbers buildChart gives a line.
  const factor = display.factor.toNumber();
  const previewPoints = useCallback(
    (model: ForecastModel) => {
      const result = projectModel(model, yearFrom, yearTo);
      return result.ok ? linePoints(result.value, factor) : undefined;
    },
    [yearFrom, yearTo, factor],
  );
  // The text alternative names values; it follows with the table, so a drag does not relayout the page's text.
  const description = useDeferredValue(built.data.description);
  const base = lagging.baseModel ? projectModel(lagging.baseModel, settings.yearFrom, settings.yearTo) : undefined;

  const conflict = useMemo(() => reportConflict(series), [series]);
  const figures = hoverYear === undefined ? [] : series.figures.filter((f) => f.quantity === 'level' && f.years.includes(hoverYear) && figureYear(f) > 0);

  return (
    // Busy while the table and goal seek still show the values before the last change (a background render away).
    <article className="panel chart-panel" aria-labelledby={`chart-${series.id}`} aria-busy={lagging !== current || undefined} data-testid={`chart-panel-${series.id}`}>
      <header className="chart-panel__head">
        <h3 id={`chart-${series.id}`}>{series.name[lang]}</h3>
        <p className="source">
          {/* A series of one's own names its own publisher and date, never the report's. */}
          {isOwnSeries(series) ? (
            <>
              {t.chart.source}
              {t.punct.colon}
              {series.citedSource[lang]}
              {series.section ? ` §${series.section}` : ''}
            </>
          ) : (
            <>
              {t.chart.source}
              {t.punct.colon}
              {report.report.publisher[lang]} §{series.section}
              {series.figure ? ` ${t.chart.figure(series.figure.replace(/^图表/, ''))}` : ''} · {series.citedSource[lang]}
            </>
          )}
        </p>
        <div className="chart-panel__tools">
          <ChartWordsEditor series={series} />
          <ChartExportMenu series={series} data={shown} />
        </div>
      </header>
      <ChartView
        data={screenData}
        theme={printing ? 'light' : settings.theme}
        hoverYear={hoverYear}
        onHoverYear={setHoverYear}
        label={description}
        seriesId={series.id}
        previewPoints={previewPoints}
      />
      {conflict && <ConflictNote series={series} conflict={conflict} display={display} lang={lang} t={t} />}
      <div className="readout" aria-live="polite" data-testid={`readout-${series.id}`}>
        {hoverYear !== undefined ? (
          <>
            <strong>{hoverYear}</strong>
            <ul>
              {drawn.map(({ scenario, result }) => {
                const point = result?.ok ? result.value.find((p) => p.year === hoverYear) : undefined;
                const model = scenario.models[series.id];
                const basis = point && model ? valueBasis(series, model, point.year, point.value) : undefined;
                return point ? (
                  <li key={scenario.id} data-basis={basis?.kind}>
                    {scenario.name}
                    {t.punct.colon}
                    {formatQuantity(point.value.times(display.factor), display.unit, lang, { digits: 4, style: display.style })}
                    {basis && <span className="readout__basis">{t.basis.inReadout(basisNote(basis, { series, display, lang, t, report }))}</span>}
                  </li>
                ) : null;
              })}
            </ul>
            {percentiles?.values.get(hoverYear) && (
              <p className="readout__band" data-testid={`readout-band-${series.id}`}>
                {percentiles.name}:{' '}
                {percentiles.percentiles
                  .map((p, i) => `${t.uncertainty.percentile(p)} ${formatQuantity(percentiles.values.get(hoverYear)![i]!, display.unit, lang, { digits: 4, style: display.style })}`)
                  .join(' · ')}
              </p>
            )}
            {figures.map((f) => (
              <blockquote key={f.id} className="readout__figure">
                <span>{f.reading[lang]}</span> <q lang="zh">{f.wording}</q> <cite>{series.citedSource[lang]}</cite>
              </blockquote>
            ))}
          </>
        ) : (
          <span className="hint">{description}</span>
        )}
      </div>
      <UncertaintySlot series={series} display={display} />
      {built.errors.map((e) => (
        <p key={e} className="param__error" role="alert">
          {e}
        </p>
      ))}
      <GoalSeekSlot
        series={series}
        display={display}
        onTarget={setTarget}
        entries={lagging.entries}
        focus={lagging.focus}
      />
      <button type="button" className="button button--quiet" aria-expanded={showTable} onClick={() => setShowTable(!showTable)}>
        {showTable ? t.chart.hideTable : t.chart.showTable}
      </button>
      <Suspense fallback={null}>
        {(showTable || printing) && (
          <ProjectionTable
            series={series}
            report={report}
            entries={lagging.entries}
            base={base?.ok ? base.value : undefined}
            display={display}
            lang={lang}
            t={t}
            caption={`${series.name[lang]}${t.punct.colon}${t.chart.table}`}
            hoverYear={hoverYear}
            notify={showNotice}
            percentiles={percentiles}
          />
        )}
        <Hydrated part={tablePart(series.id)} />
      </Suspense>
    </article>
  );
}
