import { useMemo, useState } from 'react';
import { figureYear, formatQuantity, type SeriesDefinition } from '../model';
import { BASE_ID, projectModel, type Scenario } from '../state';
import { useApp, useReport, useT } from './app-context';
import { buildChart, type SeriesEntry } from './chart-data';
import { ChartExportMenu } from './ChartExportMenu';
import { ChartView } from './ChartView';
import { GoalSeek, type GoalTarget } from './GoalSeek';
import { ProjectionTable } from './ProjectionTable';
import { seriesDisplay } from './series-view';
import { UncertaintySlot } from './lazy-uncertainty';
import { useFanChart } from './uncertainty-view';

/** One forecast: its chart for the compared scenarios, a hover readout, the table and goal seek. */
export function ChartPanel({ series }: { series: SeriesDefinition }) {
  const t = useT();
  const report = useReport();
  const settings = useApp((s) => s.settings);
  const scenarios = useApp((s) => s.doc.scenarios);
  const comparedIds = useApp((s) => s.doc.compared);
  const focusId = useApp((s) => s.doc.focusId);
  const [hoverYear, setHoverYear] = useState<number | undefined>();
  const [showTable, setShowTable] = useState(true);
  const [target, setTarget] = useState<GoalTarget | undefined>();
  const lang = settings.lang;

  // Only this series' models matter here: a drag on another series must leave this chart's data, and its SVG, alone.
  const next: SeriesEntry[] = scenarios
    .filter((s: Scenario) => comparedIds.includes(s.id))
    .map((scenario) => {
      const model = scenario.models[series.id];
      return { scenario, result: model ? projectModel(model, settings.yearFrom, settings.yearTo) : undefined };
    });
  // Keep the first `next` of an unchanged signature: projections are cached per model, so same results, same chart.
  const signature = entriesSignature(next);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const entries = useMemo(() => next, [signature]);
  const display = useMemo(() => seriesDisplay(series, settings), [series, settings]);
  const plain = useMemo(() => {
    const chart = buildChart(series, entries, display, settings, t, focusId);
    return target ? { ...chart, data: { ...chart.data, target: { ...target, label: formatQuantity(target.value, display.unit, lang, { digits: 4 }) } } } : chart;
  }, [series, entries, display, settings, t, focusId, target, lang]);
  // The fan of the scenario in focus, when it has ranges, drawn under the lines and listed in the table.
  const { built, percentiles } = useFanChart(series, plain, display);
  // On screen the panel's heading carries the title; the legend names the lines. Exports draw both in the SVG.
  const screenData = useMemo(() => ({ ...built.data, title: '', legend: true }), [built.data]);
  const baseModel = scenarios.find((s) => s.id === BASE_ID)?.models[series.id];
  const base = baseModel ? projectModel(baseModel, settings.yearFrom, settings.yearTo) : undefined;

  const figures = hoverYear === undefined ? [] : series.figures.filter((f) => f.quantity === 'level' && f.years.includes(hoverYear) && figureYear(f) > 0);

  return (
    <article className="panel chart-panel" aria-labelledby={`chart-${series.id}`} data-testid={`chart-panel-${series.id}`}>
      <header className="chart-panel__head">
        <h3 id={`chart-${series.id}`}>{series.name[lang]}</h3>
        <p className="source">
          {t.chart.source}: {report.report.publisher[lang]} §{series.section}
          {series.figure ? ` ${t.chart.figure(series.figure.replace(/^图表/, ''))}` : ''} · {series.citedSource[lang]}
        </p>
        <ChartExportMenu series={series} data={built.data} />
      </header>
      <ChartView data={screenData} theme={settings.theme} hoverYear={hoverYear} onHoverYear={setHoverYear} label={built.data.description} />
      <div className="readout" aria-live="polite" data-testid={`readout-${series.id}`}>
        {hoverYear !== undefined ? (
          <>
            <strong>{hoverYear}</strong>
            <ul>
              {entries.map(({ scenario, result }) => {
                const point = result?.ok ? result.value.find((p) => p.year === hoverYear) : undefined;
                return point ? (
                  <li key={scenario.id}>
                    {scenario.name}: {formatQuantity(point.value.times(display.factor), display.unit, lang, { digits: 4 })}
                  </li>
                ) : null;
              })}
            </ul>
            {percentiles?.values.get(hoverYear) && (
              <p className="readout__band" data-testid={`readout-band-${series.id}`}>
                {percentiles.name}:{' '}
                {percentiles.percentiles
                  .map((p, i) => `${t.uncertainty.percentile(p)} ${formatQuantity(percentiles.values.get(hoverYear)![i]!, display.unit, lang, { digits: 4 })}`)
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
          <span className="hint">{built.data.description}</span>
        )}
      </div>
      <UncertaintySlot series={series} display={display} />
      {built.errors.map((e) => (
        <p key={e} className="param__error" role="alert">
          {e}
        </p>
      ))}
      <GoalSeek series={series} display={display} onTarget={setTarget} />
      <button type="button" className="button button--quiet" aria-expanded={showTable} onClick={() => setShowTable(!showTable)}>
        {showTable ? t.chart.hideTable : t.chart.showTable}
      </button>
      {showTable && (
        <ProjectionTable
          entries={entries}
          base={base?.ok ? base.value : undefined}
          display={display}
          lang={lang}
          t={t}
          caption={`${series.name[lang]}: ${t.chart.table}`}
          hoverYear={hoverYear}
          percentiles={percentiles}
        />
      )}
    </article>
  );
}

const resultIds = new WeakMap<object, number>();
let nextResultId = 0;
function resultId(result: object | undefined): number {
  if (!result) return -1;
  let id = resultIds.get(result);
  if (id === undefined) resultIds.set(result, (id = nextResultId++));
  return id;
}

/** What a chart draws from its entries: which projections, and the names and colours they carry. */
function entriesSignature(entries: readonly SeriesEntry[]): string {
  return entries.map((e) => `${resultId(e.result)}:${e.scenario.id}:${e.scenario.colorIndex}:${e.scenario.readOnly}:${e.scenario.name}`).join('\n');
}
