import { memo, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { parseInput, type FieldKind } from '../../io/parse-input';
import { Dec, type Currency, type ParamKind } from '../../model';
import type { ParamRange } from '../../state';
import { useT, inputErrorText } from '../shared';
import { RangeReading } from '../uncertainty';
import { takeSliderEvents } from '../drag';
import { readTyped, rangeFieldText } from './range-input';

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
  if (kind === 'rate') n *= 100;
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
 * A number with a slider and a typed value. Typed text is read as the user types; what cannot be
 * read, or what the model refuses, is explained beside the field and the last valid value stays.
 */
// Memoised: a field re-renders when its own props change (ModelEditor keeps its callbacks the same functions).
export const ParamField = memo(function ParamField({ label, value, kind, currency, format, slider, disabled, onCommit, testId, rangeKind, range, onRange }: ParamFieldProps) {
  const t = useT();
  const id = useId();
  const inForce = rangeFieldText(value, range, format, t);
  const [text, setText] = useState(() => inForce);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const textBox = useRef<HTMLInputElement>(null);

  // A value changed elsewhere (slider, undo), or a new format (the language), shows up unless the user
  // is typing: adjusted during render, as React advises.
  const [shown, setShown] = useState({ value, format, inForce });
  if (!editing && (shown.value !== value || shown.format !== format || shown.inForce !== inForce)) {
    setShown({ value, format, inForce });
    setText(inForce);
    setError(undefined);
  }

  const onText = (next: string) => {
    setText(next);
    // A range ("40% to 70%") where ranges are taken; one number otherwise, which also clears a range.
    const typed = readTyped(next, kind, currency, Boolean(onRange && rangeKind), t);
    if (typed.type === 'error') return setError(typed.message);
    if (typed.type === 'range') return setError(onRange!(typed.range));
    const parsed = parseInput(next, kind, currency);
    if (!parsed.ok) {
      setError(inputErrorText(parsed.kind, t));
      return;
    }
    const cleared = range && onRange ? onRange(undefined) : undefined;
    setError(cleared ?? onCommit(parsed.value, 'text'));
  };

  return (
    <div className={`param${error ? ' param--error' : ''}${range ? ' param--range' : ''}`} data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <div className="param__controls">
        {slider && (
          <RangeSlider
            label={label}
            spec={slider}
            position={sliderPosition(value, slider, kind)}
            // With a range the value in force is the range's median: the slider rests until one number is typed.
            disabled={disabled || Boolean(range)}
            title={range ? t.uncertainty.sliderOff : undefined}
            onMove={(position) => {
              const next = fromSlider(position, slider, kind);
              const message = onCommit(next, 'slider');
              setError(message);
              // The box shows the slider's value at once, written straight to it: the store takes the
              // value a moment later (drag-preview.ts), and the box's state follows then, to the same text.
              if (message === undefined && textBox.current) textBox.current.value = format(next);
              // Clearing an error re-renders the field: its text then has to be the new one too.
              if (message === undefined && error) setText(format(next));
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
          aria-describedby={error ? `${id}-error` : range ? `${id}-range` : undefined}
          title={rangeKind && onRange ? t.uncertainty.rangeHint : undefined}
          onFocus={() => setEditing(true)}
          onBlur={() => {
            setEditing(false);
            if (!error) setText(inForce);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
            if (e.key === 'Escape') {
              setText(inForce);
              setError(undefined);
            }
          }}
          onChange={(e) => onText(e.target.value)}
        />
      </div>
      {error && (
        <p className="param__error" id={`${id}-error`} role="alert">
          {error} <span className="param__inforce">{t.assumptions.inForce(inForce)}</span>
        </p>
      )}
      {range && rangeKind && (
        <RangeReading id={`${id}-range`} kind={rangeKind} range={range} format={format} label={label} disabled={disabled} onClear={() => setError(onRange?.(undefined))} />
      )}
    </div>
  );
});

/**
 * The slider, left to the browser while it is dragged: React does not hold its value (a controlled
 * input would be put back until the app's state caught up, and the app may draw the chart first and
 * update its state a moment later); the value in force is written to it whenever it changes.
 */
function RangeSlider({ label, spec, position, disabled, title, onMove }: {
  label: string;
  spec: SliderSpec;
  position: number;
  disabled: boolean;
  title: string | undefined;
  /** Applies a position; false when the model refuses it, and the slider goes back to the value in force. */
  onMove: (position: number) => boolean;
}) {
  const ref = useRef<HTMLInputElement>(null);
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
    let moved: string | undefined;
    return takeSliderEvents(input, (event) => {
      // Letting go sends `change` with the value the last `input` had: nothing new to take.
      const taken = event.type === 'change' && input.value === moved;
      moved = event.type === 'input' ? input.value : undefined;
      if (taken) return;
      // A refused move stores the last one taken first (AssumptionsPanel), so that is the value in force to go back to.
      if (!latest.current.onMove(Number(input.value))) input.value = String(latest.current.position);
    });
  }, []);
  return <input ref={ref} type="range" aria-label={label} min={spec.min} max={spec.max} step={spec.step} defaultValue={position} disabled={disabled} title={title} />;
}
