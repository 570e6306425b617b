import { useMemo } from 'react';
import type { FieldKind } from '../../io/parse-input';
import { Dec, fitLogistic, paramDomain, paramKind, type ForecastModel, type Lang, type ModelType, type ParamKind, type Projection, type SeriesDefinition, type Unit } from '../../model';
import type { ParamRange } from '../../state';
import { basisOf, useApp, useStoreApi, useT } from '../shared';
import { numberText, rateText, valueText, yearText } from './field-formats';
import { ParamField, type SliderSpec } from './ParamField';
import { AnchoredFields } from './AnchoredFields';
import { withParam } from '../../model/params';

interface ModelEditorProps {
  readonly series: SeriesDefinition;
  readonly model: ForecastModel;
  readonly unit: Unit;
  readonly lang: Lang;
  /** Applies a candidate model, or returns why it cannot be used. */
  readonly apply: (candidate: ForecastModel, field: string, source?: 'slider' | 'text') => string | undefined;
  readonly currentPath: () => Projection;
  /** The model in force now, read when a field commits (a field's callbacks outlive the render that made them). */
  readonly latestModel: () => ForecastModel | undefined;
  readonly citedCeiling: string;
  /** Whose model this is (scenario and series): a kind switched away from comes back as it was left. */
  readonly memoryKey: string;
  /** The ranges this series carries in the scenario, by parameter path. */
  readonly ranges?: Readonly<Record<string, ParamRange>>;
  /** Sets or clears a parameter's range, with the model the median makes; returns why it cannot be used. */
  readonly applyRange?: (path: string, range: ParamRange | undefined, kind: ParamKind, make: (v: string) => ForecastModel) => string | undefined;
}

// How one model type becomes another (and the figures a curve is fitted to) loads when the reader
// reaches for the type select or the fit button, not with the page; a load that failed is tried again.
let switching: Promise<typeof import('./model-switch')> | undefined;
const loadSwitch = () =>
  (switching ??= import('./model-switch').catch((error: unknown) => {
    switching = undefined;
    throw error;
  }));
const preloadSwitch = () => void loadSwitch().catch(() => undefined);

const RATE_SLIDER: SliderSpec = { min: -50, max: 300, step: 0.1 };
const YEAR_SLIDER: SliderSpec = { min: 2015, max: 2040, step: 1 };
const MIDPOINT_SLIDER: SliderSpec = { min: 2015, max: 2045, step: 0.01 };
const STEEPNESS_SLIDER: SliderSpec = { min: 0.05, max: 3, step: 0.01 };

interface FieldCallbacks {
  readonly onCommit: (value: string, source: 'slider' | 'text') => string | undefined;
  readonly onRange: (range: ParamRange | undefined) => string | undefined;
}

/**
 * Each field's callbacks, made once per field name: they set the parameter by its path on the model
 * in force when they run, so they stay right however long a memoised field keeps them. With the
 * same functions every render, a drag re-renders the dragged field and not its neighbours.
 */
function fieldCallbacks(apply: ModelEditorProps['apply'], applyRange: ModelEditorProps['applyRange'], latestModel: () => ForecastModel | undefined) {
  const made = new Map<string, FieldCallbacks>();
  return (name: string): FieldCallbacks => {
    let callbacks = made.get(name);
    if (!callbacks) {
      callbacks = {
        onCommit: (v, source) => {
          const model = latestModel();
          return model ? apply(withParam(model, name, v), name, source) : undefined;
        },
        onRange: (range) => {
          const model = latestModel();
          const kind = model && paramKind(model.type, name);
          if (!model || !kind?.ok || !applyRange) return undefined;
          return applyRange(name, range, kind.value, (v) => withParam(model, name, v));
        },
      };
      made.set(name, callbacks);
    }
    return callbacks;
  };
}

/** A log slider spanning two orders of magnitude either side of the report's figures. */
function valueSlider(series: SeriesDefinition): SliderSpec {
  const values = series.figures
    .filter((f) => f.quantity === 'level')
    .flatMap((f) => [f.value, f.low, f.high])
    .filter((v): v is string => v !== undefined);
  const logs = values.map((v) => Math.log10(Number(v)));
  const min = logs.length ? Math.floor(Math.min(...logs)) - 2 : 3;
  const max = logs.length ? Math.ceil(Math.max(...logs)) + 2 : 12;
  return { min, max, step: 0.001, log: true };
}

export function ModelEditor({ series, model, unit, lang, apply, currentPath, latestModel, citedCeiling, ranges, applyRange, memoryKey }: ModelEditorProps) {
  const t = useT();
  const store = useStoreApi();
  // A share's values are typed and shown in percent, as its form takes them (30 is 30%, shown 30%).
  const valueKind: FieldKind = unit.kind === 'people' ? 'count' : unit.kind === 'share' ? 'rate' : 'amount';
  const currency = unit.kind === 'money' ? unit.currency : undefined;
  const unitStyle = useApp((s) => s.settings.unitStyle);
  // Money is typed in the series' own currency: while the page shows another, the box says which (¥100B).
  const shown = useApp((s) => s.settings.currency);
  const sign = currency && shown !== 'native' && shown !== currency ? (currency === 'USD' ? '$' : '¥') : '';
  const formatValue = useMemo(() => valueText(lang, unitStyle, sign), [lang, unitStyle, sign]);
  const slider = useMemo(() => valueSlider(series), [series]);
  const callbacksFor = useMemo(() => fieldCallbacks(apply, applyRange, latestModel), [apply, applyRange, latestModel]);
  const field = (name: string, label: string, value: string, kind: FieldKind, spec?: SliderSpec) => {
    // A range replaces one number; an anchor that is itself a range (low and high) keeps its two numbers.
    const rangeKind = paramKind(model.type, name);
    const rangeable = applyRange && rangeKind.ok && !(model.type === 'anchored' && model.anchors[Number(name.split('.')[1])]?.high !== undefined);
    const range = ranges?.[name];
    const callbacks = callbacksFor(name);
    const domain = paramDomain(model.type, name);
    return (
      <ParamField
        key={name}
        testId={`field-${series.id}-${name}`}
        label={label}
        value={value}
        kind={kind}
        {...(currency && (kind === 'amount') ? { currency } : {})}
        {...(domain ? { domain } : {})}
        format={kind === 'rate' ? rateText : kind === 'year' ? yearText : kind === 'number' ? numberText : formatValue}
        {...(spec ? { slider: spec } : {})}
        onCommit={callbacks.onCommit}
        {...(rangeable ? { rangeKind: rangeKind.value, onRange: callbacks.onRange } : {})}
        {...(rangeable && range ? { range } : {})}
      />
    );
  };

  // Changes apply in the order they were made: each waits on the same load. The model left is kept for
  // the visit, and switching back to its kind brings it back (if it still stands), else the report's start.
  const onType = (type: ModelType) =>
    void loadSwitch().then(({ switchModel, rememberLeft, leftModel }) => {
      const leaving = latestModel();
      if (!leaving || type === leaving.type) return;
      const own = leftModel(store, memoryKey, type);
      const used = own && apply(own, 'type') === undefined;
      const next = used ? undefined : switchModel(type, series, currentPath(), citedCeiling);
      if (used || (next && apply(next, 'type') === undefined)) rememberLeft(store, memoryKey, leaving);
    });

  return (
    <div className="model-editor">
      <label className="model-type">
        <span>{t.assumptions.model}</span>
        <select value={model.type} onChange={(e) => onType(e.target.value as ModelType)} onFocus={preloadSwitch} onPointerEnter={preloadSwitch} data-testid={`model-type-${series.id}`}>
          <option value="compound">{t.assumptions.compound}</option>
          <option value="anchored">{t.assumptions.anchored}</option>
          <option value="logistic">{t.assumptions.logistic}</option>
        </select>
      </label>
      {model.type === 'compound' && (
        <>
          {field('cagr', t.assumptions.cagr, model.cagr, 'rate', RATE_SLIDER)}
          {field('baseValue', t.assumptions.baseValue, model.baseValue, valueKind, slider)}
          {field('baseYear', t.assumptions.baseYear, String(model.baseYear), 'year', YEAR_SLIDER)}
        </>
      )}
      {model.type === 'anchored' && (
        <AnchoredFields series={series} model={model} lang={lang} field={field} valueKind={valueKind} currency={currency} slider={slider} rateSlider={RATE_SLIDER} apply={apply} />
      )}
      {model.type === 'logistic' && (
        <>
          {field('ceiling', t.assumptions.ceiling, model.ceiling, valueKind, slider)}
          {field('midpoint', t.assumptions.midpoint, model.midpoint, 'number', MIDPOINT_SLIDER)}
          {field('steepness', t.assumptions.steepness, model.steepness, 'number', STEEPNESS_SLIDER)}
          <button
            type="button"
            className="button button--quiet"
            onFocus={preloadSwitch}
            onPointerEnter={preloadSwitch}
            onClick={() =>
              void loadSwitch().then(({ figureAnchors }) => {
                const points = figureAnchors(series).map((a) => ({ year: a.year, value: a.high ? new Dec(a.low).times(a.high).sqrt() : new Dec(a.low) }));
                const fit = fitLogistic(points, model.ceiling);
                apply(fit.ok ? fit.value.model : model, 'fit');
              })
            }
          >
            {basisOf(t, series).fit}
          </button>
        </>
      )}
    </div>
  );
}
