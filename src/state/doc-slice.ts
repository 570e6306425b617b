import { checkModelDomains, type ForecastModel, type SeriesDefinition } from '../model';
import type { SliceCreator } from './app-state';
import { baseScenario, isGivenDescription, presetScenario, type PresetId } from './presets';
import { BASE_ID, fitText, freeColor, MAX_DESCRIPTION_LENGTH, MAX_SCENARIOS, nameTaken, newScenarioId, scenarioName, uniqueName, type Doc, type ParamRange, type Scenario } from './scenario';
import { clampSamples, clampSeed, pruneRanges, withRange } from './uncertainty';
import { withChartWords, type ChartWords } from './chart-words';

/**
 * A scenario with one series' model changed, its ranges kept where they still fit. A ready-made scenario's description
 * says what its models give ("2030 comes to about $166 M"): edited, it no longer does, and goes; one the user wrote stays.
 */
const withModel = (s: Scenario, seriesId: string, model: ForecastModel): Scenario =>
  withUncertainty(
    { ...s, description: isGivenDescription(s.description) ? '' : s.description, models: { ...s.models, [seriesId]: model } },
    pruneRanges(s.uncertainty, seriesId, s.models[seriesId], model),
  );

export const MAX_COMPARED = 10;

export interface DocSlice {
  readonly doc: Doc;
  /** The report's series; the page shows selectSeries (these, the user's own, less the hidden ones). */
  readonly reportSeries: readonly SeriesDefinition[];
  createScenario(name: string): string;
  /**
   * A copy of a scenario, with one series' model changed where `change` is given: one undo step either way. The caller
   * checks that model's domains (checkModelDomains), as goal seek does before it offers one.
   */
  duplicateScenario(id: string, name: string, change?: { readonly seriesId: string; readonly model: ForecastModel }): string | undefined;
  addPreset(preset: PresetId): string | undefined;
  /**
   * A ready-made scenario in view, in one step: one of the user's already holding exactly its models is compared and
   * focused; otherwise the preset is added. Returns its id (undefined when the list is full).
   */
  showPreset(preset: PresetId): string | undefined;
  addScenarios(scenarios: readonly Omit<Scenario, 'id' | 'colorIndex' | 'readOnly'>[]): string[];
  renameScenario(id: string, name: string): void;
  describeScenario(id: string, description: string): void;
  deleteScenario(id: string): void;
  restoreBase(): void;
  setModel(id: string, seriesId: string, model: ForecastModel, coalesceKey?: string): void;
  /** Sets (or, with undefined, clears) the range of one parameter; the first range stores the default seed. */
  setUncertainty(id: string, seriesId: string, paramPath: string, range: ParamRange | undefined, coalesceKey?: string): void;
  /** Changes the seed or the sample count (clamped to 1,000-100,000) of a scenario that has ranges. */
  setSimulationOptions(id: string, options: { readonly seed?: number; readonly samples?: number }): void;
  toggleCompared(id: string): void;
  focusScenario(id: string): void;
  /** Changes one chart's own words or arrows (undoable; typing in one field is one step). */
  setChartWords(seriesId: string, change: Partial<ChartWords>, coalesceKey?: string): void;
}

/** Past ten scenarios colours repeat: one joining the comparison takes a colour none of the others there shows. */
export function distinctColour(scenarios: readonly Scenario[], compared: readonly string[], id: string): Scenario[] {
  const target = scenarios.find((s) => s.id === id);
  const others = scenarios.filter((s) => s.id !== id && compared.includes(s.id));
  if (!target || !others.some((s) => s.colorIndex === target.colorIndex)) return [...scenarios];
  const colorIndex = freeColor(others);
  return scenarios.map((s) => (s.id === id ? { ...s, colorIndex } : s));
}

/** The scenario with this uncertainty; the same object when nothing changed, so `commit` records no step. */
function withUncertainty(scenario: Scenario, uncertainty: Scenario['uncertainty']): Scenario {
  if (uncertainty === scenario.uncertainty) return scenario;
  const { uncertainty: _old, ...rest } = scenario;
  return uncertainty ? { ...rest, uncertainty } : rest;
}

/** Two scenarios' models are the same numbers for every series (key order aside). */
function sameModels(a: Scenario['models'], b: Scenario['models']): boolean {
  const text = (m: Scenario['models']) => JSON.stringify(Object.keys(m).sort().map((k) => [k, m[k]]), (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));
  return text(a) === text(b);
}

/** Scenario actions. Every change goes through `commit`, which records it for undo. */
export const createDocSlice =
  (series: readonly SeriesDefinition[], initial: Doc): SliceCreator<DocSlice> =>
  (_set, get) => {
    const edit = (id: string, change: (s: Scenario) => Scenario, key?: string) =>
      get().commit((doc) => {
        const target = doc.scenarios.find((s) => s.id === id);
        if (!target || target.readOnly) return doc;
        const changed = change(target);
        if (changed === target) return doc;
        return { ...doc, scenarios: doc.scenarios.map((s) => (s.id === id ? changed : s)) };
      }, key);

    const add = (make: (doc: Doc) => Scenario | undefined): string | undefined => {
      let added: string | undefined;
      get().commit((doc) => {
        if (doc.scenarios.length >= MAX_SCENARIOS) return doc;
        const scenario = make(doc);
        if (!scenario) return doc;
        added = scenario.id;
        const compared = doc.compared.length < MAX_COMPARED ? [...doc.compared, scenario.id] : doc.compared;
        return { ...doc, scenarios: distinctColour([...doc.scenarios, scenario], compared, scenario.id), compared, focusId: scenario.id };
      });
      return added;
    };

    return {
      doc: initial,
      reportSeries: series,
      createScenario: (name) =>
        add((doc) => {
          const base = doc.scenarios.find((s) => s.id === BASE_ID) ?? baseScenario(series, get().settings.lang);
          return {
            ...base,
            id: newScenarioId(),
            name: uniqueName(name, doc.scenarios),
            description: '',
            readOnly: false,
            origin: 'user',
            colorIndex: freeColor(doc.scenarios),
          };
        })!,
      duplicateScenario: (id, name, change) =>
        add((doc) => {
          const source = doc.scenarios.find((s) => s.id === id);
          if (!source) return undefined;
          const copy: Scenario = {
            ...source,
            id: newScenarioId(),
            name: uniqueName(name, doc.scenarios),
            readOnly: false,
            origin: 'user',
            colorIndex: freeColor(doc.scenarios),
          };
          return change ? withModel(copy, change.seriesId, change.model) : copy;
        }),
      addPreset: (preset) =>
        add((doc) => {
          const scenario = presetScenario(preset, series, get().settings.lang, freeColor(doc.scenarios), newScenarioId());
          return scenario && { ...scenario, name: uniqueName(scenario.name, doc.scenarios) };
        }),
      showPreset: (preset) => {
        const wanted = presetScenario(preset, series, get().settings.lang, 0, '');
        const found = wanted && get().doc.scenarios.find((s) => !s.readOnly && sameModels(s.models, wanted.models));
        if (!found) return get().addPreset(preset);
        get().commit((doc) => {
          const compared = doc.compared.includes(found.id) || doc.compared.length >= MAX_COMPARED ? doc.compared : doc.scenarios.map((s) => s.id).filter((s) => s === found.id || doc.compared.includes(s));
          return { ...doc, scenarios: distinctColour(doc.scenarios, compared, found.id), compared, focusId: found.id };
        });
        return found.id;
      },
      addScenarios: (incoming) => {
        const ids: string[] = [];
        get().commit((doc) => {
          let scenarios = [...doc.scenarios];
          let compared = [...doc.compared];
          for (const item of incoming) {
            if (scenarios.length >= MAX_SCENARIOS) break;
            const scenario: Scenario = {
              ...item,
              id: newScenarioId(),
              name: uniqueName(item.name, scenarios),
              description: fitText(item.description, MAX_DESCRIPTION_LENGTH),
              readOnly: false,
              colorIndex: freeColor(scenarios),
            };
            if (compared.length < MAX_COMPARED) compared = [...compared, scenario.id];
            scenarios = distinctColour([...scenarios, scenario], compared, scenario.id);
            ids.push(scenario.id);
          }
          if (!ids.length) return doc;
          return { ...doc, scenarios, compared, focusId: ids[0] ?? doc.focusId };
        });
        return ids;
      },
      renameScenario: (id, name) => {
        const fitted = scenarioName(name);
        if (fitted && !nameTaken(fitted, get().doc.scenarios, id)) edit(id, (s) => ({ ...s, name: fitted }), `rename:${id}`);
      },
      describeScenario: (id, description) => edit(id, (s) => ({ ...s, description: fitText(description, MAX_DESCRIPTION_LENGTH) }), `describe:${id}`),
      deleteScenario: (id) =>
        get().commit((doc) => {
          const target = doc.scenarios.find((s) => s.id === id);
          if (!target || target.readOnly) return doc;
          const scenarios = doc.scenarios.filter((s) => s.id !== id);
          const compared = doc.compared.filter((c) => c !== id);
          return {
            ...doc,
            scenarios,
            compared: compared.length ? compared : [BASE_ID],
            focusId: doc.focusId === id ? BASE_ID : doc.focusId,
          };
        }),
      restoreBase: () =>
        get().commit((doc) => {
          const base = baseScenario(series, get().settings.lang);
          const others = doc.scenarios.filter((s) => s.id !== BASE_ID);
          const compared = doc.compared.includes(BASE_ID) ? doc.compared : [BASE_ID, ...doc.compared].slice(0, MAX_COMPARED);
          return { ...doc, scenarios: distinctColour([base, ...others], compared, BASE_ID), compared };
        }),
      setModel: (id, seriesId, model, coalesceKey) => {
        // The saved-state schema refuses a number outside its domain: one the store took would be lost on reload.
        if (!checkModelDomains(model).ok) return;
        edit(id, (s) => withModel(s, seriesId, model), coalesceKey);
      },
      setUncertainty: (id, seriesId, paramPath, range, coalesceKey) =>
        edit(id, (s) => withUncertainty(s, withRange(s.uncertainty, seriesId, paramPath, range)), coalesceKey),
      setSimulationOptions: (id, { seed, samples }) =>
        edit(
          id,
          (s) =>
            s.uncertainty
              ? {
                  ...s,
                  uncertainty: {
                    ...s.uncertainty,
                    ...(seed !== undefined ? { seed: clampSeed(seed) } : {}),
                    ...(samples !== undefined ? { samples: clampSamples(samples) } : {}),
                  },
                }
              : s,
          `simulation:${id}`,
        ),
      toggleCompared: (id) =>
        get().commit((doc) => {
          if (!doc.scenarios.some((s) => s.id === id)) return doc;
          if (doc.compared.includes(id)) {
            const compared = doc.compared.filter((c) => c !== id);
            return compared.length ? { ...doc, compared } : doc;
          }
          if (doc.compared.length >= MAX_COMPARED) return doc;
          // Keep the order of the scenario list, so colours and legend read the same way.
          const compared = doc.scenarios.map((s) => s.id).filter((s) => s === id || doc.compared.includes(s));
          return { ...doc, scenarios: distinctColour(doc.scenarios, compared, id), compared };
        }),
      setChartWords: (seriesId, change, coalesceKey) => get().commit((doc) => withChartWords(doc, seriesId, change), coalesceKey),
      focusScenario: (id) =>
        get().commit((doc) => (doc.scenarios.some((s) => s.id === id) ? { ...doc, focusId: id } : doc), 'focus'),
    };
  };
