/**
 * Marker shapes, one per palette slot, so scenario lines stay distinguishable in grey print and
 * for readers who cannot tell the colours apart.
 */
export const markerShapes = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangle-down',
  'plus',
  'star',
  'hexagon',
  'cross',
  'pentagon',
] as const;

export type MarkerShape = (typeof markerShapes)[number];

/** The shape for palette slot `index` (wraps like the palette). */
export function markerShapeFor(index: number): MarkerShape {
  const n = markerShapes.length;
  return markerShapes[((Math.trunc(index) % n) + n) % n] ?? 'circle';
}

const round = (v: number) => Math.round(v * 100) / 100;

/** Regular polygon vertices on a unit circle, first vertex at `startDeg` (0° = right, 90° = down). */
function regular(count: number, radius: number, startDeg: number): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const a = ((startDeg + (360 * i) / count) * Math.PI) / 180;
    points.push([radius * Math.cos(a), radius * Math.sin(a)]);
  }
  return points;
}

function star(): [number, number][] {
  const outer = regular(5, 1.35, -90);
  const inner = regular(5, 0.58, -54);
  return outer.flatMap((p, i) => [p, inner[i] as [number, number]]);
}

/** A plus sign of arm length `l` and half thickness `w`, optionally turned 45° (an ×). */
function plus(l: number, w: number, turned: boolean): [number, number][] {
  const arm: [number, number][] = [[w, -l], [w, -w], [l, -w], [l, w], [w, w], [w, l], [-w, l], [-w, w], [-l, w], [-l, -w], [-w, -w], [-w, -l]];
  if (!turned) return arm;
  const c = Math.SQRT1_2;
  return arm.map(([x, y]) => [c * (x - y), c * (x + y)]);
}

// Unit outlines, sized so the shapes look about as heavy as a circle of radius 1.
const OUTLINES: Record<Exclude<MarkerShape, 'circle'>, [number, number][]> = {
  square: [[-0.88, -0.88], [0.88, -0.88], [0.88, 0.88], [-0.88, 0.88]],
  triangle: regular(3, 1.3, -90),
  diamond: regular(4, 1.25, -90),
  'triangle-down': regular(3, 1.3, 90),
  plus: plus(1.2, 0.42, false),
  star: star(),
  hexagon: regular(6, 1.08, -90),
  cross: plus(1.3, 0.4, true),
  pentagon: regular(5, 1.12, -90),
};

const tails = new Map<string, string>();

/** The shape's outline as relative path commands from its centre (cached: a chart reuses a few sizes). */
function tail(shape: MarkerShape, r: number): string {
  const key = `${shape}:${r}`;
  let d = tails.get(key);
  if (d !== undefined) return d;
  if (shape === 'circle') {
    d = `m${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0z`;
  } else {
    const points = OUTLINES[shape];
    let [px, py] = points[0] as [number, number];
    d = `m${round(px * r)},${round(py * r)}`;
    for (let i = 1; i < points.length; i++) {
      const [x, y] = points[i] as [number, number];
      d += `l${round((x - px) * r)},${round((y - py) * r)}`;
      px = x;
      py = y;
    }
    d += 'z';
  }
  tails.set(key, d);
  return d;
}

/** SVG path data for a marker centred at (x, y); the path starts with `M x,y`, its centre. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  return `M${round(x)},${round(y)}${tail(shape, r)}`;
}
