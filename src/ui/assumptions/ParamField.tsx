import { memo, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { FieldKind } from '../../io/parse-input';
import { Dec, type Currency, type DomainKind, type ParamKind } from '../../model';
import type { ParamRange } from '../../state';
import { useT } from '../shared';
import { RangeReading } from '../uncertainty';
import { useDragSession } from '../drag';
import { readDraft, readsAs, rangeFieldText, type DraftRules } from './range-input';

export interface SliderSpec {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** A log slider moves through orders of magnitude (amounts, user counts). */
  readonly log?: boolean;
}

export interface ParamFieldProps {
  readonly label: string;
  /** The value in force, an exact decimal string. */
  readonly value: string;
  readonly kind: FieldKind;
  readonly currency?: Currency;
  /** The parameter's plausible domain (model/domains.ts): typed numbers outside it are refused, saying why. */
  readonly domain?: DomainKind;
  /** How the value in force is written back into the text box (56.6%, 22.19亿). */
  readonly format: (value: string) => string;
  readonly slider?: SliderSpec;
  readonly disabled?: boolean;
  /** Applies a value; returns a sentence when the model refuses it (the last valid value stays). */
  readonly onCommit: (value: string, source: 'slider' | 'text') => string | undefined;
  readonly testId?: string;
  /** How a range typed here is read (model/uncertainty); without it the field takes one number only. */
  readonly rangeKind?: ParamKind;
  /** The range this parameter carries, if any: the box shows it and the value in force is its median. */
  readonly range?: ParamRange;
  /** Sets (or, with undefined, clears) the range; returns a sentence when it cannot be used. */
  readonly onRange?: (range: ParamRange | undefined) => string | undefined;
}

function sliderPosition(value: string, slider: SliderSpec, kind: FieldKind): number {
  let n: number;
  try {
    n = new Dec(value).toNumber();
  } catch {
    return slider.min;
  }
  // A linear rate slider runs in percent; a logarithmic one in the value itself (a share: 0.4, as fromSlider gives back).
  if (kind === 'rate' && !slider.log) n *= 100;
  if (slider.log) n = n > 0 ? Math.log10(n) : slider.min;
  // On the slider's own steps (0.8 · 100 is 80.00000000000001): the value the browser holds after a
  // drag then equals the one rendered, and React leaves the dragged input alone.
  const steps = Math.round((Math.min(slider.max, Math.max(slider.min, n)) - slider.min) / slider.step);
  return Number((slider.min + steps * slider.step).toFixed(decimals(slider.step)));
}

function decimals(step: number): number {
  const text = String(step);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

function fromSlider(position: number, slider: SliderSpec, kind: FieldKind): string {
  if (slider.log) return new Dec(10).pow(position).toSignificantDigits(4).toString();
  const value = new Dec(position).toDecimalPlaces(6);
  return (kind === 'rate' ? value.div(100) : value).toString();
}

/**
 * A number with a slider and a typed value. The typed text is a draft: nothing is in force until it
 * reads as a value inside the parameter's domain and is committed, by Enter or by leaving the field.
 * Escape puts the value in force and its text back. What cannot be used is explained beside the field
 * (with the value still in force) for as long as the text stays: it never silently changes back.
 */
// Memoised: a field re-renders when its own props change (ModelEditor keeps its callbacks the same functions).
export const ParamField = memo(function ParamField({ label, value, kind, currency, domain, format, slider, disabled, onCommit, testId, rangeKind, range, onRange }: ParamFieldProps) {
  const t = useT();
  const id = useId();
  const rules: DraftRules = { kind, currency, rangesAllowed: Boolean(onRange && rangeKind), domain, inForce: value };
  // The last text committed here: shown back when the value's own format would round it (56.61234%).
  const [typed, setTyped] = useState<{ value: string; text: string } | undefined>();
  const formatted = rangeFieldText(value, range, format, t);
  const inForce = !range && typed?.value === value && !readsAs(formatted, value, rules, t) ? typed.text : formatted;
  const [text, setText] = useState(() => inForce);
  const [editing, setEditing] = useState(false);
  // Why the model refused the last commit or slider move (the text itself reads fine).
  const [refusal, setRefusal] = useState<string | undefined>();
  // A range typed high end first, as typed: the field says how it was read.
  const [reversed, setReversed] = useState<{ typed: string; read: string } | undefined>();
  const textBox = useRef<HTMLInputElement>(null);
  // Where the slider set out from: the value in force when it last came from elsewhere (typed, an undo, the
  // report's default), and the values the slider has made since. A slider moved back to that value's own
  // position gives that value back: its steps would round it (10^6.857 is 719.4万, not the 720万 it left).
  const home = useRef<{ value: string; made: Set<string> }>({ value, made: new Set() });
  useLayoutEffect(() => {
    if (!home.current.made.has(value)) home.current = { value, made: new Set() };
  }, [value]);

  const dirty = text !== inForce;
  const draft = dirty ? readDraft(text, rules, t) : undefined;
  const error = refusal ?? (draft?.type === 'error' ? draft.message : undefined);

  // A value changed elsewhere (slider, undo, another tab's work merged in), or a new format (the
  // language), shows up unless the user is typing, or left text here that cannot be used (it stays, with
  // its message, until corrected or reverted): adjusted during render, as React advises. A box with the
  // focus whose text is still the value it showed (nothing typed since) is not being typed in: it follows
  // too, so it never shows a value that is no longer in force.
  const [shown, setShown] = useState({ value, inForce });
  if ((shown.value !== value || shown.inForce !== inForce) && (!editing || text === shown.inForce || text === inForce)) {
    setShown({ value, inForce });
    if (draft?.type !== 'error') {
      setText(inForce);
      setRefusal(undefined);
    }
  }

  const commit = () => {
    if (!draft || draft.type === 'error') return;
    if (draft.type === 'range') {
      const refused = onRange!(draft.range);
      setRefusal(refused);
      if (refused !== undefined) return;
      const read = rangeFieldText(value, draft.range, format, t);
      setReversed(draft.reversed ? { typed: text, read } : undefined);
      setText(read);
      return;
    }
    // One number where a range was clears the range first.
    const refused = (range && onRange ? onRange(undefined) : undefined) ?? onCommit(draft.value, 'text');
    setRefusal(refused);
    if (refused !== undefined) return;
    setTyped({ value: draft.value, text });
    setReversed(undefined);
    const back = format(draft.value);
    setText(readsAs(back, draft.value, rules, t) ? back : text);
  };

  const describedBy = [error ? `${id}-error` : undefined, reversed ? `${id}-read` : undefined, range ? `${id}-range` : undefined].filter(Boolean).join(' ');
  return (
    <div className={`param${error ? ' param--error' : ''}${range ? ' param--range' : ''}`} data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <div className="param__controls">
        {slider && (
          <RangeSlider
            label={label}
            spec={slider}
            position={sliderPosition(value, slider, kind)}
            valueText={inForce}
            // With a range the value in force is the range's median: the slider rests until one number is typed.
            disabled={disabled || Boolean(range)}
            title={range ? t.uncertainty.sliderOff : undefined}
            onMove={(position) => {
              const start = home.current.value;
              const next = position === sliderPosition(start, slider, kind) ? start : fromSlider(position, slider, kind);
              const message = onCommit(next, 'slider');
              if (message === undefined) home.current.made.add(next);
              setRefusal(message);
              // The box shows the slider's value at once, written straight to it: the store takes the
              // value a moment later (drag-preview.ts), and the box's state follows then, to the same text.
              if (message === undefined && textBox.current) textBox.current.value = format(next);
              // A draft or a message re-renders the field: its text then has to be the new one too.
              if (message === undefined && (dirty || refusal || reversed)) {
                setText(format(next));
                setReversed(undefined);
              }
              return message === undefined;
            }}
          />
        )}
        <input
          id={id}
          ref={textBox}
          type="text"
          inputMode="decimal"
          className="param__text"
          value={text}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          title={rangeKind && onRange ? t.uncertainty.rangeHint : undefined}
          onFocus={() => setEditing(true)}
          onBlur={() => {
            setEditing(false);
            commit();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setText(inForce);
              setRefusal(undefined);
              setReversed(undefined);
            }
          }}
          onChange={(e) => {
            setText(e.target.value);
            setRefusal(undefined);
            setReversed(undefined);
          }}
        />
      </div>
      {error && (
        <p className="param__error" id={`${id}-error`} role="alert">
          {error} <span className="param__inforce">{t.assumptions.inForce(inForce)}</span>
        </p>
      )}
      {reversed && !error && (
        <p className="param__note" id={`${id}-read`}>
          {t.assumptions.readReversed(reversed.typed, reversed.read)}
        </p>
      )}
      {range && rangeKind && (
        <RangeReading id={`${id}-range`} kind={rangeKind} range={range} format={format} label={label} disabled={disabled} onClear={() => setRefusal(onRange?.(undefined))} />
      )}
    </div>
  );
});

/**
 * The slider, left to the browser while it is dragged: React does not hold its value (a controlled
 * input would be put back until the app's state caught up, and the app may draw the chart first and
 * update its state a moment later); the value in force is written to it whenever it changes.
 */
function RangeSlider({ label, spec, position, valueText, disabled, title, onMove }: {
  label: string;
  spec: SliderSpec;
  position: number;
  /** The value in force as the field writes it (56.6%, 720万): what a screen reader says, not the position. */
  valueText: string;
  disabled: boolean;
  title: string | undefined;
  /** Applies a position; false when the model refuses it, and the slider goes back to the value in force. */
  onMove: (position: number) => boolean;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const drag = useDragSession();
  const latest = useRef({ onMove, position });
  useLayoutEffect(() => {
    latest.current = { onMove, position };
  });
  // Only when the value in force changes: a render in the middle of a drag (its move not stored
  // yet) leaves the slider where the hand put it.
  useLayoutEffect(() => {
    const input = ref.current;
    if (input && Number(input.value) !== position) input.value = String(position);
  }, [position]);
  // Its moves are taken at the window (slider-drag.ts), not through React's events: a drag sends one
  // every frame, and React's dispatch for it (a tree walk and a synchronous flush, for nothing to
  // render) cost a millisecond of a throttled frame. React's root never sees them.
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    // What a screen reader hears follows the hand, as the text box beside it does, not the value stored when it rests.
    const box = input.closest('.param__controls')?.querySelector<HTMLInputElement>('.param__text');
    let moved: string | undefined;
    return drag.take(input, (event) => {
      // Letting go sends `change` with the value the last `input` had: nothing new to take.
      const taken = event.type === 'change' && input.value === moved;
      moved = event.type === 'input' ? input.value : undefined;
      if (taken) return;
      // A refused move stores the last one taken first (AssumptionsPanel), so that is the value in force to go back to.
      if (!latest.current.onMove(Number(input.value))) input.value = String(latest.current.position);
      if (box) input.setAttribute('aria-valuetext', box.value);
    });
  }, [drag]);
  return <input ref={ref} type="range" aria-label={label} aria-valuetext={valueText} min={spec.min} max={spec.max} step={spec.step} defaultValue={position} disabled={disabled} title={title} />;
}
