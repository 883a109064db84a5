import type { Point } from '@idphoto/sdk';
import type { Affine } from './affine.js';
import type { Pyramid } from './pyramid.js';
import { sampleAffine } from './sample.js';

/** A small RGB sample (floats 0–255) of a rotated rectangle of the source. */
export interface Patch {
  readonly width: number;
  readonly height: number;
  readonly rgb: Float32Array;
}

/**
 * Samples the rectangle spanned from `origin` along `u` (width) and `v` (height), both given in
 * source pixels per patch pixel, at `width`×`height` samples.
 */
export function samplePatch(
  pyramid: Pyramid,
  origin: Point,
  u: Point,
  v: Point,
  width: number,
  height: number,
): Patch {
  const toSource: Affine = { a: u.x, b: v.x, c: origin.x, d: u.y, e: v.y, f: origin.y };
  const rgb = new Float32Array(width * height * 3);
  sampleAffine(pyramid, toSource, width, height, { scale: 1, offset: 0 }, rgb);
  return { width, height, rgb };
}

/** BT.601 luma and chroma of an RGB triple. */
export function ycbcr(r: number, g: number, b: number): [number, number, number] {
  return [
    0.299 * r + 0.587 * g + 0.114 * b,
    128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
    128 + 0.5 * r - 0.418688 * g - 0.081312 * b,
  ];
}

/** Bilinear RGB sample of one source point, as luma (0–255). */
export function lumaAt(pyramid: Pyramid, p: Point, scale = 1): number {
  const patch = samplePatch(
    pyramid,
    { x: p.x - scale / 2, y: p.y - scale / 2 },
    { x: scale, y: 0 },
    { x: 0, y: scale },
    1,
    1,
  );
  return ycbcr(patch.rgb[0]!, patch.rgb[1]!, patch.rgb[2]!)[0];
}
