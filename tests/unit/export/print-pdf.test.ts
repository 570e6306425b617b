// The PDF of the charts (the browser's print of a document of its own): one page per chart, then the
// assumptions of every compared scenario on a page of their own, as the PowerPoint's assumptions slide,
// so a chart whose assumptions have no room under it points to a page that holds them all.
import { describe, expect, it } from 'vitest';
import { printDocument } from '../../../src/ui/exchange/print-pdf';
import { freshStore, inputOf, VIDEO } from './fixtures';
import { reportData } from '../../../src/io/report-fixture';

function documentOf(lang: 'en' | 'zh') {
  const store = freshStore(lang);
  const id = store.getState().createScenario(lang === 'zh' ? '我的 <b>情景</b> & 方案' : 'My <b>scenario</b> & plan');
  store.getState().setModel(id, VIDEO, { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.7' });
  const html = printDocument(reportData().series.filter((s) => s.baseModel), inputOf(store), { background: 'white' });
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('the PDF document', () => {
  it('ends with the assumptions of every compared scenario, the one in focus with its 70%, names escaped', () => {
    const doc = documentOf('en');
    expect(doc.querySelectorAll('section.page')).toHaveLength(3);
    const page = doc.querySelector('section.assumptions')!;
    expect(page.querySelector('h1')!.textContent).toBe('Assumptions by scenario');
    const rows = [...page.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows.map((r) => r[0])).toEqual(['Report base case', 'Users: low end of range', 'Users: high end of range', 'Video: trust base and rate', 'Video: trust end and rate', 'My <b>scenario</b> & plan']);
    expect(rows.at(-1)![3]).toBe('$7.2M in 2023, +70%/yr');
    // The name's markup is text on the page, never an element.
    expect(page.querySelector('b')).toBeNull();
  });

  it('a chart whose assumptions have no room points to that page', () => {
    const video = documentOf('en').querySelectorAll('section.page')[2]!;
    const lines = [...video.querySelectorAll('.chart-footnote tspan')].map((t) => t.textContent);
    expect(lines.at(-1)).toMatch(/^… \d lines? of assumptions not shown here: on the last page\.$/);
    const zh = documentOf('zh').querySelectorAll('section.page')[2]!;
    expect([...zh.querySelectorAll('.chart-footnote tspan')].at(-1)!.textContent).toMatch(/^……\d行假设未在此显示，见最后一页。$/);
  });
});
