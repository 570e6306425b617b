import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/io/import-door';
import type { ImportResult } from '../../../src/io/scenario-file';
import { decodeShareFragment } from '../../../src/io/share-link';
import { createAppStore } from '../../../src/state';
import { reportData } from '../../../src/io/report-fixture';
import { addImported } from '../../../src/ui/exchange/open-shared';
import { noticeText } from '../../../src/ui/exchange/NoticeMessage';
import { en } from '../../../src/ui/i18n/en';
import { zh } from '../../../src/ui/i18n/zh';
import { exchangeCatalogues } from '../../../src/ui/i18n/exchange';
import { seriesCatalogues } from '../../../src/ui/i18n/series';
import { hostile, linkOf, scenarioFile, seriesFile } from './series-fuzz-seeds';

/**
 * A file or link refused for one of its series says which series, where in it and why, in the page's
 * language, with the words the series form uses for the same fault (issue 19: "refused with a reason"),
 * not one sentence listing every reason there could be. The seeds: series 1 the smart-speaker market,
 * series 2 "参与文生图的网民" / "Text-to-image netizens" (series-fuzz-seeds.ts).
 */
const words = { en: { lang: 'en', t: en, w: seriesCatalogues.en }, zh: { lang: 'zh', t: zh, w: seriesCatalogues.zh } } as const;

function worded(result: ImportResult, lang: 'en' | 'zh', from: 'file' | 'link' = 'file'): string {
  const store = createAppStore({ series: reportData().series, lang });
  const notice = from === 'file' ? addImported(store, result) : { kind: 'import-error' as const, error: result.ok ? ('invalid' as const) : result.error, from, ...(result.ok ? {} : { seriesProblem: result.seriesProblem }) };
  return noticeText(notice, exchangeCatalogues[lang], words[lang]);
}

describe('a series refused in a file or link is named, with its fault, in the page’s language', () => {
  it('a range whose low end is above its high end, in the second series’ third figure', () => {
    for (const file of [scenarioFile, seriesFile]) {
      const result = importText(JSON.stringify(hostile(file, 'range low above high', 0)));
      expect(result).toMatchObject({ ok: false, error: 'invalid-series', seriesProblem: { index: 1, error: { kind: 'range-reversed', field: 'figures.2.high' } } });
      expect(worded(result, 'zh')).toBe('未导入任何内容。其中第2个自建序列“参与文生图的网民”未通过检查。第3个数字：区间的上限低于下限。');
      expect(worded(result, 'en')).toBe('Nothing was imported. Series 2 in it, “Text-to-image netizens”, does not pass the checks. Figure 3: The range’s high end is below its low end.');
    }
  });

  it('the same from a link, worded as a link', () => {
    const result = decodeShareFragment(linkOf(hostile(scenarioFile, 'range low above high', 0)));
    expect(worded(result, 'zh', 'link')).toBe('无法打开分享链接，未做任何更改。其中第2个自建序列“参与文生图的网民”未通过检查。第3个数字：区间的上限低于下限。');
  });

  it('a name with markup is not echoed: the series is named by its place alone', () => {
    // Variant 0 puts <script>alert(1)</script> in the first series' English name.
    const result = importText(JSON.stringify(hostile(seriesFile, 'markup in a name', 0)));
    const text = worded(result, 'en');
    expect(text).not.toMatch(/<script|alert/);
    // The fault is in a name: neither of its names is shown.
    expect(text).toBe('Nothing was imported. Series 1 in it does not pass the checks. Name in English: Text may not hold markup (<…>), control characters or hidden marks.');
  });

  it('a share out of its domain is told with the share’s limits; a money value’s with the page’s words for a value', () => {
    // Variant 2 of "absurd number" makes the first series' first value -5 (the smart-speaker market is money).
    const result = importText(JSON.stringify(hostile(seriesFile, 'absurd number', 2)));
    expect(result).toMatchObject({ ok: false, seriesProblem: { index: 0, error: { kind: 'out-of-domain', field: 'figures.0.value' } } });
    const zhText = worded(result, 'zh');
    expect(zhText).toMatch(/^未导入任何内容。其中第1个自建序列“.+”未通过检查。第1个数字：/);
    // No English word on the Chinese page.
    expect(zhText).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('a file of more series than one may keep is told so, not as a series that fails its checks', () => {
    const result = importText(JSON.stringify(hostile(seriesFile, 'more than MAX_USER_SERIES series', 0)));
    expect(result).toMatchObject({ ok: false, error: 'too-many-series' });
    expect(worded(result, 'en')).toBe(`Nothing was imported. ${exchangeCatalogues.en.errors['too-many-series']}`);
  });

  it('a fault of the list itself is named too: an entry that is no series, two series under one id', () => {
    const notOne = importText(JSON.stringify(hostile(seriesFile, 'id not text or entry not an object', 0)));
    expect(worded(notOne, 'en')).toBe('Nothing was imported. Series 1 in it does not pass the checks. This is not a series.');
    // Found by use: two series with the id user-speakers got the sentence listing every reason but this one.
    const twice = importText(JSON.stringify(hostile(seriesFile, 'duplicate id', 0)));
    expect(worded(twice, 'zh')).toBe('未导入任何内容。其中第2个自建序列“参与文生图的网民”未通过检查。文件中另一个序列使用了相同的编号：每个序列的编号须各不相同。');
  });

  it('a list that is not a list keeps the general sentence', () => {
    const result = importText(JSON.stringify({ ...seriesFile, series: { not: 'a list' } }));
    expect(result).toMatchObject({ ok: false, error: 'invalid-series' });
    expect(result.ok || result.seriesProblem).toBeUndefined();
    expect(worded(result, 'en')).toBe(`Nothing was imported. ${exchangeCatalogues.en.errors['invalid-series']}`);
  });
});
