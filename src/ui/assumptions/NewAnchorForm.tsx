import { useState } from 'react';
import { parseInput } from '../../io/parse-input';
import { checkModelDomains, DOMAINS, MAX_ANCHORS, projectAnchored, type AnchoredModel, type Lang } from '../../model';
import { anchorFormCatalogues } from '../i18n/anchor-form';
import { modelErrorText, useT } from '../shared';
import { AddForm } from './AddForm';

/** Digits a new anchor's value keeps: the path's own value there, to far more digits than any table shows. */
const VALUE_DIGITS = 20;

/**
 * The path with an anchor added at `year`, in its place among the others, on the path as it runs now (between
 * two anchors, or run back or on by the rates), so adding one moves nothing until its value is changed: after the
 * last anchor of a path bending toward a ceiling only the next year keeps that (the form refuses later ones).
 * Undefined when the path cannot be worked out there.
 */
export function withAnchorAt(model: AnchoredModel, year: number): AnchoredModel | undefined {
  const path = projectAnchored(model, { from: year, to: year });
  const value = path.ok ? path.value[0]?.value : undefined;
  if (!value) return undefined;
  const anchors = [...model.anchors, { year, low: value.toSignificantDigits(VALUE_DIGITS).toString() }].sort((a, b) => a.year - b.year);
  return { ...model, anchors };
}

/**
 * "Add anchor": the user types the year, anywhere from 2000 to 2100 that has no anchor yet (before the first,
 * between two, after the last), and nothing changes until it is added. Refused with a reason when the year cannot
 * be read, is taken, lies outside those years, or the path already has all the anchors it may hold.
 */
export default function NewAnchorForm({
  model,
  seriesId,
  lang,
  onAdd,
  onClose,
}: {
  model: AnchoredModel;
  seriesId: string;
  lang: Lang;
  /** Applies the path with its new anchor; returns why it cannot be used. */
  onAdd: (candidate: AnchoredModel) => string | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const w = anchorFormCatalogues[lang];
  const last = model.anchors[model.anchors.length - 1];
  // The year after the last anchor is offered, as the button used to add it; any free year can be typed instead.
  const [text, setText] = useState(last && last.year < Number(DOMAINS.year.max) ? String(last.year + 1) : '');
  const [error, setError] = useState<string | undefined>();
  const add = () => {
    if (model.anchors.length >= MAX_ANCHORS) return setError(w.full(MAX_ANCHORS));
    const parsed = parseInput(text, 'year');
    if (!parsed.ok) return setError(parsed.kind === 'not-whole-year' ? t.errors.input['not-whole-year'] : w.unreadable);
    const year = Number(parsed.value);
    if (model.anchors.some((a) => a.year === year)) return setError(w.taken(year));
    if (year < Number(DOMAINS.year.min) || year > Number(DOMAINS.year.max)) return setError(t.errors.domain.year);
    // Between two anchors a path grows at one rate; after the last it bends toward its ceiling, so an anchor two or more
    // years on would straighten the years between: they are added one at a time, each on the curve, and nothing moves.
    if (model.ceiling !== undefined && last && year > last.year + 1) return setError(w.oneAtATime(last.year));
    const candidate = withAnchorAt(model, year);
    const domains = candidate ? checkModelDomains(candidate) : undefined;
    if (!candidate || !domains) return setError(t.errors.domain.value);
    if (!domains.ok) return setError(modelErrorText(domains.error, t));
    const refused = onAdd(candidate);
    if (refused) return setError(refused);
    onClose();
    // The new anchor's value box takes the focus once drawn, to be typed into (the form is gone by then).
    const at = candidate.anchors.findIndex((a) => a.year === year);
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-testid="field-${seriesId}-anchors.${at}.low"] input[type="text"]`)?.focus());
  };
  return <AddForm label={w.year} text={text} setText={setText} inputMode="numeric" error={error} hint={w.hint} onAdd={add} onClose={onClose} />;
}
