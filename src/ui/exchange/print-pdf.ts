import type { ChartData } from '../../charts/types';
import type { SeriesDefinition } from '../../model';
import { chartedSeries, type ExportInput } from './export-chart';
import { renderExport, type ImageOptions } from './export-actions';

/**
 * PDF through the browser's own print engine: a document of its own, in a hidden frame, with one
 * 16:9 page per chart, each the exported SVG (vector, its text text, Chinese set in the system's
 * fonts). "Save as PDF" in the print dialog writes the file. The page's own print styles (the whole
 * calculator) are not involved.
 */

const PAGE = { width: 1920, height: 1080 };

/** The print document's HTML: an @page of 13.333 × 7.5 inches and one chart per page. */
export function printDocument(series: readonly SeriesDefinition[], input: ExportInput, options: { readonly chart?: { readonly seriesId: string; readonly data: ChartData }; readonly background: ImageOptions['background'] }): string {
  const pages = series.map((s) => {
    const image: ImageOptions = { preset: 'slide', ratio: 1, background: options.background === 'dark' ? 'dark' : 'white', ...(options.chart?.seriesId === s.id ? { chart: options.chart.data } : {}) };
    const { svg } = renderExport(s, input, image);
    svg.setAttribute('width', '100%');
    svg.setAttribute('height', '100%');
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    return `<section class="page">${new XMLSerializer().serializeToString(svg)}</section>`;
  });
  const lang = input.settings.lang === 'zh' ? 'zh-CN' : 'en';
  const title = input.x.deck.fileTitle.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><style>
@page { size: 13.333in 7.5in; margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; }
.page { width: 13.333in; height: 7.5in; overflow: hidden; break-after: page; page-break-after: always; }
.page:last-child { break-after: auto; page-break-after: auto; }
.page svg { display: block; width: 100%; height: 100%; }
</style></head><body>${pages.join('')}</body></html>`;
}

/** Opens the print dialog on one chart, or all of them, in a frame of their own; resolves once it is shown. */
export async function printPdf(all: readonly SeriesDefinition[], input: ExportInput, options: { readonly only?: SeriesDefinition; readonly chart?: { readonly seriesId: string; readonly data: ChartData }; readonly background: ImageOptions['background'] }): Promise<string> {
  const series = options.only ? [options.only] : chartedSeries(all);
  const html = printDocument(series, input, options);
  document.querySelector('iframe.print-frame')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = input.x.deck.fileTitle;
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = `position:fixed;left:-10000px;top:0;width:${PAGE.width}px;height:${PAGE.height}px;border:0;visibility:hidden`;
  frame.dataset.testid = 'print-frame';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = html;
  document.body.appendChild(frame);
  await loaded;
  frame.contentWindow?.focus();
  frame.contentWindow?.print();
  return options.only ? `forecast-${options.only.id}.pdf` : 'forecast-charts.pdf';
}
