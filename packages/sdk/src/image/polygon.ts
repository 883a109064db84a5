import type { Point } from './types.js';

/**
 * Calls `visit` with the index (`y * width + x`) of every pixel whose centre lies inside `polygon`
 * (even-odd rule), clipped to the image, row by row.
 */
export function forEachPixelInPolygon(
  polygon: readonly Point[],
  width: number,
  height: number,
  visit: (index: number) => void,
): void {
  if (polygon.length < 3) return;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const p of polygon) {
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const y0 = Math.max(0, Math.ceil(minY - 0.5));
  const y1 = Math.min(height - 1, Math.floor(maxY - 0.5));
  const xs: number[] = [];
  for (let y = y0; y <= y1; y++) {
    const cy = y + 0.5;
    xs.length = 0;
    for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
      const a = polygon[i]!;
      const b = polygon[j]!;
      if (a.y > cy !== b.y > cy) xs.push(a.x + ((cy - a.y) / (b.y - a.y)) * (b.x - a.x));
    }
    xs.sort((p, q) => p - q);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const xa = Math.max(0, Math.ceil(xs[k]! - 0.5));
      const xb = Math.min(width - 1, Math.floor(xs[k + 1]! - 0.5));
      for (let x = xa; x <= xb; x++) visit(y * width + x);
    }
  }
}

/** Sets `value` in `mask` (`width × height`) for every pixel whose centre lies inside `polygon`. */
export function fillPolygon(
  mask: Float32Array,
  width: number,
  height: number,
  polygon: readonly Point[],
  value: number,
): void {
  forEachPixelInPolygon(polygon, width, height, (i) => {
    mask[i] = value;
  });
}

/** Indices (`y * width + x`) of the pixels whose centres lie inside `polygon`. */
export function polygonPixels(polygon: readonly Point[], width: number, height: number): Int32Array {
  const out: number[] = [];
  forEachPixelInPolygon(polygon, width, height, (i) => out.push(i));
  return Int32Array.from(out);
}

/** Convex hull (Andrew's monotone chain), counter-clockwise in image coordinates. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length < 3) return sorted;
  const cross = (o: Point, a: Point, b: Point): number =>
    (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const chain = (list: readonly Point[]): Point[] => {
    const out: Point[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...chain(sorted), ...chain([...sorted].reverse())];
}

/**
 * Offsets a convex polygon outwards by `margin` pixels (every edge moves `margin` along its normal;
 * vertices follow the miter, limited to 2·margin at very sharp corners).
 */
export function growPolygon(polygon: readonly Point[], margin: number): Point[] {
  const n = polygon.length;
  if (n < 3) return [...polygon];
  // Orientation: positive signed area = counter-clockwise in a y-up frame.
  let area = 0;
  for (let i = 0; i < n; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % n]!;
    area += a.x * b.y - b.x * a.y;
  }
  const sign = area >= 0 ? 1 : -1;
  const normal = (a: Point, b: Point): Point => {
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const d = Math.hypot(dx, dy) || 1;
    return { x: (sign * dy) / d, y: (-sign * dx) / d };
  };
  return polygon.map((p, i) => {
    const n1 = normal(polygon[(i + n - 1) % n]!, p);
    const n2 = normal(p, polygon[(i + 1) % n]!);
    const k = Math.min(2, 1 / Math.max(1e-6, (1 + n1.x * n2.x + n1.y * n2.y) / 2) ** 0.5);
    const mx = n1.x + n2.x;
    const my = n1.y + n2.y;
    const m = Math.hypot(mx, my) || 1;
    return { x: p.x + (mx / m) * margin * k, y: p.y + (my / m) * margin * k };
  });
}
