import type { Box } from './layout';

type Pixel = readonly [number, number];

/**
 * The parts of a polyline inside a box (Liang–Barsky on each segment), in order. A dragged line
 * can run far off the held axis (a growth rate of 300% for ten years); its off-screen part is cut
 * here, exactly, rather than handed to the canvas, which would stroke and dash it to the end.
 * A point that is not finite breaks the line, as it does in linePath.
 */
export function clipPolyline(points: readonly Pixel[], box: Box): Pixel[][] {
  const pieces: Pixel[][] = [];
  let piece: Pixel[] = [];
  const close = () => {
    // A piece that only touches the box (a corner) has no length: a round cap would draw it as a dot.
    if (piece.some(([x, y]) => x !== piece[0]![0] || y !== piece[0]![1])) pieces.push(piece);
    piece = [];
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as Pixel;
    const b = points[i + 1] as Pixel;
    const cut = [a, b].every(([x, y]) => Number.isFinite(x) && Number.isFinite(y)) ? clipSegment(a, b, box) : undefined;
    if (!cut) {
      close();
      continue;
    }
    const [t0, t1] = cut;
    const at = (t: number): Pixel => (t === 0 ? a : t === 1 ? b : [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
    // A segment that starts where the last one ended, inside the box, goes on the same piece.
    if (t0 > 0 || piece.length === 0) {
      close();
      piece.push(at(t0));
    }
    piece.push(at(t1));
    if (t1 < 1) close();
  }
  close();
  return pieces;
}

/** The parameters [t0, t1] of the part of segment a→b inside the box, or undefined when none is. */
function clipSegment(a: Pixel, b: Pixel, box: Box): [number, number] | undefined {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  // Each edge as p·t ≤ q: left, right, top, bottom.
  const edges: [number, number][] = [
    [-dx, a[0] - box.x],
    [dx, box.x + box.width - a[0]],
    [-dy, a[1] - box.y],
    [dy, box.y + box.height - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return undefined;
  }
  return [t0, t1];
}
