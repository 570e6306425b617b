import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { chartLayout, darkTheme, lightTheme, renderProjectionChart } from '../../charts';
import { drawLight, findLight, patch, toDom, toMarkup, type LightElement } from '../../charts/light-dom';
import type { ChartData, ChartLine } from '../../charts/types';
import type { ForecastModel } from '../../model';
import { useDragSession, usePreviewCanvas, useSliderDrag, type DrawnChart } from '../drag';
import type { Theme } from '../../state';
import { usePrinting, useWidth } from '../shared';

export interface ChartViewProps {
  readonly data: ChartData;
  readonly theme: Theme;
  readonly height?: number;
  /** The year under the pointer or keyboard, for the readout beside the chart. */
  readonly onHoverYear: (year: number | undefined) => void;
  readonly hoverYear: number | undefined;
  readonly label: string;
  /** The series this chart shows, and a candidate model's points as the chart draws them: with both,
   *  a slider's move of this series is drawn on a canvas over the chart (drag/). */
  readonly seriesId?: string;
  readonly previewPoints?: (model: ForecastModel) => ChartLine['points'] | undefined;
}

const PRINT_SIZE = { width: 700, height: 400 };

/** Mounts the pure chart function's SVG and turns pointer and arrow keys into a hovered year. */
export function ChartView({ data: given, theme, height = 340, onHoverYear, hoverYear, label, seriesId, previewPoints }: ChartViewProps) {
  const box = useRef<HTMLDivElement>(null);
  const chartTheme = theme === 'dark' ? darkTheme : lightTheme;

  const width = useWidth(box, 640, PRERENDER_WIDTH);
  const shown = useRef<LightElement | undefined>(undefined);
  const id = `projection-chart${useId().replace(/[^\w-]/g, '')}`;

  // Never wider than its box (a 360 px phone leaves the chart 318 px): a wider drawing is cut at the right.
  // On paper, the page's width: A4 or Letter less their margins is about 700 CSS px, so a chart drawn at the
  // window's 1,400 px would print at half its type size and a quarter of its width high.
  const printing = usePrinting();
  const size = useMemo(() => (printing ? PRINT_SIZE : { width: Math.max(240, width), height }), [printing, width, height]);

  // While a slider is dragged the value axis holds the extent it had when the drag began, so the
  // other lines and the axis stay still under the hand and the frame redraws the moving line alone;
  // it fits the lines again when the drag ends. The canvas cuts a line that leaves it; a move React
  // draws (a shared line), or one stored while the slider rests, grows it.
  const dragging = useSliderDrag();
  const session = useDragSession();
  const [hold, setHold] = useState<readonly number[] | undefined>(undefined);
  if (dragging && !hold) setHold(chartLayout(given, size).y.domain());
  if (!dragging && hold) setHold(undefined);
  const data = useMemo(() => (dragging && hold ? { ...given, holdValues: hold } : given), [given, dragging, hold]);
  const layout = useMemo(() => chartLayout(data, size), [data, size]);
  const [low, high] = layout.y.domain();
  if (dragging && hold && (low !== hold[0] || high !== hold[1])) setHold([low, high]);

  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<DrawnChart>({ data, layout, chartTheme });
  // The chart's own line, hidden in the page and in the light tree while the canvas draws its move.
  const hideLine = useCallback((lineId: string, hidden: boolean) => {
    const live = box.current?.querySelector(`.chart-view__svg g.chart-line[data-line-id="${CSS.escape(lineId)}"]`);
    for (const node of [live, shown.current && lineNode(shown.current, lineId)]) {
      if (hidden) node?.setAttribute('visibility', 'hidden');
      else node?.removeAttribute('visibility');
    }
  }, []);
  // A slider's move of this series, drawn without React on the canvas over the SVG (drag/).
  const previewed = usePreviewCanvas(canvas, drawn, hideLine, seriesId, previewPoints);
  // The chart as first drawn, as markup: the page prerendered at build time holds it as inline SVG
  // (seen before any script runs), and hydration finds the same markup here. Made once; from then on
  // the effect below patches the chart in place.
  const [first] = useState(() => {
    const light = drawLight((doc) => renderProjectionChart(doc, data, size, chartTheme, { id, layout }));
    const html = toMarkup(light);
    return { light, html: { __html: html }, mark: markOf(html), drawnFrom: { data, size, chartTheme, id, layout } };
  });

  useLayoutEffect(() => {
    const element = box.current?.querySelector<HTMLElement>('.chart-view__svg');
    if (!element || width === 0) return;
    const current = element.firstElementChild;
    const from = first.drawnFrom;
    // The chart on screen is the first drawing, unchanged (the prerendered page's, which hydration keeps,
    // or the markup just set): it is taken as it stands, not drawn and built again. Its mark says the page's
    // markup is the one drawn here (a build's page drawn from other data or code is drawn again).
    const unchanged = data === from.data && size === from.size && chartTheme === from.chartTheme && id === from.id && layout === from.layout;
    const adopt = !shown.current && !previewed.current && current && element.dataset.drawn === first.mark && unchanged;
    // Drawn in light nodes and patched on: only what differs changes on screen (see light-dom.ts).
    const next = adopt ? first.light : drawLight((doc) => renderProjectionChart(doc, data, size, chartTheme, { id, layout }));
    if (!adopt) {
      if (previewed.current) lineNode(next, previewed.current)?.setAttribute('visibility', 'hidden');
      if (current && shown.current) patch(current, shown.current, next);
      else element.replaceChildren(toDom(document, next));
    }
    shown.current = next;
    drawn.current = { data, layout, chartTheme };
    // A move drawn on the canvas is drawn again on the chart as it now stands (axis, size, colours).
    if (previewed.current && seriesId) session.redraw(seriesId);
  }, [data, size, chartTheme, width, id, layout, seriesId, previewed, session, first]);

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
      // A finger has no hover: a tap reads out its year, and the readout stays when the finger lifts
      // (a touch pointer "leaves" as it lifts); a mouse that leaves clears it.
      onPointerDown={(e) => onHoverYear(yearAt(e))}
      onPointerLeave={(e) => {
        if (e.pointerType === 'mouse') onHoverYear(undefined);
      }}
      onKeyDown={onKey}
      style={{ height }}
    >
      <div className="chart-view__svg" data-drawn={first.mark} dangerouslySetInnerHTML={first.html} />
      {seriesId && <canvas ref={canvas} className="chart-view__preview" aria-hidden="true" width={0} height={0} />}
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

/** The width a chart is drawn at before the page is laid out (and in the prerendered page): a chart's width beside the side panel on a laptop. */
export const PRERENDER_WIDTH = 800;

/** The light node of a line (its group) in a drawn chart. */
function lineNode(chart: LightElement, lineId: string): LightElement | undefined {
  return findLight(chart, (node) => node.tagName === 'g' && node.getAttribute('data-line-id') === lineId && (node.getAttribute('class') ?? '').startsWith('chart-line'));
}

/** A short fingerprint of a drawing's markup (FNV-1a, 32 bits, and its length): equal marks, the same drawing. */
function markOf(markup: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < markup.length; i++) hash = Math.imul(hash ^ markup.charCodeAt(i), 0x01000193);
  return `${(hash >>> 0).toString(36)}-${markup.length.toString(36)}`;
}
