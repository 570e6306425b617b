// fixtures/formats/README.md: "fields the door does not know are dropped". A series file whose figure
// carries a field of its own ("extra") is read, and what is kept and written again holds no such field.
import { describe, expect, it } from 'vitest';
import { restoreSeriesFile, serializeSeriesFile, toSeriesFile } from '../../../src/io/series-file';
import { restoreUserSeries } from '../../../src/io/saved-user-series';
import { toUserSeries } from '../../../src/io/user-series';
import { MARKET } from '../series/market';

const withExtra = { ...MARKET, extra: 'kept?', figures: MARKET.figures.map((f, i) => (i === 0 ? { ...f, extra: '<script>' } : f)) };

describe('fields the door does not know', () => {
  it('are dropped from a series file’s series, so a re-export does not carry them on', () => {
    const made = toUserSeries(MARKET, { id: 'user-speakers' });
    if (!made.ok) throw new Error(made.error.message);
    const file = JSON.parse(serializeSeriesFile(toSeriesFile([{ input: MARKET, definition: made.value }], 'test')));
    file.series[0].input = withExtra;
    const read = restoreSeriesFile(file);
    if (!read.ok || !read.series) throw new Error('refused');
    const again = serializeSeriesFile(toSeriesFile(read.series, 'test'));
    expect(again).not.toContain('extra');
    expect(again).toContain(MARKET.figures[0]!.wording);
  });

  it('are dropped from saved work’s series too', () => {
    const made = toUserSeries(MARKET, { id: 'user-speakers' });
    if (!made.ok) throw new Error(made.error.message);
    const restored = restoreUserSeries({ scenarios: [], compared: [], focusId: 'base', userSeries: [{ input: withExtra, definition: made.value }] } as never);
    if (!restored.ok) throw new Error(restored.detail);
    expect(JSON.stringify(restored.doc.userSeries)).not.toContain('extra');
  });
});
