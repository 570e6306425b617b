import { describe, expect, it } from 'vitest';
import { languagePath } from '../../../src/ui/shared/page-address';

// The pages written by the build: the app's folder (Chinese), zh/ and en/ in it (src/prerender-pages.mjs).
describe('the address of each language\'s page', () => {
  it('from the app\'s folder, its index.html or either language\'s page, at the root or in a sub-folder', () => {
    const cases: [string, 'zh' | 'en', string][] = [
      ['/', 'en', '/en/'],
      ['/', 'zh', '/zh/'],
      ['/index.html', 'en', '/en/'],
      ['/zh/', 'en', '/en/'],
      ['/en/', 'zh', '/zh/'],
      ['/en/index.html', 'en', '/en/'],
      ['/tools/forecast/', 'en', '/tools/forecast/en/'],
      ['/tools/forecast/zh/', 'en', '/tools/forecast/en/'],
      // A folder that merely ends in the letters of a language is not a language's page.
      ['/frozen/', 'zh', '/frozen/zh/'],
    ];
    for (const [from, lang, to] of cases) expect(languagePath(from, lang), `${from} → ${lang}`).toBe(to);
  });

  it('from an address that starts with two or more slashes (a hand-typed or joined link, which many hosts serve as one), an address on the same site', () => {
    // "//zh/" would be read as the host "zh" (a scheme-relative URL): history.replaceState refuses it
    // and the page did not start.
    const cases: [string, 'zh' | 'en', string][] = [
      ['//en/', 'zh', '/zh/'],
      ['//', 'en', '/en/'],
      ['///tools/forecast/en/', 'zh', '/tools/forecast/zh/'],
    ];
    for (const [from, lang, to] of cases) {
      expect(languagePath(from, lang), `${from} → ${lang}`).toBe(to);
      expect(new URL(languagePath(from, lang), 'https://example.org/').host, from).toBe('example.org');
    }
  });
});
