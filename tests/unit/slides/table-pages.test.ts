// The assumptions table is paged by the height of its rows, not by a count of them. In LibreOffice's render
// of the Chinese deck (stop 31's QA), five rows a slide ran off the slide's foot: a row of the users' column
// wraps to five lines of a CJK font, about 1.33 in tall (measured on that render), so after the header
// (1.1 in down, 0.37 in tall) four rows end at 6.79 in and a fifth would end at 8.1 in, past the 7.5 in slide.
import { describe, expect, it } from 'vitest';
import { tablePages } from '../../../src/io/pptx';
import { deckTable } from '../../../src/ui/exchange/deck-spec';
import { freshStore, inputOf } from '../export/fixtures';

// The deck's column widths, in inches: 2.4 for the scenario, the rest of 12.333 shared by three series.
const WIDTHS = [2.4, 3.311, 3.311, 3.311];
const table = (lang: 'en' | 'zh') => {
  const input = inputOf(freshStore(lang));
  return deckTable(input.report.series.filter((s) => s.baseModel), input);
};

describe('the assumptions table, paged by height', () => {
  it('the Chinese default (five scenarios) takes two slides, three rows on the first', () => {
    // LibreOffice sets the users' cell in 5 lines here, which the estimate counts as 6: a line to spare on every row,
    // where a tenth more a line had counted 7 for the 8 it took in a four-series table, whose last row ran off the slide.
    const pages = tablePages(table('zh'), WIDTHS, true);
    expect(pages.map((p) => p.length)).toEqual([3, 2]);
    expect(pages.flat()).toEqual(table('zh').rows);
  });

  it('the English default keeps its five rows on one slide (about 1.1 in each in LibreOffice’s render)', () => {
    expect(tablePages(table('en'), WIDTHS, false).map((p) => p.length)).toEqual([5]);
  });

  it('a four-series table (a series of one’s own) in Chinese: two rows a slide, each row as LibreOffice sets it, 8 lines', () => {
    // Found by use: three rows were put on a slide, the third cut at "…随接近10.92亿" (LibreOffice's render: the users'
    // cell takes 8 lines, about 2.05 in, so three rows end at about 7.7 in, past the 7.5 in slide).
    const store = freshStore('zh');
    const input = inputOf(store);
    const own = { ...input.report.series.find((s) => s.id === 't2i-market-cn')!, id: 'user-music' };
    const rest = (12.333 - 2.4) / 4;
    const four = deckTable([...input.report.series.filter((s) => s.baseModel), own], { ...input, scenarios: input.scenarios.map((s) => ({ ...s, models: { ...s.models, 'user-music': s.models['t2i-market-cn']! } })) });
    expect(tablePages(four, [2.4, rest, rest, rest, rest], true).map((p) => p.length)).toEqual([2, 2, 1]);
  });

  it('a row taller than a slide has one of its own; no slide is empty', () => {
    const long = { title: 't', header: ['a', 'b'], rows: [['x', '字'.repeat(2000)], ['y', 'short'], ['z', 'short']], notes: '', altText: '' };
    expect(tablePages(long, [2.4, 9.933], true).map((p) => p.map((r) => r[0]))).toEqual([['x'], ['y', 'z']]);
  });
});
