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
  const a = toSource.a * k;
  const b = toSource.b * k;
  const c = toSource.c * k - 0.5;
  const d = toSource.d * k;
  const e = toSource.e * k;
  const f = toSource.f * k - 0.5;
  const w = img.width;
  const h = img.height;
  const data = img.data;
  const stride = w * 3;
  const scale = norm.scale;
  const bias = norm.offset;
  let o = offset;
  for (let y = 0; y < height; y++) {
    const py = y + 0.5;
    for (let xi = 0; xi < width; xi++) {
      const px = (mirror ? width - 1 - xi : xi) + 0.5;
      // Level pixel coordinates with pixel centres at integers.
      const sx = a * px + b * py + c;
      const sy = d * px + e * py + f;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      if (x0 >= 0 && y0 >= 0 && x0 + 1 < w && y0 + 1 < h) {
        const i00 = y0 * stride + x0 * 3;
        const i10 = i00 + 3;
        const i01 = i00 + stride;
        const i11 = i01 + 3;
        const w00 = (1 - fx) * (1 - fy);
        const w10 = fx * (1 - fy);
        const w01 = (1 - fx) * fy;
        const w11 = fx * fy;
        for (let ch = 0; ch < 3; ch++) {
          const v =
            data[i00 + ch]! * w00 + data[i10 + ch]! * w10 + data[i01 + ch]! * w01 + data[i11 + ch]! * w11;
          out[o++] = v * scale + bias;
        }
      } else {
        for (let ch = 0; ch < 3; ch++) {
          const v00 = pixel(data, w, h, stride, x0, y0, ch);
          const v10 = pixel(data, w, h, stride, x0 + 1, y0, ch);
          const v01 = pixel(data, w, h, stride, x0, y0 + 1, ch);
          const v11 = pixel(data, w, h, stride, x0 + 1, y0 + 1, ch);
          const top = v00 + (v10 - v00) * fx;
          const bottom = v01 + (v11 - v01) * fx;
          out[o++] = (top + (bottom - top) * fy) * scale + bias;
        }
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
