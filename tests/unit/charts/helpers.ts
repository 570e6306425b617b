/** The (x, y) vertices of an SVG path made of M and L commands, e.g. a d3 line. */
export function vertices(d: string | null): [number, number][] {
  return [...(d ?? '').matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** A marker path's centre: marker paths start with `M cx,cy`. */
export function markerCentre(el: Element): { cx: number; cy: number } {
  const [first] = vertices(el.getAttribute('d'));
  if (!first) throw new Error(`no M command in ${el.getAttribute('d')}`);
  return { cx: first[0], cy: first[1] };
}

export function one(root: ParentNode, selector: string): Element {
  const found = root.querySelectorAll(selector);
  if (found.length !== 1) throw new Error(`expected one ${selector}, found ${found.length}`);
  return found[0]!;
}
