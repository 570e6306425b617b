import { SVG_NS } from './svg';

/**
 * A document of plain objects, for drawing a chart that is then patched onto the screen.
 * The chart functions take a `document` (a chart is a function of its document); on screen, a drag
 * redraws a chart about sixty times a second, and creating ~350 browser nodes per frame only to
 * compare them with the ones shown costs more than the frame has. These nodes cost a few objects.
 *
 * It carries exactly the part of the DOM the chart modules use: createElementNS; setAttribute,
 * setAttributeNS (the xmlns declaration), getAttribute, removeAttribute; appendChild, insertBefore,
 * firstChild, children; textContent; shallow cloneNode; classList.contains; namespaceURI.
 * tests/unit/charts/light-dom.test.ts draws every kind of chart both ways and compares the markup.
 */
export class LightElement {
  readonly nodeName: string;
  readonly attributes = new Map<string, string>();
  readonly children: LightElement[] = [];
  private text: string | undefined;

  constructor(
    readonly namespaceURI: string,
    readonly tagName: string,
  ) {
    this.nodeName = tagName;
  }

  get firstChild(): LightElement | null {
    return this.children[0] ?? null;
  }

  get textContent(): string {
    return this.text ?? this.children.map((c) => c.textContent).join('');
  }

  set textContent(value: string) {
    this.children.length = 0;
    this.text = value;
  }

  /** Text set directly on this node (what a text node child holds in the DOM). */
  get ownText(): string | undefined {
    return this.text;
  }

  readonly classList = {
    contains: (name: string): boolean => (this.attributes.get('class') ?? '').split(/\s+/).includes(name),
  };

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }

  setAttributeNS(_namespace: string | null, name: string, value: string): void {
    this.attributes.set(name, String(value));
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }

  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }

  appendChild<T extends LightElement>(child: T): T {
    this.text = undefined;
    this.children.push(child);
    return child;
  }

  insertBefore<T extends LightElement>(child: T, before: LightElement | null): T {
    this.text = undefined;
    const at = before ? this.children.indexOf(before) : -1;
    if (at < 0) this.children.push(child);
    else this.children.splice(at, 0, child);
    return child;
  }

  cloneNode(): LightElement {
    const copy = new LightElement(this.namespaceURI, this.tagName);
    for (const [name, value] of this.attributes) copy.attributes.set(name, value);
    return copy;
  }
}

const lightDocument = {
  createElementNS: (namespace: string | null, tag: string): LightElement => new LightElement(namespace ?? SVG_NS, tag),
};

/**
 * Draws with `draw` into light nodes. The chart modules are typed against the DOM; the cast is
 * the one place that says these nodes stand in for it, and the test above holds them to it.
 */
export function drawLight(draw: (doc: Document) => Element): LightElement {
  return draw(lightDocument as unknown as Document) as unknown as LightElement;
}

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Real nodes for a light tree, in `doc`. */
export function toDom(doc: Document, node: LightElement): Element {
  const element = doc.createElementNS(node.namespaceURI, node.tagName);
  for (const [name, value] of node.attributes) {
    if (name === 'xmlns') element.setAttributeNS(XMLNS_NS, name, value);
    else element.setAttribute(name, value);
  }
  if (node.ownText !== undefined) element.textContent = node.ownText;
  for (const child of node.children) element.appendChild(toDom(doc, child));
  return element;
}

/**
 * Makes `live` (a chart on screen) match `next` (the same chart drawn again) by changing only what
 * differs: attributes one by one, text in place, nodes only where the tree's shape changed, so a
 * drag that moves one line restyles, lays out and repaints that line, not the whole chart.
 * `previous` is the light tree `live` was last made from; comparing with it, not with the live
 * nodes, keeps the browser's DOM out of the comparison (reading attributes back is slow).
 * Children pair up by position when their tag and their data-line-id / data-mark-id (a
 * scenario's line, a report figure) agree; otherwise the new node takes the place.
 */
export function patch(live: Element, previous: LightElement, next: LightElement): void {
  const doc = live.ownerDocument;
  for (const [name, value] of next.attributes) {
    if (name !== 'xmlns' && previous.attributes.get(name) !== value) live.setAttribute(name, value);
  }
  for (const name of previous.attributes.keys()) if (!next.attributes.has(name)) live.removeAttribute(name);

  if (next.ownText !== undefined) {
    if (previous.ownText !== next.ownText) live.textContent = next.ownText;
    return;
  }
  if (previous.ownText !== undefined) live.textContent = '';
  const liveChildren = live.children;
  const count = next.children.length;
  for (let i = 0; i < count; i++) {
    const incoming = next.children[i]!;
    const before = previous.ownText === undefined ? previous.children[i] : undefined;
    const current = liveChildren[i];
    if (current && before && sameKind(before, incoming)) patch(current, before, incoming);
    else if (current) live.replaceChild(toDom(doc, incoming), current);
    else live.appendChild(toDom(doc, incoming));
  }
  while (live.children.length > count) live.lastElementChild?.remove();
}

/** The first node under `root` (itself included), depth first, that `test` accepts. */
export function findLight(root: LightElement, test: (node: LightElement) => boolean): LightElement | undefined {
  if (test(root)) return root;
  for (const child of root.children) {
    const found = findLight(child, test);
    if (found) return found;
  }
  return undefined;
}

const KEYS = ['data-line-id', 'data-mark-id'] as const;

function sameKind(a: LightElement, b: LightElement): boolean {
  return a.tagName === b.tagName && KEYS.every((key) => a.attributes.get(key) === b.attributes.get(key));
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => escapes[c]!);

/**
 * A light tree as markup, for a page drawn before its script runs (the prerendered HTML holds the
 * charts as inline SVG). No whitespace is added: parsed again, it gives the same elements `toDom` makes.
 */
export function toMarkup(node: LightElement): string {
  let out = `<${node.tagName}`;
  for (const [name, value] of node.attributes) out += ` ${name}="${escape(value)}"`;
  out += '>';
  if (node.ownText !== undefined) out += escape(node.ownText);
  else for (const child of node.children) out += toMarkup(child);
  return `${out}</${node.tagName}>`;
}
