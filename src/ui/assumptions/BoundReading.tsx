import { useId } from 'react';
import { Dec, type ReportFigure } from '../../model';
import { useT } from '../shared';

// A bound read as a point (≤10B as 10B) can be read at a share of it instead: below an upper bound, above a lower one.
const SHARES = { 'upper-bound': ['1', '0.95', '0.9', '0.8', '0.7', '0.5'], 'lower-bound': ['1', '1.1', '1.25', '1.5', '2'] } as const;

/** The share of the bound this value is, as one of the offered shares, or undefined (a value typed by hand). */
function shareOf(figure: ReportFigure & { kind: keyof typeof SHARES }, low: string): string | undefined {
  try {
    const share = new Dec(low).div(figure.value!);
    return SHARES[figure.kind].find((s) => share.eq(s));
  } catch {
    return undefined;
  }
}

/**
 * "Read ≤10B at: 100% / 95% / 90%…": where an anchor stands for a report bound, which point of it the path
 * runs through. One choice is one change (one undo step); a value typed into the anchor shows as "as typed".
 */
export function BoundReading({ figure, low, onChoose }: { figure: ReportFigure | undefined; low: string; onChoose: (low: string) => void }) {
  const t = useT();
  const id = useId();
  if (!figure?.value || (figure.kind !== 'upper-bound' && figure.kind !== 'lower-bound')) return null;
  const bound = figure as ReportFigure & { kind: keyof typeof SHARES };
  const current = shareOf(bound, low) ?? '';
  return (
    <p className="anchor__reading">
      <label htmlFor={id}>{t.assumptions.boundReading[bound.kind]} </label>
      <select id={id} value={current} data-testid="bound-reading" onChange={(e) => e.target.value && onChoose(new Dec(figure.value!).times(e.target.value).toString())}>
        {current === '' && <option value="">{t.assumptions.boundAsTyped}</option>}
        {SHARES[bound.kind].map((s) => (
          <option key={s} value={s}>
            {s === '1' ? t.assumptions.boundAt : `${new Dec(s).times(100).toString()}%`}
          </option>
        ))}
      </select>
    </p>
  );
}
