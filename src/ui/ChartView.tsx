import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { chartLayout, darkTheme, lightTheme, renderProjectionChart } from '../charts';
import { drawLight, patch, toDom, type LightElement } from '../charts/light-dom';
import type { ChartData } from '../charts/types';
import type { Theme } from '../state';
import { useSliderDrag } from './slider-drag';
import { useWidth } from './use-width';

export interface ChartViewProps {
  readonly data: ChartData;
  readonly theme: Theme;
  readonly height?: number;
  /** The year under the pointer or keyboard, for the readout beside the chart. */
  readonly onHoverYear: (year: number | undefined) => void;
  readonly hoverYear: number | undefined;
  readonly label: string;
}

/** Mounts the pure chart function's SVG and turns pointer and arrow keys into a hovered year. */
export function ChartView({ data: given, theme, height = 340, onHoverYear, hoverYear, label }: ChartViewProps) {
  const box = useRef<HTMLDivElement>(null);
  const chartTheme = theme === 'dark' ? darkTheme : lightTheme;

  const width = useWidth(box);
  const shown = useRef<LightElement | undefined>(undefined);
  const id = `projection-chart${useId().replace(/[^\w-]/g, '')}`;

  const size = useMemo(() => ({ width: Math.max(320, width), height }), [width, height]);

  // While a slider is dragged the value axis holds the extent it had when the drag began (growing
  // only if a line leaves it), so the other lines and the axis stay still under the hand and the
  // frame redraws the moving line alone; it fits the lines again when the drag ends.
  const dragging = useSliderDrag();
  const [hold, setHold] = useState<readonly number[] | undefined>(undefined);
  if (dragging && !hold) setHold(chartLayout(given, size).y.domain());
  if (!dragging && hold) setHold(undefined);
  const data = useMemo(() => (dragging && hold ? { ...given, holdValues: hold } : given), [given, dragging, hold]);
  const layout = useMemo(() => chartLayout(data, size), [data, size]);
  const [low, high] = layout.y.domain();
  if (dragging && hold && (low !== hold[0] || high !== hold[1])) setHold([low, high]);

  useLayoutEffect(() => {
    const element = box.current?.querySelector('.chart-view__svg');
    if (!element || width === 0) return;
    // Drawn in light nodes and patched on: only what differs changes on screen (see light-dom.ts).
    const next = drawLight((doc) => renderProjectionChart(doc, data, size, chartTheme, { id, layout }));
    const current = element.firstElementChild;
    if (current && shown.current) patch(current, shown.current, next);
    else element.replaceChildren(toDom(document, next));
    shown.current = next;
  }, [data, size, chartTheme, width, id, layout]);

  useEffect(() => {
    if (hoverYear !== undefined && (hoverYear < data.yearFrom || hoverYear > data.yearTo)) onHoverYear(undefined);
  }, [data.yearFrom, data.yearTo, hoverYear, onHoverYear]);

  const yearAt = (event: PointerEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const year = Math.round(layout.x.invert(event.clientX - rect.left));
    return Math.min(data.yearTo, Math.max(data.yearFrom, year));
  };

  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = hoverYear ?? data.yearFrom - 1;
    if (event.key === 'ArrowRight') onHoverYear(Math.min(data.yearTo, current + 1));
    else if (event.key === 'ArrowLeft') onHoverYear(Math.max(data.yearFrom, current - 1));
    else if (event.key === 'Escape') onHoverYear(undefined);
    else return;
    event.preventDefault();
  };

  const guideX = hoverYear === undefined ? undefined : layout.x(hoverYear);
  return (
    <div
      ref={box}
      className="chart-view"
      tabIndex={0}
      role="group"
      aria-label={label}
      onPointerMove={(e) => onHoverYear(yearAt(e))}
      onPointerLeave={() => onHoverYear(undefined)}
      onKeyDown={onKey}
      style={{ height }}
    >
      <div className="chart-view__svg" />
      {guideX !== undefined && (
        <div
          className="chart-view__guide"
          aria-hidden="true"
          style={{ left: guideX, top: layout.plot.y, height: layout.plot.height }}
        />
      )}
    </div>
  );
}
