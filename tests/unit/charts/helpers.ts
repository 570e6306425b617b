/** The (x, y) vertices of an SVG path made of M and L commands, e.g. a d3 line. */
export function vertices(d: string | null): [number, number][] {
  return [...(d ?? '').matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/**
 * A line's markers, point by point: the years and values the markers path carries, with the centre
 * of each marker drawn (every marker is a subpath starting with `M cx,cy`).
 */
export function linePoints(markers: Element): { year: number; value: number; cx: number; cy: number }[] {
  const years = (markers.getAttribute('data-years') ?? '').split(' ').filter(Boolean).map(Number);
  const values = (markers.getAttribute('data-values') ?? '').split(' ').filter(Boolean).map(Number);
  const centres = [...(markers.getAttribute('d') ?? '').matchAll(/M(-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ cx: Number(m[1]), cy: Number(m[2]) }));
  if (years.length !== values.length || years.length !== centres.length) throw new Error(`${years.length} years, ${values.length} values, ${centres.length} markers`);
  return years.map((year, i) => ({ year, value: values[i]!, ...centres[i]! }));
}

export function one(root: ParentNode, selector: string): Element {
  const found = root.querySelectorAll(selector);
  if (found.length !== 1) throw new Error(`expected one ${selector}, found ${found.length}`);
  return found[0]!;
}
