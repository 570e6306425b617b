import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { darkTheme, lightTheme, renderProjectionChart } from '../../charts';
import type { ChartSize } from '../../charts/types';
import type { ImportErrorKind } from '../../io/scenario-file';
import { useApp, useReport, useT } from '../shared';
import { exportChart } from './export-chart';
import { useExchangeText } from './use-exchange-text';
import './exchange.css';
import { selectSeries } from '../../state';

/** Below this height (px) an embedded chart draws neither its key nor its legend. */
const SMALL_FRAME = 240;

export interface EmbedAppProps {
  readonly seriesId: string;
  /** The same state in the full calculator (the link without its embed parameter). */
  readonly fullUrl: string;
  /** Why the link could not be opened, when it could not. */
  readonly error?: ImportErrorKind;
}

/**
 * One chart filling its frame, for an <iframe> on someone else's page: the export's title, legend and
 * source line, no controls, and a link out to the full calculator. Its store keeps nothing.
 */
export function EmbedApp({ seriesId, fullUrl, error }: EmbedAppProps) {
  const t = useT();
  const x = useExchangeText();
  const report = useReport();
  const settings = useApp((s) => s.settings);
  const scenarios = useApp((s) => s.doc.scenarios);
  const compared = useApp((s) => s.doc.compared);
  const focusId = useApp((s) => s.doc.focusId);
  const series = useApp((s) => selectSeries(s).find((x) => x.id === seriesId && x.baseModel));
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<ChartSize | undefined>();

  const data = useMemo(
    // With the exports' footnote of each scenario's assumptions: under the report's source line alone, a scenario of
    // the sender's read as the report's (found by use).
    () => {
      const made = series && exportChart(series, { scenarios, compared, focusId, settings, report, t, x }).data;
      return made?.footnote ? { ...made, footnoteMore: x.embedMoreAssumptions } : made;
    },
    [series, scenarios, compared, focusId, settings, report, t, x],
  );

  useEffect(() => {
    document.documentElement.lang = settings.lang === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset.theme = settings.theme;
    document.title = data?.title ?? t.appTitle;
  }, [settings.lang, settings.theme, data, t]);

  const problem = error ? x.linkFailed(x.errors[error]) : series ? undefined : x.embedUnknown;

  // The frame's box, measured again whenever the page around it resizes the iframe.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = (width: number, height: number) => setSize({ width: Math.max(240, Math.floor(width)), height: Math.max(160, Math.floor(height)) });
    measure(element.clientWidth || window.innerWidth, element.clientHeight || window.innerHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const rect = entries[0]?.contentRect;
      if (rect && rect.width > 0 && rect.height > 0) measure(rect.width, rect.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [problem]);

  useLayoutEffect(() => {
    if (!box.current || !data || !size) return;
    // A frame as small as a slide's thumbnail: no key, no legend and no guide line with its words (the report's
    // stated rate), which would take the plot's room or be written over it; the title, the lines and the report's
    // figures stay, and the link out gives the rest.
    // The footnote goes too; the legend's names and the link out still say they are scenarios, not the report's.
    const shown = size.height < SMALL_FRAME ? { ...data, key: undefined, legend: false, guides: undefined, footnote: undefined } : data;
    box.current.replaceChildren(renderProjectionChart(document, shown, size, settings.theme === 'dark' ? darkTheme : lightTheme));
  }, [data, size, settings.theme]);

  return (
    <main className="embed" data-testid="embed">
      {problem ? (
        <p className="embed__error banner banner--warn" role="alert">
          {problem}
        </p>
      ) : (
        <div ref={box} className="embed__chart" data-testid="embed-chart" />
      )}
      <div className="embed__bar">
        <a href={fullUrl} target="_blank" rel="noopener" data-testid="open-full">
          {x.openFull}
        </a>
      </div>
    </main>
  );
}
