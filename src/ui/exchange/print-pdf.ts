import type { ChartData } from '../../charts/types';
import type { SeriesDefinition } from '../../model';
import { deckTable } from './deck-spec';
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
export function printDocument(series: readonly SeriesDefinition[], given: ExportInput, options: { readonly chart?: { readonly seriesId: string; readonly data: ChartData }; readonly background: ImageOptions['background'] }): string {
  // A chart with no room for all its assumptions points to the last page, which holds them all.
  const input: ExportInput = { ...given, x: { ...given.x, moreAssumptions: given.x.moreOnLastPage } };
  const pages = series.map((s) => {
    const image: ImageOptions = { preset: 'slide', ratio: 1, background: options.background === 'dark' ? 'dark' : 'white', ...(options.chart?.seriesId === s.id ? { chart: options.chart.data } : {}) };
    const { svg } = renderExport(s, input, image);
    svg.setAttribute('width', '100%');
    svg.setAttribute('height', '100%');
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    return `<section class="page">${new XMLSerializer().serializeToString(svg)}</section>`;
  });
  const lang = input.settings.lang === 'zh' ? 'zh-CN' : 'en';
  const title = escape(input.x.deck.fileTitle);
  const table = deckTable(series, input);
  const cells = (row: readonly string[], tag: 'th' | 'td') => row.map((cell, i) => (tag === 'td' && i === 0 ? `<th scope="row">${escape(cell)}</th>` : `<${tag}>${escape(cell)}</${tag}>`)).join('');
  const assumptions = `<section class="assumptions"><h1>${escape(table.title)}</h1><table><thead><tr>${cells(table.header, 'th')}</tr></thead><tbody>${table.rows
    .map((row) => `<tr>${cells(row, 'td')}</tr>`)
    .join('')}</tbody></table>${table.note ? `<p>${escape(table.note)}</p>` : ''}</section>`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><style>
@page { size: 13.333in 7.5in; margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; }
.page { width: 13.333in; height: 7.5in; overflow: hidden; break-after: page; page-break-after: always; }
.page:last-child { break-after: auto; page-break-after: auto; }
.page svg { display: block; width: 100%; height: 100%; }
.assumptions { padding: 0.5in 0.6in; font: 11pt/1.35 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1f2937; }
.assumptions h1 { font-size: 18pt; margin: 0 0 12pt; }
.assumptions table { border-collapse: collapse; width: 100%; }
.assumptions th, .assumptions td { text-align: left; vertical-align: top; padding: 4pt 8pt; border-bottom: 0.5pt solid #cbd5e1; }
.assumptions tr { break-inside: avoid; page-break-inside: avoid; }
/* The scenario's name: room for twelve Chinese characters, or it is squeezed to one a line (报/告/基/准). */
.assumptions tr > :first-child { width: 12em; }
.assumptions p { color: #4b5563; margin-top: 10pt; }
</style></head><body>${pages.join('')}${assumptions}</body></html>`;
}

const escape = (text: string) => text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

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
