import { useLayoutEffect, useRef } from 'react';
import { darkTheme, lightTheme } from '../../charts';
import { renderDistributionSketch } from '../../charts/distribution-sketch';
import { describeRange, Dec, type ParamKind } from '../../model';
import type { ParamRange } from '../../state';
import { useApp } from '../shared';
import { useUncertaintyText } from './use-uncertainty-text';

const SKETCH = { width: 120, height: 28 };

/**
 * How a typed range is read, beside its field: a thumbnail of the distribution with its 5-95% part
 * shaded, the sentence ("read as a 90% interval, lognormal on 1 + g; median 54.3%") and a button to clear it.
 */
export function RangeReading({
  id,
  kind,
  range,
  format,
  label,
  disabled,
  onClear,
}: {
  id: string;
  kind: ParamKind;
  range: ParamRange;
  format: (value: string) => string;
  label: string;
  disabled?: boolean | undefined;
  onClear: () => void;
}) {
  const u = useUncertaintyText();
  const theme = useApp((s) => s.settings.theme) === 'dark' ? darkTheme : lightTheme;
  const sketch = useRef<HTMLSpanElement>(null);
  const dist = describeRange(kind, range.low, range.high);

  useLayoutEffect(() => {
    if (dist.ok) sketch.current?.replaceChildren(renderDistributionSketch(document, dist.value, SKETCH, theme, 'currentColor'));
    // The distribution is fully given by the range and its kind.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind, range.low, range.high, theme]);

  if (!dist.ok) return null;
  // A median to read, not to type: three significant digits (a year to one decimal).
  const median = new Dec(dist.value.p50);
  const shortMedian = format((kind === 'year' ? median.toDecimalPlaces(1) : median.toSignificantDigits(3)).toString());
  return (
    <p className="param__range" id={id} data-distribution={dist.value.distribution}>
      <span className="param__sketch" ref={sketch} />
      <span className="param__reading">{u.readAs[dist.value.distribution](shortMedian)}</span>
      <button type="button" className="icon-button param__clear" onClick={onClear} disabled={disabled} aria-label={u.clearRange(label)} title={u.clearRange(label)}>
        ×
      </button>
    </p>
  );
}
