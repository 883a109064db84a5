import type { Point } from '@idphoto/sdk';

/**
 * A 2-D affine map `(x, y) → (a·x + b·y + c, d·x + e·y + f)`. The crops in this package map
 * model-input pixels to source-image pixels with it (and back with {@link invertAffine}).
 */
export interface Affine {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly e: number;
  readonly f: number;
}

/** Applies an affine map to a point. */
export function applyAffine(m: Affine, x: number, y: number): Point {
  return { x: m.a * x + m.b * y + m.c, y: m.d * x + m.e * y + m.f };
}

/** The inverse map (throws on a singular matrix, which no crop here produces). */
export function invertAffine(m: Affine): Affine {
  const det = m.a * m.e - m.b * m.d;
  if (det === 0) throw new RangeError('Singular affine map');
  const a = m.e / det;
  const b = -m.b / det;
  const d = -m.d / det;
  const e = m.a / det;
  return { a, b, c: -(a * m.c + b * m.f), d, e, f: -(d * m.c + e * m.f) };
}

/** Source pixels per output pixel (geometric mean of both axes). */
export function affineScale(m: Affine): number {
  return Math.sqrt(Math.abs(m.a * m.e - m.b * m.d));
}

/**
 * The map from an `outSize`×`outSize` model input to a square, rotated window of the source:
 * the window is centred on `center`, `side` source pixels wide, and turned by `angle` radians
 * (image y down, positive angle = clockwise on screen), so a face whose eye line is tilted by
 * `angle` comes out level.
 */
export function squareCrop(center: Point, side: number, angle: number, outSize: number): Affine {
  const s = side / outSize;
  const cos = Math.cos(angle) * s;
  const sin = Math.sin(angle) * s;
  const h = outSize / 2;
  // source = center + R(angle) · s · (p - h)
  return {
    a: cos,
    b: -sin,
    c: center.x - cos * h + sin * h,
    d: sin,
    e: cos,
    f: center.y - sin * h - cos * h,
  };
}
