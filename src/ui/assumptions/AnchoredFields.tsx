import { lazy, Suspense, useState, type ReactElement } from 'react';
import type { FieldKind } from '../../io/parse-input';
import { checkModelDomains, Dec, type AnchoredModel, type Anchor, type Currency, type ForecastModel, type Lang, type SeriesDefinition } from '../../model';
import { basisOf, modelErrorText, useT } from '../shared';
import { anchorFigure, anchorValueKind } from './anchor-kinds';
import { BoundReading } from './BoundReading';
import type { SliderSpec } from './ParamField';

export type FieldFn = (name: string, label: string, value: string, kind: FieldKind, spec?: SliderSpec) => ReactElement;
type Apply = (candidate: ForecastModel, field: string) => string | undefined;

interface AnchoredFieldsProps {
  readonly series: SeriesDefinition;
  readonly model: AnchoredModel;
  readonly lang: Lang;
  readonly field: FieldFn;
  readonly valueKind: FieldKind;
  readonly currency: Currency | undefined;
  readonly slider: SliderSpec;
  readonly rateSlider: SliderSpec;
  readonly apply: Apply;
}

/** The anchors of a path, each value labelled by what the report's wording makes it, with the rates before and after. */
export function AnchoredFields({ series, model, lang, field, valueKind, currency, slider, rateSlider, apply }: AnchoredFieldsProps) {
  const t = useT();
  const last = model.anchors[model.anchors.length - 1];
  const withAnchor = (i: number, anchor: Anchor): AnchoredModel => ({ ...model, anchors: model.anchors.map((a, j) => (j === i ? anchor : a)) });
  return (
    <>
      {/* Where the path runs through a range matters only where there is one. */}
      {model.anchors.some((a) => a.high !== undefined) && (
        <label className="model-type">
          <span>{t.assumptions.through}</span>
          <select value={model.through} onChange={(e) => apply({ ...model, through: e.target.value as AnchoredModel['through'] }, 'through')}>
            <option value="low">{t.assumptions.low}</option>
            <option value="mid">{t.assumptions.mid}</option>
            <option value="high">{t.assumptions.high}</option>
          </select>
        </label>
      )}
      <ol className="anchors">
        {model.anchors.map((anchor, i) => {
          const reading = anchorFigure(series, anchor)?.reading[lang];
          const { high, ...withoutHigh } = anchor;
          return (
            // Keyed by position within a path of this many anchors: when one is removed or added (or that is
            // undone), every anchor's fields start afresh, so a value half-typed into one (a refused typo) is
            // never left in the box of the anchor that takes its place, to be committed there.
            <li key={`${model.anchors.length}:${i}`} className="anchor">
              {field(`anchors.${i}.year`, `${t.assumptions.anchor} ${i + 1}${t.punct.colon}${t.assumptions.anchorYear}`, String(anchor.year), 'year')}
              {reading && <p className="anchor__reading">{basisOf(t, series).says(reading)}</p>}
              {field(`anchors.${i}.low`, t.assumptions.anchorValue[anchorValueKind(series, anchor)], anchor.low, valueKind, slider)}
              {high === undefined && <BoundReading figure={anchorFigure(series, anchor)} low={anchor.low} onChoose={(low) => apply(withAnchor(i, { ...anchor, low }), `anchors.${i}.reading`)} />}
              {high !== undefined && field(`anchors.${i}.high`, t.assumptions.anchorValue['range-high'], high, valueKind)}
              <div className="anchor__actions">
                {high === undefined ? (
                  <AddHighEnd
                    low={anchor.low}
                    kind={valueKind}
                    currency={currency}
                    onAdd={(value) => {
                      const candidate = withAnchor(i, { ...anchor, high: value });
                      const domains = checkModelDomains(candidate);
                      return domains.ok ? apply(candidate, `anchors.${i}.high-add`) : modelErrorText(domains.error, t);
                    }}
                  />
                ) : (
                  <button type="button" className="button button--quiet" onClick={() => apply(withAnchor(i, withoutHigh), `anchors.${i}.high-remove`)}>
                    {t.assumptions.removeHigh}
                  </button>
                )}
                {model.anchors.length > 1 && (
                  <button type="button" className="button button--quiet" onClick={() => apply({ ...model, anchors: model.anchors.filter((_, j) => j !== i) }, 'anchors')}>
                    {t.assumptions.removeAnchor}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {last && last.year < 2100 && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => apply({ ...model, anchors: [...model.anchors, { year: last.year + 1, low: new Dec(last.high ?? last.low).times(1.5).toString() }] }, 'anchors')}
        >
          {t.assumptions.addAnchor}
        </button>
      )}
      {field('rateBefore', t.assumptions.rateBefore, model.rateBefore, 'rate', rateSlider)}
      {field('rateAfter', t.assumptions.rateAfter, model.rateAfter, 'rate', rateSlider)}
      {/* The users base path slows into the cited internet users after its last anchor (AnchoredModel.ceiling). */}
      {model.ceiling !== undefined && field('ceiling', t.assumptions.ceiling, model.ceiling, valueKind)}
    </>
  );
}

// The high end's form (its reader and checks) loads when "Add a high end" is first pressed, not with the page.
const HighEndForm = lazy(() => import('./HighEndForm'));

/** "Add a high end": a button that opens the form; while the form loads, its place is held. */
function AddHighEnd(props: { low: string; kind: FieldKind; currency: Currency | undefined; onAdd: (high: string) => string | undefined }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const preload = () => void import('./HighEndForm').catch(() => undefined);
  if (!open)
    return (
      <button type="button" className="button button--quiet" onClick={() => setOpen(true)} onPointerEnter={preload} onFocus={preload}>
        {t.assumptions.addHigh}
      </button>
    );
  return (
    <Suspense fallback={<div className="anchor__high anchor__high--loading" aria-busy="true" />}>
      <HighEndForm {...props} onClose={() => setOpen(false)} />
    </Suspense>
  );
}
