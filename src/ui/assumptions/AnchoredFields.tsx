import { lazy, Suspense, useId, useState, type ReactElement, type ReactNode } from 'react';
import type { FieldKind } from '../../io/parse-input';
import { MAX_ANCHORS, type AnchoredModel, type Anchor, type Currency, type ForecastModel, type Lang, type SeriesDefinition } from '../../model';
import { basisOf, useT } from '../shared';
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
                  <Opener label={t.assumptions.addHigh} load={loadValueForm}>
                    {(close) => <ValueForm low={anchor.low} kind={valueKind} currency={currency} onClose={close} onAdd={(high) => apply(withAnchor(i, { ...anchor, high }), `anchors.${i}.high-add`)} />}
                  </Opener>
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
      {/* A path holds at most MAX_ANCHORS (what saved work may carry); a new one goes at any free year, in its place. */}
      {model.anchors.length < MAX_ANCHORS && (
        <Opener label={t.assumptions.addAnchor} load={loadNewAnchor}>
          {(close) => <NewAnchorForm model={model} seriesId={series.id} lang={lang} onClose={close} onAdd={(candidate) => apply(candidate, 'anchors')} />}
        </Opener>
      )}
      {field('rateBefore', t.assumptions.rateBefore, model.rateBefore, 'rate', rateSlider)}
      {field('rateAfter', t.assumptions.rateAfter, model.rateAfter, 'rate', rateSlider)}
      {/* A path slows toward its ceiling after its last anchor (AnchoredModel.ceiling): the users base path toward the
          cited internet users; any other can be given one (a count of people of one's own ran past any population). */}
      {model.ceiling !== undefined ? (
        field('ceiling', t.assumptions.ceiling, model.ceiling, valueKind)
      ) : (
        <Opener label={`+ ${t.assumptions.ceiling}`} load={loadValueForm}>
          {(close) => <ValueForm kind={valueKind} currency={currency} onClose={close} onAdd={(ceiling) => apply({ ...model, ceiling }, 'ceiling-add')} />}
        </Opener>
      )}
    </>
  );
}

// The forms for a high end or a ceiling and for a new anchor (their readers and checks) load when first asked for, not with the page.
const loadValueForm = () => import('./ValueForm');
const loadNewAnchor = () => import('./NewAnchorForm');
const ValueForm = lazy(loadValueForm);
const NewAnchorForm = lazy(loadNewAnchor);

/**
 * A button that opens a form in its place ("Add a high end", "+ Ceiling", "Add anchor"); while the form loads, its place
 * is held. Closed, the focus goes back to the button while it stands (a new anchor's form then moves it on to its value).
 */
function Opener({ label, load, children }: { label: string; load: () => Promise<unknown>; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const preload = () => void load().catch(() => undefined);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  };
  return open ? (
    <Suspense fallback={<div className="anchor__high anchor__high--loading" aria-busy="true" />}>{children(close)}</Suspense>
  ) : (
    <button id={id} type="button" className="button button--quiet" onClick={() => setOpen(true)} onPointerEnter={preload} onFocus={preload}>
      {label}
    </button>
  );
}
