/**
 * The scenario file inside an exported SVG, as the text of `<metadata id="genai-forecast-data">`,
 * the first child of the root `<svg>` (SVG 1.1 §21). Text-escaped, not CDATA, so a name holding
 * "]]>" cannot end the section early; the document stays well-formed XML.
 */
export const SVG_METADATA_ID = 'genai-forecast-data';

const OPEN = `<metadata id="${SVG_METADATA_ID}">`;
const OURS = new RegExp(`<metadata id="${SVG_METADATA_ID}">[^<]*</metadata>`, 'g');
// The XML declaration, comments, a doctype and whitespace may come before the root element.
// Each alternative starts on its own character and scans forward once, so no input makes it backtrack.
const PROLOG = /^\uFEFF?(?:\s+|<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE[^>[]*(?:\[[^\]]*\])?[^>]*>)*/;
// The root start tag, with quoted attribute values that may hold ">".
const ROOT = /^<svg(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>/;

// Characters XML 1.0 cannot carry at all, even as references. The payload is JSON, where they can
// only stand inside strings, so writing them as JSON \u escapes keeps the payload's meaning.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeText(text: string): string {
  return text
    .replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeText(text: string): string | undefined {
  let bad = false;
  const out = text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]+);|&/g, (whole, name: string | undefined) => {
    if (!name) return ((bad = true), whole);
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return ((bad = true), whole);
      return String.fromCodePoint(code);
    }
    const named = ENTITIES[name];
    if (named === undefined) bad = true;
    return named ?? whole;
  });
  return bad ? undefined : out;
}

/** The SVG with the payload as its metadata, replacing any payload an earlier export put there. */
export function withSvgMetadata(svgText: string, payload: string): string {
  const text = svgText.replace(OURS, '');
  const prolog = PROLOG.exec(text)?.[0] ?? '';
  const root = ROOT.exec(text.slice(prolog.length))?.[0];
  if (!root) throw new Error('withSvgMetadata: the text does not start with an <svg> element');
  const at = prolog.length + root.length;
  const metadata = `${OPEN}${escapeText(payload)}</metadata>`;
  if (root.endsWith('/>')) return `${text.slice(0, at - 2).trimEnd()}>${metadata}</svg>${text.slice(at)}`;
  return `${text.slice(0, at)}${metadata}${text.slice(at)}`;
}

export type SvgMetadataResult =
  | { readonly ok: true; readonly payload: string }
  | { readonly ok: false; readonly error: 'not-svg' | 'malformed' | 'truncated' | 'absent' | 'declarations' };

// A DOCTYPE may declare entities, and one 100 KB entity referenced 40,000 times makes a 220 KB
// file expand to 4 GB inside the parser (issue 15). This app never writes one, so none is read.
const DECLARATIONS = /<!(?:DOCTYPE|ENTITY)/i;

/** True when the text declares a doctype or an entity: refused before any XML parser sees it. */
export const hasXmlDeclarations = (text: string): boolean => DECLARATIONS.test(text);

/** The payload of an SVG, or undefined when it has none or is not well-formed. */
export function readSvgMetadata(svgText: string): string | undefined {
  const found = findSvgMetadata(svgText);
  return found.ok ? found.payload : undefined;
}

/** As readSvgMetadata, saying why there is nothing: for the import door's messages. */
export function findSvgMetadata(svgText: string): SvgMetadataResult {
  // Cut off means it never closes its root; a broken one that does is malformed.
  const broken = (): SvgMetadataResult => ({
    ok: false,
    error: !/<svg[\s/>]/.test(svgText) ? 'not-svg' : /<\/svg\s*>\s*$/.test(svgText) ? 'malformed' : 'truncated',
  });
  if (hasXmlDeclarations(svgText)) return { ok: false, error: 'declarations' };
  // Two answers that need no parse (a slow one in jsdom): XML always ends with ">", and without
  // the element's id there is no payload to find.
  if (!svgText.trimEnd().endsWith('>')) return broken();
  if (!svgText.includes(SVG_METADATA_ID)) return /<\/svg\s*>\s*$/.test(svgText) ? { ok: false, error: 'absent' } : broken();
  if (typeof DOMParser === 'function') {
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const root = doc.documentElement;
    if (doc.getElementsByTagName('parsererror').length) return broken();
    if (root?.localName !== 'svg') return { ok: false, error: 'not-svg' };
    for (const child of Array.from(root.children))
      if (child.localName === 'metadata' && child.getAttribute('id') === SVG_METADATA_ID) return { ok: true, payload: child.textContent ?? '' };
    return { ok: false, error: 'absent' };
  }
  // No XML parser (Node scripts): only what withSvgMetadata writes, right after the root start tag.
  const prolog = PROLOG.exec(svgText)?.[0] ?? '';
  const root = ROOT.exec(svgText.slice(prolog.length))?.[0];
  if (!root) return broken();
  const rest = svgText.slice(prolog.length + root.length);
  const match = /^<metadata id="genai-forecast-data">([^<]*)<\/metadata>/.exec(rest);
  if (!match) return /<\/svg\s*>\s*$/.test(svgText) ? { ok: false, error: 'absent' } : broken();
  const payload = unescapeText(match[1]!);
  return payload === undefined ? { ok: false, error: 'malformed' } : { ok: true, payload };
}
