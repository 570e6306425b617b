import { afterEach, describe, expect, it, vi } from 'vitest';
import { lightTheme, renderProjectionChart, type ChartData } from '../../../src/charts';
import { findSvgMetadata, hasXmlDeclarations, readSvgMetadata, SVG_METADATA_ID, withSvgMetadata } from '../../../src/io/svg-meta';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
// Everything that could end the metadata early or break the XML: "]]>", "</metadata>", "&", quotes.
const PAYLOAD = '{"name":"a ]]> b </metadata> & c &amp; \'q\' \\"d\\" 乐观","x":"\\u0000"}';

const wellFormed = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('parsererror').length === 0;

afterEach(() => vi.unstubAllGlobals());

describe('withSvgMetadata and readSvgMetadata', () => {
  it('round-trip a payload full of XML’s special characters, and the SVG stays well-formed', () => {
    const svg = withSvgMetadata(SVG, PAYLOAD);
    expect(wellFormed(svg)).toBe(true);
    expect(readSvgMetadata(svg)).toBe(PAYLOAD);
    expect(svg).not.toContain('CDATA');
  });

  it('puts the payload first inside the root <svg>, as <metadata id="genai-forecast-data">', () => {
    const doc = new DOMParser().parseFromString(withSvgMetadata(SVG, '{}'), 'image/svg+xml');
    const first = doc.documentElement.firstElementChild!;
    expect([first.localName, first.getAttribute('id'), first.textContent]).toEqual(['metadata', SVG_METADATA_ID, '{}']);
  });

  it('round-trips through the real chart renderer and the browser’s serializer', () => {
    const data: ChartData = {
      title: '文生图市场规模 <中国> & "全球"',
      unitLabel: '亿元',
      lines: [{ id: 'a', name: 'Bull ]]> "fast"', colorIndex: 0, points: [2022, 2023, 2024].map((year, i) => ({ year, value: 10 + i * 5 })) }],
      marks: [],
      scale: 'linear',
      yearFrom: 2022,
      yearTo: 2024,
      reportedUntil: 2023,
      formatValue: (v) => String(v),
      description: 'a chart',
    };
    const text = new XMLSerializer().serializeToString(renderProjectionChart(document, data, { width: 480, height: 300 }, lightTheme));
    const svg = withSvgMetadata(text, PAYLOAD);
    expect(wellFormed(svg)).toBe(true);
    expect(readSvgMetadata(svg)).toBe(PAYLOAD);
  });

  it('finds the root past an XML declaration, comments and a doctype, and through a ">" inside an attribute', () => {
    const svg = `<?xml version="1.0"?>\n<!-- <svg> in a comment -->\n<!DOCTYPE svg>\n<svg xmlns="http://www.w3.org/2000/svg" data-x="a > b"><g/></svg>`;
    const out = withSvgMetadata(svg, PAYLOAD);
    expect(out).toContain(`data-x="a > b"><metadata id="${SVG_METADATA_ID}">`);
    expect(wellFormed(out)).toBe(true);
    // Written past the doctype, but never read back through one (issue 15: entity expansion).
    expect(findSvgMetadata(out)).toEqual({ ok: false, error: 'declarations' });
    expect(readSvgMetadata(out.replace('<!DOCTYPE svg>\n', ''))).toBe(PAYLOAD);
  });

  it('refuses a doctype or an entity declaration in any letter case, before parsing', () => {
    const svg = withSvgMetadata(SVG, PAYLOAD);
    for (const prolog of ['<!DOCTYPE svg>', '<!doctype svg>', '<!DocType svg [<!ENTITY e "x">]>', '<!ENTITY e "x">'])
      expect(findSvgMetadata(`${prolog}\n${svg}`)).toEqual({ ok: false, error: 'declarations' });
    expect(hasXmlDeclarations(svg)).toBe(false);
  });

  it('opens a self-closing root to hold the metadata', () => {
    const out = withSvgMetadata('<svg xmlns="http://www.w3.org/2000/svg" />', 'p');
    expect(out).toBe(`<svg xmlns="http://www.w3.org/2000/svg"><metadata id="${SVG_METADATA_ID}">p</metadata></svg>`);
  });

  it('replaces an earlier payload instead of adding a second', () => {
    const twice = withSvgMetadata(withSvgMetadata(SVG, 'old'), 'new');
    expect(twice.match(/<metadata/g)).toHaveLength(1);
    expect(readSvgMetadata(twice)).toBe('new');
  });

  it('writes characters XML cannot carry as JSON escapes, so the payload means the same', () => {
    const out = withSvgMetadata(SVG, '"\uFFFF"');
    expect(wellFormed(out)).toBe(true);
    expect(JSON.parse(readSvgMetadata(out)!)).toBe('\uFFFF');
  });

  it('throws when handed something that is not an SVG: the exporter’s own mistake', () => {
    expect(() => withSvgMetadata('<html></html>', 'p')).toThrow(/<svg>/);
  });

  it('reads nothing from an SVG without metadata, from a broken one or from other markup, saying which', () => {
    expect(findSvgMetadata(SVG)).toEqual({ ok: false, error: 'absent' });
    expect(findSvgMetadata(withSvgMetadata(SVG, PAYLOAD).slice(0, 80))).toEqual({ ok: false, error: 'truncated' });
    expect(findSvgMetadata(`<svg xmlns="http://www.w3.org/2000/svg"><metadata id="${SVG_METADATA_ID}">x</metadata><g></svg>`)).toEqual({ ok: false, error: 'malformed' });
    // Without our element there is nothing to read, broken or not.
    expect(findSvgMetadata('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')).toEqual({ ok: false, error: 'absent' });
    expect(findSvgMetadata('<html xmlns="http://www.w3.org/1999/xhtml"></html>')).toEqual({ ok: false, error: 'not-svg' });
    expect(readSvgMetadata('<svg')).toBeUndefined();
  });

  it('reads only a direct child of the root, not a metadata element hidden deeper', () => {
    const nested = `<svg xmlns="http://www.w3.org/2000/svg"><g><metadata id="${SVG_METADATA_ID}">x</metadata></g></svg>`;
    expect(readSvgMetadata(nested)).toBeUndefined();
  });

  describe('without DOMParser (Node scripts), a strict pattern reads what withSvgMetadata wrote', () => {
    it('round-trips, unescaping every entity the writer uses', () => {
      vi.stubGlobal('DOMParser', undefined);
      expect(readSvgMetadata(withSvgMetadata(SVG, PAYLOAD))).toBe(PAYLOAD);
      expect(readSvgMetadata(withSvgMetadata(`<?xml version="1.0"?>\n${SVG}`, '&<>'))).toBe('&<>');
    });

    it('reads numeric references and refuses a stray "&" or an unknown entity', () => {
      vi.stubGlobal('DOMParser', undefined);
      const wrap = (text: string) => `<svg><metadata id="${SVG_METADATA_ID}">${text}</metadata></svg>`;
      expect(readSvgMetadata(wrap('&#60;&#x3E;&quot;&apos;'))).toBe('<>"\'');
      expect(findSvgMetadata(wrap('a & b'))).toEqual({ ok: false, error: 'malformed' });
      expect(findSvgMetadata(wrap('&nbsp;'))).toEqual({ ok: false, error: 'malformed' });
      expect(findSvgMetadata(wrap('&#xD800;'))).toEqual({ ok: false, error: 'malformed' });
      expect(findSvgMetadata(SVG)).toEqual({ ok: false, error: 'absent' });
      expect(findSvgMetadata('<svg><metadata id="genai-forecast-data">{"a":')).toEqual({ ok: false, error: 'truncated' });
    });
  });
});
