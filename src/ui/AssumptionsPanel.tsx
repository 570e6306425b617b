import { useCallback } from 'react';
import { project, type ForecastModel, type SeriesDefinition } from '../model';
import { projectModel, selectFocus } from '../state';
import { useApp, useReport, useStoreApi, useT } from './app-context';
import { ModelEditor } from './ModelEditor';

/** The assumptions of the scenario in focus, one model per forecast series. */
export function AssumptionsPanel() {
  const t = useT();
  const scenario = useApp(selectFocus);
  const series = useApp((s) => s.series);
  return (
    <section className="panel assumptions" aria-labelledby="assumptions-title">
      <h2 id="assumptions-title">{t.assumptions.title(scenario.name)}</h2>
      {scenario.readOnly && <p className="note">{t.assumptions.readOnlyNote}</p>}
      {series
        .filter((s) => scenario.models[s.id])
        .map((s) => (
          <SeriesAssumptions key={s.id} series={s} scenarioId={scenario.id} model={scenario.models[s.id]!} readOnly={scenario.readOnly} />
        ))}
    </section>
  );
}

function SeriesAssumptions({ series, scenarioId, model, readOnly }: { series: SeriesDefinition; scenarioId: string; model: ForecastModel; readOnly: boolean }) {
  const t = useT();
  const lang = useApp((s) => s.settings.lang);
  const store = useStoreApi();
  const report = useReport();

  const apply = useCallback(
    (candidate: ForecastModel, field: string): string | undefined => {
      const { yearFrom, yearTo } = store.getState().settings;
      const result = project(candidate, { from: yearFrom, to: yearTo });
      if (!result.ok) return t.errors.model[result.error.kind];
      store.getState().setModel(scenarioId, series.id, candidate, `${scenarioId}:${series.id}:${field}`);
      return undefined;
    },
    [store, scenarioId, series.id, t],
  );

  const current = () => {
    const { yearFrom, yearTo } = store.getState().settings;
    const result = projectModel(model, yearFrom, yearTo);
    return result.ok ? result.value : [];
  };

  return (
    <fieldset className="series-assumptions" disabled={readOnly} data-series={series.id}>
      <legend>{series.name[lang]}</legend>
      <ModelEditor
        series={series}
        model={model}
        unit={series.unit}
        lang={lang}
        apply={apply}
        currentPath={current}
        citedCeiling={report.assumptions.chinaNetizens.value}
      />
    </fieldset>
  );
}
