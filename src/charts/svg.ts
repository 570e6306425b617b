export const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

type Attributes = Readonly<Record<string, string | number | undefined>>;

/** Two decimals are far below a pixel and keep exported files small. */
export const px = (v: number): number => Math.round(v * 100) / 100;

/** An SVG element with its attributes (undefined ones are skipped), appended to `parent` if given. */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Attributes,
  parent?: Element,
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined) node.setAttribute(name, typeof value === 'number' ? String(px(value)) : value);
  }
  if (parent) parent.appendChild(node);
  return node;
}

/** A text element; the content goes in as text, never markup, because names come from users. */
export function svgText(doc: Document, content: string, attributes: Attributes, parent?: Element): SVGTextElement {
  const node = svgElement(doc, 'text', attributes, parent);
  node.textContent = content;
  return node;
}

/** Declares the SVG namespace as an attribute too, so a serialized copy is a standalone file. */
export function declareNamespace(svg: SVGSVGElement): void {
  svg.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
}

/**
 * A label with a background-coloured outline beneath it, so it stays legible where it crosses lines.
 * The outline is a copy of the text drawn first, not `paint-order`, which librsvg and LibreOffice
 * ignore (they would paint the outline over the label). On a transparent background no colour
 * matches what lies beneath, so there is no outline.
 */
export function haloText(doc: Document, content: string, attributes: Attributes, background: string, parent: Element, width = 3): SVGTextElement {
  if (background !== 'transparent' && background !== 'none') {
    const { class: _ignored, fill: _fill, ...place } = attributes;
    svgText(doc, content, { ...place, class: 'text-halo', 'aria-hidden': 'true', fill: 'none', stroke: background, 'stroke-width': width, 'stroke-linejoin': 'round' }, parent);
  }
  return svgText(doc, content, attributes, parent);
}
