import { useId, useState } from 'react';
import { parseInput, type FieldKind } from '../../io/parse-input';
import { Dec, type Currency } from '../../model';
import { anchorFormCatalogues } from '../i18n/anchor-form';
import { inputErrorText, useApp, useT } from '../shared';

/**
 * "Add a high end" to an anchor (given its `low`), or "+ Ceiling" to a path (no `low`): the user types the value, and
 * nothing changes until it is added. Refused with a reason when it cannot be read, a high end lies below the low end or
 * equals it, or the path refuses it (outside the plausible values; a ceiling not above every anchor).
 */
export default function ValueForm({
  low,
  kind,
  currency,
  onAdd,
  onClose,
}: {
  low?: string;
  kind: FieldKind;
  currency: Currency | undefined;
  onAdd: (value: string) => string | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const w = anchorFormCatalogues[useApp((s) => s.settings.lang)];
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  // Closed, the form is gone (AnchoredFields shows its button again): what was typed goes with it.
  const close = onClose;
  const add = () => {
    const parsed = parseInput(text, kind, currency);
    if (!parsed.ok) return setError(inputErrorText(parsed.kind, t));
    const value = new Dec(parsed.value);
    if (low !== undefined && value.lt(low)) return setError(t.errors.model['anchor-range-reversed']);
    if (low !== undefined && value.eq(low)) return setError(w.highEqualsLow);
    const refused = onAdd(parsed.value);
    if (refused) return setError(refused);
    close();
  };
  return (
    <form
      className="anchor__high"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <label htmlFor={id}>{low === undefined ? w.ceiling : w.highEnd}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        className="param__text"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && close()}
      />
      <button type="submit" className="button">
        {w.add}
      </button>
      <button type="button" className="button button--quiet" onClick={close}>
        {w.cancel}
      </button>
      {error && (
        <p className="param__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
