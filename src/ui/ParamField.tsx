import { useId, useState } from 'react';
import { parseInput, type FieldKind } from '../io/parse-input';
import { Dec, type Currency } from '../model';
import { useT } from './app-context';
import { inputErrorText } from './messages';

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
  return Math.min(slider.max, Math.max(slider.min, n));
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
export function ParamField({ label, value, kind, currency, format, slider, disabled, onCommit, testId }: ParamFieldProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(() => format(value));
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | undefined>();

  // A value changed elsewhere (slider, undo) shows up unless the user is typing: adjusted during render, as React advises.
  const [shown, setShown] = useState(value);
  if (!editing && shown !== value) {
    setShown(value);
    setText(format(value));
    setError(undefined);
  }

  const onText = (next: string) => {
    setText(next);
    const parsed = parseInput(next, kind, currency);
    if (!parsed.ok) {
      setError(inputErrorText(parsed.kind, t));
      return;
    }
    setError(onCommit(parsed.value, 'text'));
  };

  return (
    <div className={`param${error ? ' param--error' : ''}`} data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <div className="param__controls">
        {slider && (
          <input
            type="range"
            aria-label={label}
            min={slider.min}
            max={slider.max}
            step={slider.step}
            value={sliderPosition(value, slider, kind)}
            disabled={disabled}
            onChange={(e) => {
              const message = onCommit(fromSlider(Number(e.target.value), slider, kind), 'slider');
              setError(message);
            }}
          />
        )}
        <input
          id={id}
          type="text"
          inputMode="decimal"
          className="param__text"
          value={text}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onFocus={() => setEditing(true)}
          onBlur={() => {
            setEditing(false);
            if (!error) setText(format(value));
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
            if (e.key === 'Escape') {
              setText(format(value));
              setError(undefined);
            }
          }}
          onChange={(e) => onText(e.target.value)}
        />
      </div>
      {error && (
        <p className="param__error" id={`${id}-error`} role="alert">
          {error} <span className="param__inforce">{t.assumptions.inForce(format(value))}</span>
        </p>
      )}
    </div>
  );
}
