import { useId, type ReactNode } from 'react';
import { anchorFormCatalogues } from '../i18n/anchor-form';
import { useApp } from '../shared';

/**
 * The row a small form of the assumptions takes in place of its button (a range's high end, a ceiling, a new anchor):
 * one text box, which takes the focus, Add and Cancel (Escape too), a hint, and why what was typed is refused.
 * Nothing changes until Add; closed, what was typed goes with it.
 */
export function AddForm(props: {
  label: string;
  text: string;
  setText: (text: string) => void;
  inputMode: 'decimal' | 'numeric';
  error: string | undefined;
  hint?: ReactNode;
  onAdd: () => void;
  onClose: () => void;
}) {
  const { label, text, setText, inputMode, error, hint, onAdd, onClose } = props;
  const w = anchorFormCatalogues[useApp((s) => s.settings.lang)];
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <form
      className="anchor__high"
      onSubmit={(e) => {
        e.preventDefault();
        onAdd();
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        className="param__text"
        value={text}
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => setText(e.target.value)}
        onFocus={(e) => e.target.select()}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      />
      <button type="submit" className="button">
        {w.add}
      </button>
      <button type="button" className="button button--quiet" onClick={onClose}>
        {w.cancel}
      </button>
      {hint && (
        <p className="anchor__reading" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="param__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
