import type { ReactNode } from 'react';

/** One text field with its label and, beside it, what is wrong with it (read out as it appears). */
export function Field({ id, label, error, wide, children }: { id: string; label: string; error?: string; wide?: boolean; children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode }) {
  return (
    <div className={`series-field${wide ? ' series-field--wide' : ''}${error ? ' series-field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), ...(error ? { 'aria-describedby': `${id}-error` } : {}) })}
      <span className="series-field__error" id={`${id}-error`} aria-live="polite">
        {error}
      </span>
    </div>
  );
}
