import { type Affine, affineScale } from './affine.js';
import { levelFor, type Pyramid } from './pyramid.js';

/** How 0–255 pixel values become model input: `value · scale + offset`. */
export interface Normalisation {
  readonly scale: number;
  readonly offset: number;
}

/**
 * Fills an NHWC float tensor slice (`out`, from `offset`) with an `width`×`height` crop of the
 * pyramid: output pixel centre `(x + .5, y + .5)` maps through `toSource` (output → level-0
 * pixels), is sampled bilinearly from the best pyramid level, and is normalised. Pixels outside
 * the image are black (0 before normalisation). `mirror` flips the crop left–right.
 */
export function sampleAffine(
  pyramid: Pyramid,
  toSource: Affine,
  width: number,
  height: number,
  norm: Normalisation,
  out: Float32Array,
  offset = 0,
  mirror = false,
): void {
  const level = levelFor(pyramid, affineScale(toSource));
  const img = pyramid.levels[level]!;
  const k = 1 / 2 ** level;
  const { a, b, c, d, e, f } = toSource;
  const w = img.width;
  const h = img.height;
  const data = img.data;
  const stride = w * 3;
  let o = offset;
  for (let y = 0; y < height; y++) {
    const py = y + 0.5;
    for (let xi = 0; xi < width; xi++) {
      const px = (mirror ? width - 1 - xi : xi) + 0.5;
      // level pixel coordinates, pixel centres at integers
      const sx = (a * px + b * py + c) * k - 0.5;
      const sy = (d * px + e * py + f) * k - 0.5;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      for (let ch = 0; ch < 3; ch++) {
        const v00 = pixel(data, w, h, stride, x0, y0, ch);
        const v10 = pixel(data, w, h, stride, x0 + 1, y0, ch);
        const v01 = pixel(data, w, h, stride, x0, y0 + 1, ch);
        const v11 = pixel(data, w, h, stride, x0 + 1, y0 + 1, ch);
        const top = v00 + (v10 - v00) * fx;
        const bottom = v01 + (v11 - v01) * fx;
        out[o++] = (top + (bottom - top) * fy) * norm.scale + norm.offset;
      }
    }
  }
}

function pixel(
  data: Uint8Array,
  w: number,
  h: number,
  stride: number,
  x: number,
  y: number,
  ch: number,
): number {
  if (x < 0 || y < 0 || x >= w || y >= h) return 0;
  return data[y * stride + x * 3 + ch]!;
}
