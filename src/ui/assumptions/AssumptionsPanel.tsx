import { memo, useCallback } from 'react';
import { checkModelDomains, type ForecastModel, type SeriesDefinition } from '../../model';
import { MAX_COMPARED, projectModel, selectFocus, selectSeries } from '../../state';
import { modelErrorText, useApp, useReport, useStoreApi, useT } from '../shared';
import { ModelEditor } from './ModelEditor';
import { SimulationOptions } from '../uncertainty';
import { endStep, useRangeApply } from './use-range-apply';
import { useDragSession } from '../drag';

/** The assumptions of the scenario in focus, one model per forecast series. */
export function AssumptionsPanel() {
  const t = useT();
  const scenario = useApp(selectFocus);
  const series = useApp(selectSeries);
  const store = useStoreApi();
  // A scenario in focus but not compared is edited with nothing on screen to show it: said, with the way to show it.
  const shown = useApp((s) => s.doc.compared.includes(s.doc.focusId));
  const full = useApp((s) => s.doc.compared.length >= MAX_COMPARED);
  return (
    <section className="panel assumptions" aria-labelledby="assumptions-title">
      <h2 id="assumptions-title">{t.assumptions.title(scenario.name)}</h2>
      {scenario.readOnly && <p className="note">{t.assumptions.readOnlyNote}</p>}
      {!shown && (
        <p className="note" role="status">
          {t.assumptions.notCompared} {full ? t.assumptions.compareFull(MAX_COMPARED) : null}
          {!full && (
            <button type="button" className="button button--quiet" onClick={() => store.getState().toggleCompared(scenario.id)}>
              {t.assumptions.compareIt}
            </button>
          )}
        </p>
      )}
      <SimulationOptions scenario={scenario} />
      {series
        .filter((s) => scenario.models[s.id])
        .map((s) => (
          // Keyed by scenario too: what was typed into one scenario's field (and its error) must not follow the focus to
          // another; and by unit: after money becomes a share, the fields start afresh, not reading the old text in the new unit.
          <SeriesAssumptions key={`${scenario.id}:${s.id}:${s.unit.kind}`} series={s} scenarioId={scenario.id} model={scenario.models[s.id]!} readOnly={scenario.readOnly} />
        ))}
    </section>
  );
}

// Memoised: a drag on one series re-renders that series' fields only, not the other series' editors.
const SeriesAssumptions = memo(function SeriesAssumptions({
  series,
  scenarioId,
  model,
  readOnly,
}: {
  series: SeriesDefinition;
  scenarioId: string;
  model: ForecastModel;
  readOnly: boolean;
}) {
  const t = useT();
  const lang = useApp((s) => s.settings.lang);
  const store = useStoreApi();
  const drag = useDragSession();
  const report = useReport();

  const apply = useCallback(
    (candidate: ForecastModel, field: string, source?: 'slider' | 'text'): string | undefined => {
      const { yearFrom, yearTo } = store.getState().settings;
      // Through the selector's cache: the chart about to draw this candidate finds it already projected.
      // The engine's own refusal says most ("must be above −100%"); past it, a number outside its
      // plausible domain is refused too, as the store and the saved-state schema would refuse it.
      const projected = projectModel(candidate, yearFrom, yearTo);
      const result = projected.ok ? checkModelDomains(candidate) : projected;
      // A slider move the model refuses stores the drag's last good move, which stays in force and is shown.
      if (!result.ok) {
        if (source === 'slider') drag.flushFirst();
        return modelErrorText(result.error, t);
      }
      // A slider's drag is one undo step; a change of model type is a step of its own.
      const key = field === 'type' ? undefined : `${scenarioId}:${series.id}:${field}`;
      // A slider's move is the store's draft, drawn in this frame and stored a moment later
      // (drag-preview.ts); the store stores a pending move before any other change, this one included.
      if (source === 'slider') drag.show({ scenarioId, seriesId: series.id, model: candidate, key });
      else store.getState().setModel(scenarioId, series.id, candidate, key);
      // A value typed and entered joins the range it replaced (cleared just before, under the same key) and
      // closes its step: the next value typed, however soon, is a step of its own.
      if (source === 'text') endStep(store);
      return undefined;
    },
    [store, drag, scenarioId, series.id, t],
  );

  const ranges = useApp((s) => s.doc.scenarios.find((x) => x.id === scenarioId)?.uncertainty?.ranges[series.id]);
  const applyRange = useRangeApply(scenarioId, series.id, apply);

  // The model a slider has shown but not stored yet (the store's draft), for a field that edits it before the doc has it.
  const latestModel = useCallback(() => {
    const { draft, doc } = store.getState();
    return draft?.scenarioId === scenarioId && draft.seriesId === series.id ? draft.model : doc.scenarios.find((x) => x.id === scenarioId)?.models[series.id];
  }, [store, scenarioId, series.id]);

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
        latestModel={latestModel}
        citedCeiling={report.assumptions.chinaNetizens.value}
        memoryKey={`${scenarioId}:${series.id}`}
        {...(ranges ? { ranges } : {})}
        applyRange={applyRange}
      />
    </fieldset>
  );
});
