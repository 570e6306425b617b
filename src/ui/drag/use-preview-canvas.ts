import { useEffect, useRef, type RefObject } from 'react';
import type { CanvasStage } from '../../charts/canvas-line';
import type { ChartLayout } from '../../charts/layout';
import type { ChartData, ChartLine, ChartTheme } from '../../charts/types';
import type { ForecastModel } from '../../model';
import type { DraftMove } from '../../state';
import { useDragSession } from './session';

let canvasModule: typeof import('./preview-canvas') | undefined;

/** The chart as last put on screen: what a move is drawn over. */
export interface DrawnChart {
  readonly data: ChartData;
  readonly layout: ChartLayout;
  readonly chartTheme: ChartTheme;
}

/**
 * Draws a slider's move of `seriesId` on `canvas`, over the chart as last drawn, in the task of the
 * input: the line's own drawing (lineShapes, through Path2D) on the axis as it stands, while
 * `hideLine` hides the chart's own line under it (both land in the same frame). Declines, and React
 * draws the move in the SVG, when the line is shared with other scenarios or the canvas has no 2D
 * context. Returns the id of the line on the canvas, for a chart drawn meanwhile to keep it hidden.
 */
export function usePreviewCanvas(
  canvas: RefObject<HTMLCanvasElement | null>,
  drawn: RefObject<DrawnChart>,
  hideLine: (lineId: string, hidden: boolean) => void,
  seriesId: string | undefined,
  previewPoints: ((model: ForecastModel) => ChartLine['points'] | undefined) | undefined,
): RefObject<string | undefined> {
  const previewed = useRef<string | undefined>(undefined);
  const session = useDragSession();
  useEffect(() => {
    const element = canvas.current;
    if (!seriesId || !previewPoints || !element) return;
    // Loaded once a chart is on screen, after the first paint (it is no part of the first load); a
    // move before then is drawn by React.
    let surface = canvasModule?.previewCanvas(element);
    let mounted = true;
    if (!canvasModule)
      import('./preview-canvas').then(
        (loaded) => {
          canvasModule = loaded;
          if (mounted) surface = loaded.previewCanvas(element);
        },
        () => {},
      );
    const clear = () => {
      if (!previewed.current) return;
      element.style.visibility = '';
      surface?.clear();
      hideLine(previewed.current, false);
      previewed.current = undefined;
    };
    // The stage of the chart as drawn, made again only when the chart is (a drag's moves share one).
    let staged: { from: DrawnChart; ratio: number; stage: CanvasStage } | undefined;
    const stageNow = () => {
      const ratio = window.devicePixelRatio || 1;
      if (staged?.from !== drawn.current || staged.ratio !== ratio) {
        const { data, layout, chartTheme } = drawn.current;
        staged = { from: drawn.current, ratio, stage: canvasModule!.chartStage(data, layout, chartTheme, element, ratio) };
      }
      return staged.stage;
    };
    const draw = (preview: DraftMove | undefined): boolean => {
      const line = preview && drawn.current.data.lines.find((l) => l.id === preview.scenarioId);
      const points = line && (line.members?.length ?? 1) === 1 ? previewPoints(preview.model) : undefined;
      // Another line than the one on the canvas: that one shows in the chart again first.
      if (previewed.current !== line?.id || !points || !surface) clear();
      if (!line || !points || !surface) return false;
      surface.draw(stageNow(), { ...line, points });
      if (previewed.current !== line.id) {
        element.style.visibility = 'visible';
        hideLine(line.id, true);
        previewed.current = line.id;
      }
      return true;
    };
    const unregister = session.registerDrawer(seriesId, draw);
    return () => {
      mounted = false;
      unregister();
      clear();
    };
  }, [canvas, drawn, hideLine, seriesId, previewPoints, session]);
  return previewed;
}
