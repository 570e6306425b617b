import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { chartLayout, darkTheme, lightTheme, renderProjectionChart } from '../../charts';
import type { SeriesDefinition } from '../../model';
import { useApp, usePageApi, useReport, useStoreApi, useT } from '../shared';
import { exportChart, type ExportInput } from './export-chart';
import { useExchangeText } from './use-exchange-text';

// Laid out at this share of the screen and drawn full size: type and lines come out 1.6× larger.
const TYPE_SCALE = 1.6;

/** The charts full screen, one a slide: arrow keys move, A shows the assumptions, Escape leaves. */
export default function PresentMode({ series, onClose }: { series: readonly SeriesDefinition[]; onClose: () => void }) {
  const t = useT();
  const x = useExchangeText();
  const store = useStoreApi();
  const page = usePageApi();
  const report = useReport();
  const theme = useApp((s) => s.settings.theme);
  const lang = useApp((s) => s.settings.lang);
  const [index, setIndex] = useState(0);
  const [notes, setNotes] = useState(false);
  const [hover, setHover] = useState<number | undefined>();
  const [box, setBox] = useState({ width: window.innerWidth, height: window.innerHeight });
  const root = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const current = series[index]!;

  const chart = useMemo(() => {
    const s = store.getState();
    const input: ExportInput = { scenarios: s.doc.scenarios, compared: s.doc.compared, focusId: s.doc.focusId, settings: s.settings, report, t, x, charts: s.doc.charts };
    const screen = page.getState().shownCharts[current.id];
    return exportChart(current, input, screen ? { screen } : {}).data;
  }, [store, page, report, t, x, current]);
  // The slide shows the title, chart, legend and source; the assumptions are one key away.
  const slide = useMemo(() => ({ ...chart, footnote: undefined }), [chart]);
  const size = useMemo(() => ({ width: Math.max(480, box.width / TYPE_SCALE), height: Math.max(300, (box.height - 56) / TYPE_SCALE) }), [box]);
  const layout = useMemo(() => chartLayout(slide, size), [slide, size]);

  useEffect(() => {
    root.current?.focus();
    const resize = () => setBox({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', resize);
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      window.removeEventListener('resize', resize);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  useLayoutEffect(() => {
    const host = stage.current;
    if (!host) return;
    const svg = renderProjectionChart(document, slide, size, theme === 'dark' ? darkTheme : lightTheme, { layout });
    svg.setAttribute('width', '100%');
    svg.setAttribute('height', '100%');
    host.replaceChildren(svg);
  }, [slide, size, layout, theme]);

  const move = (by: number) => {
    setIndex((i) => Math.min(series.length - 1, Math.max(0, i + by)));
    setHover(undefined);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const key = event.key;
    if (key === 'Escape') onClose();
    else if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') move(1);
    else if (key === 'ArrowLeft' || key === 'PageUp') move(-1);
    else if (key === 'Home') move(-series.length);
    else if (key === 'End') move(series.length);
    else if (key === 'a' || key === 'A') setNotes((n) => !n);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    // The SVG keeps its aspect ratio inside the stage: find the chart's own pixel under the pointer.
    const fit = Math.min(rect.width / size.width, rect.height / size.height);
    const left = rect.left + (rect.width - size.width * fit) / 2;
    const year = Math.round(layout.x.invert((event.clientX - left) / fit));
    setHover(year >= slide.yearFrom && year <= slide.yearTo ? year : undefined);
  };

  const readout = hover === undefined ? [] : slide.lines.flatMap((line) => line.points.filter((p) => p.year === hover).map((p) => ({ name: line.name, value: slide.formatValue(p.value) })));

  return (
    <div className={`present present--${theme}`} role="dialog" aria-modal="true" aria-label={x.present.label(index + 1, series.length, current.name[lang])} tabIndex={-1} ref={root} onKeyDown={onKeyDown} data-testid="present">
      <div className="present__stage" ref={stage} onPointerMove={onPointerMove} onPointerLeave={() => setHover(undefined)} data-testid="present-chart" />
      <div className="present__readout" aria-live="polite" data-testid="present-readout">
        {hover !== undefined && (
          <>
            <strong>{hover}</strong>{' '}
            {readout.map((r) => (
              <span key={r.name}>
                {r.name}: {r.value}
              </span>
            ))}
          </>
        )}
      </div>
      {notes && (
        <aside className="present__notes" aria-label={x.present.assumptions} data-testid="present-notes">
          <h2>{x.present.assumptions}</h2>
          {(chart.footnote ?? '').split('\n').map((line) => (
            <p key={line}>{line}</p>
          ))}
          {chart.sourceLine && <p className="present__source">{chart.sourceLine}</p>}
        </aside>
      )}
      <nav className="present__bar">
        <button type="button" className="button" onClick={() => move(-1)} disabled={index === 0} aria-label={x.present.previous}>
          ←
        </button>
        <span>
          {index + 1} / {series.length}
        </span>
        <button type="button" className="button" onClick={() => move(1)} disabled={index === series.length - 1} aria-label={x.present.next}>
          →
        </button>
        <button type="button" className="button" onClick={() => setNotes((n) => !n)} aria-pressed={notes} data-testid="present-toggle-notes">
          {x.present.assumptionsKey}
        </button>
        <button type="button" className="button" onClick={onClose} data-testid="present-close">
          {x.present.close}
        </button>
      </nav>
    </div>
  );
}
