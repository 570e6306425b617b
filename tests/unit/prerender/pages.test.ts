// @vitest-environment node
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPage, STORAGE_KEY } from '../../../src/prerender';
import { PAGES, pageHtml } from '../../../src/prerender-pages.mjs';

// The pages `npm run build` writes (src/prerender-pages.mjs), made here with the same functions: the
// rendered root of each language, put into the project's index.html as the build puts it into Vite's.
const template = fs.readFileSync(new URL('../../../index.html', import.meta.url), 'utf8');
const charts = (html: string) => html.match(/<svg class="projection-chart"[\s\S]*?<\/svg>/g) ?? [];
const chartText = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&gt;/g, '>'));

// Expected figures, from /work/shared/report/figures.md, written in each language's units by hand:
// 百亿 = 100亿 = 10B (at most, 内); 突破200亿 = >20B; 接近千亿 = ≈1000亿 = ≈100B;
// 约720万美元 = ≈7.2M; 22.19亿美元 = 2.219B. Audit: (2219/7.2)^(1/7) − 1 = 1.2674953… (python3 decimal,
// 40 digits) → 126.7% a year; 7.2M × 1.566^7 = 166,293,318.67 → $166M, 1.663亿.
const expected = {
  zh: { title: '生成式 AI 与传媒：预测计算器', marks: [['≤100亿', '>200亿', '≈1000亿'], ['≈1000万', '5000万'], ['≈720万', '22.19亿']], audit: ['报告数字核查', '年增速126.7%', '1.663亿美元'] },
  en: { title: 'GenAI in media: forecast calculator', marks: [['≤10B', '>20B', '≈100B'], ['≈10M', '50M'], ['≈7.2M', '2.219B']], audit: ['Audit of the report’s figures', '126.7%', '$166.3M'] },
} as const;

describe('the pages drawn at build time', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: three charts as inline SVG with the report's figures, the tables and the audit's headline`, async () => {
      const { html, title } = await renderPage(lang);
      expect(title).toBe(expected[lang].title);
      const svgs = charts(html);
      expect(svgs).toHaveLength(3);
      svgs.forEach((svg, i) => expect(chartText(svg)).toEqual(expect.arrayContaining([...expected[lang].marks[i]!])));
      expect(html.match(/<table[\s>]/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
      for (const words of expected[lang].audit) expect(html).toContain(words);
      // Nothing left for the client to fill in: no Suspense boundary drawn as its fallback.
      expect(html).not.toContain('<!--$?-->');
      expect(html).not.toContain('<!--$!-->');
    }, 60_000);
  }

  it('each page holds its language, its title and its root; the language pages address assets from their folder', async () => {
    const rendered = { zh: await renderPage('zh'), en: await renderPage('en') };
    expect(PAGES.map((p) => [p.file, p.lang])).toEqual([['index.html', 'zh'], ['zh/index.html', 'zh'], ['en/index.html', 'en']]);
    for (const page of PAGES) {
      const html = pageHtml(template, rendered[page.lang], page, STORAGE_KEY);
      expect(html).toContain(`<html lang="${page.lang === 'zh' ? 'zh-CN' : 'en'}" data-page-lang="${page.lang}"`);
      expect(html).toContain(`<title>${rendered[page.lang].title}</title>`);
      expect(charts(html)).toHaveLength(3);
      // Only the app's folder sends a visitor who prefers English on to en/.
      expect(html.includes("location.replace('en/'")).toBe(page.file === 'index.html');
    }
    const built = template.replace('src="/src/main.tsx"', 'src="./assets/index.js"');
    expect(pageHtml(built, rendered.en, PAGES[2]!, STORAGE_KEY)).toContain('src="../assets/index.js"');
    expect(pageHtml(built, rendered.zh, PAGES[0]!, STORAGE_KEY)).toContain('src="./assets/index.js"');
  }, 60_000);
});
