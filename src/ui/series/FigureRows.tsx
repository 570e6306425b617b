import { Field } from './Field';
import { emptyRow, type FigureRow, type RowKind } from './series-form';
import { useSeriesText } from './use-series-text';

const KINDS: readonly RowKind[] = ['point', 'approximate', 'upper-bound', 'lower-bound', 'range', 'conditional', 'statement', 'cagr'];

/** The figures of the series, a row each: year or span, kind, value (or low–high), original wording. */
export function FigureRows({ rows, onChange, errorAt, prefix }: { rows: readonly FigureRow[]; onChange: (rows: FigureRow[]) => void; errorAt: (field: string) => string | undefined; prefix: string }) {
  const w = useSeriesText();
  const change = (key: number, patch: Partial<FigureRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const figuresError = errorAt('figures');
  return (
    <fieldset className="series-figures" data-testid="series-figures">
      <legend>{w.form.figures}</legend>
      <p className="series-field__error" aria-live="polite">
        {figuresError}
      </p>
      <ol className="series-figures__rows">
        {rows.map((row, i) => {
          const id = (field: string) => `${prefix}-f${row.key}-${field}`;
          return (
            <li key={row.key} className="series-figure" aria-label={w.form.figure(i + 1)} data-testid={`figure-${i}`}>
              <Field id={id('years')} label={w.form.years} error={errorAt(`figures.${i}.years`)}>
                {(props) => <input type="text" {...props} className="series-figure__years" value={row.years} onChange={(e) => change(row.key, { years: e.target.value })} data-testid={`figure-${i}-years`} />}
              </Field>
              <Field id={id('kind')} label={w.form.kind} error={errorAt(`figures.${i}.kind`)}>
                {(props) => (
                  <select {...props} value={row.kind} onChange={(e) => change(row.key, { kind: e.target.value as RowKind })} data-testid={`figure-${i}-kind`}>
                    {KINDS.map((k) => (
                      <option key={k} value={k}>
                        {w.form.kinds[k]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={id('value')} label={w.form.value} error={errorAt(`figures.${i}.value`)}>
                {(props) => (
                  <input type="text" {...props} value={row.value} disabled={row.kind === 'statement'} onChange={(e) => change(row.key, { value: e.target.value })} data-testid={`figure-${i}-value`} />
                )}
              </Field>
              <Field id={id('wording')} label={w.form.wording} error={errorAt(`figures.${i}.wording`)}>
                {(props) => <input type="text" {...props} className="series-figure__wording" value={row.wording} onChange={(e) => change(row.key, { wording: e.target.value })} data-testid={`figure-${i}-wording`} />}
              </Field>
              {row.kind === 'conditional' && (
                <Field id={id('condition')} label={w.form.condition} wide error={errorAt(`figures.${i}.condition`)}>
                  {(props) => <input type="text" {...props} className="series-figure__wording" value={row.condition ?? ''} onChange={(e) => change(row.key, { condition: e.target.value })} data-testid={`figure-${i}-condition`} />}
                </Field>
              )}
              <button
                type="button"
                className="button button--quiet series-figure__remove"
                onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                aria-label={w.form.removeFigure(i + 1)}
                data-testid={`figure-${i}-remove`}
              >
                ×
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" onClick={() => onChange([...rows, emptyRow()])} data-testid="figure-add">
        + {w.form.addFigure}
      </button>
    </fieldset>
  );
}
