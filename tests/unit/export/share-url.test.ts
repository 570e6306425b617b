import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment } from '../../../src/io/share-link';
import { EMBED_SIZES, embedSnippet, linkTo, shareState, withoutEmbed } from '../../../src/ui/exchange/share-state';
import { freshStore, inputOf, VIDEO } from './fixtures';

describe('share links', () => {
  it('carry the compared scenarios with the view, and decode to the same', () => {
    const store = freshStore('zh');
    store.getState().toggleCompared('preset-users-high');
    store.getState().focusScenario('preset-audit-trust-base-and-rate');
    const state = shareState(inputOf(store, { yearTo: 2035, scale: 'log' }));
    expect(state.scenarios.map((s) => s.name)).toEqual(['报告基准', '网民：区间下限', '文生视频：信基数与增速', '文生视频：信终值与增速']);
    expect(state.view).toMatchObject({ compared: [0, 1, 2, 3], focus: 2, settings: { yearTo: 2035, scale: 'log', lang: 'zh' } });
    const link = linkTo({ origin: 'https://example.org', pathname: '/calc/' }, encodeShareFragment(state));
    expect(link).toMatch(/^https:\/\/example\.org\/calc\/#s2\.[\w-]+$/);
    // Made on a language's own page (zh/ or en/), a link points at the app's folder: it opens in the
    // language of whoever opens it, as before the pages had addresses of their own.
    for (const pathname of ['/calc/zh/', '/calc/en/', '/calc/en/index.html']) expect(linkTo({ origin: 'https://example.org', pathname }, 's1.x')).toBe('https://example.org/calc/#s1.x');
    const back = decodeShareFragment(new URL(link).hash);
    expect(back.ok && back.scenarios.map((s) => s.name)).toEqual(state.scenarios.map((s) => s.name));
    expect(back.ok && back.view).toMatchObject(state.view);
  });

  it('drop their embed parameter for the full calculator', () => {
    expect(withoutEmbed('#embed=t2v-revenue-global&s1.abc')).toBe('s1.abc');
    expect(withoutEmbed('s1.abc&embed=x')).toBe('s1.abc');
    expect(withoutEmbed('s1.abc')).toBe('s1.abc');
  });
});

describe('embed code', () => {
  it('is an iframe with the chosen size, no border, lazy loading and a title', () => {
    const store = freshStore('en');
    const fragment = encodeShareFragment(shareState(inputOf(store)), { embed: VIDEO });
    const src = linkTo({ origin: 'http://127.0.0.1:5173', pathname: '/' }, fragment);
    expect(EMBED_SIZES.map((s) => `${s.width}×${s.height}`)).toEqual(['640×400', '800×450', '100%×480']);
    expect(embedSnippet(src, EMBED_SIZES[0]!, 'Revenue')).toBe(
      `<iframe src="${src.replace('&', '&amp;')}" width="640" height="400" style="border:0" loading="lazy" title="Revenue"></iframe>`,
    );
  });

  it('escapes whatever a title or address holds, so it never becomes markup', () => {
    const code = embedSnippet('https://x.test/#a"b<c>&d', { width: '100%', height: '480' }, '"><script>alert(1)</script>');
    expect(code).not.toContain('<script');
    expect(code).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(code).toContain('src="https://x.test/#a&quot;b&lt;c&gt;&amp;d"');
    const frame = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe')!;
    expect(frame.getAttribute('title')).toBe('"><script>alert(1)</script>');
    expect(frame.getAttribute('src')).toBe('https://x.test/#a"b<c>&d');
  });
});
