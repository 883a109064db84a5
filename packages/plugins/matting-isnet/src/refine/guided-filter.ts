import { boxFilter } from './box-filter.js';

/** Linear coefficients of a colour guided filter: `q = ar·R + ag·G + ab·B + b` per pixel. */
export interface GuidedCoefficients {
  readonly width: number;
  readonly height: number;
  readonly ar: Float32Array;
  readonly ag: Float32Array;
  readonly ab: Float32Array;
  readonly b: Float32Array;
}

/**
 * The colour guided filter of He, Sun and Tang (ECCV 2010 / TPAMI 2013), up to the averaged
 * coefficients. In every (2r+1)² window the output is modelled as an affine function of the guide
 * colour fitted to the input `p` by ridge regression (`eps` regularises; with the guide in 0–1, a
 * small eps such as 1e-4 follows colour edges, a large one smooths). Averaging the coefficients of
 * the windows covering a pixel gives the final map; evaluating it on a finer guide (the "fast
 * guided filter", He & Sun 2015) transfers edges from the full-resolution photo to a matte
 * computed at low resolution.
 *
 * This dense version filters every pixel; {@link guidedCoefficients} skips flat areas.
 *
 * @param rgb interleaved 8-bit guide, `width`×`height`
 * @param p the input to filter (alpha 0–1), same size
 */
export function denseGuidedCoefficients(
  rgb: Uint8Array,
  p: Float32Array,
  width: number,
  height: number,
  radius: number,
  eps: number,
): GuidedCoefficients {
  const n = width * height;
  const planes = Array.from({ length: 13 }, () => new Float32Array(n));
  const [ir, ig, ib, irr, irg, irb, igg, igb, ibb, ipr, ipg, ipb, pp] = planes as [
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
  ];
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    const r = rgb[j]! / 255;
    const g = rgb[j + 1]! / 255;
    const b = rgb[j + 2]! / 255;
    const v = p[i]!;
    ir[i] = r;
    ig[i] = g;
    ib[i] = b;
    irr[i] = r * r;
    irg[i] = r * g;
    irb[i] = r * b;
    igg[i] = g * g;
    igb[i] = g * b;
    ibb[i] = b * b;
    ipr[i] = r * v;
    ipg[i] = g * v;
    ipb[i] = b * v;
    pp[i] = v;
  }
  const scratch = new Float32Array(n);
  for (const plane of planes) boxFilter(plane, width, height, radius, plane, scratch);

  // Solve (Σ + eps·I) a = cov(I, p) per pixel (3×3 symmetric, by cofactors); b = mean p − a·mean I.
  const ar = new Float32Array(n);
  const ag = new Float32Array(n);
  const ab = new Float32Array(n);
  const b = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const mr = ir[i]!;
    const mg = ig[i]!;
    const mb = ib[i]!;
    const mp = pp[i]!;
    const srr = irr[i]! - mr * mr + eps;
    const srg = irg[i]! - mr * mg;
    const srb = irb[i]! - mr * mb;
    const sgg = igg[i]! - mg * mg + eps;
    const sgb = igb[i]! - mg * mb;
    const sbb = ibb[i]! - mb * mb + eps;
    const cr = ipr[i]! - mr * mp;
    const cg = ipg[i]! - mg * mp;
    const cb = ipb[i]! - mb * mp;
    const c00 = sgg * sbb - sgb * sgb;
    const c01 = srb * sgb - srg * sbb;
    const c02 = srg * sgb - srb * sgg;
    const c11 = srr * sbb - srb * srb;
    const c12 = srb * srg - srr * sgb;
    const c22 = srr * sgg - srg * srg;
    const det = srr * c00 + srg * c01 + srb * c02;
    const inv = det > 1e-30 ? 1 / det : 0;
    const a0 = (c00 * cr + c01 * cg + c02 * cb) * inv;
    const a1 = (c01 * cr + c11 * cg + c12 * cb) * inv;
    const a2 = (c02 * cr + c12 * cg + c22 * cb) * inv;
    ar[i] = a0;
    ag[i] = a1;
    ab[i] = a2;
    b[i] = mp - a0 * mr - a1 * mg - a2 * mb;
  }
  boxFilter(ar, width, height, radius, ar, scratch);
  boxFilter(ag, width, height, radius, ag, scratch);
  boxFilter(ab, width, height, radius, ab, scratch);
  boxFilter(b, width, height, radius, b, scratch);
  return { width, height, ar, ag, ab, b };
}

/** Tile side of {@link guidedCoefficients}. */
const TILE = 32;
/** A window whose input varies less than this is flat: its coefficients are `a = 0, b = p`. */
const FLAT_RANGE = 1 / 1024;

/**
 * {@link denseGuidedCoefficients}, computed only where it can differ from the input. Where `p`
 * is constant over a pixel's (4r+1)² neighbourhood every window covering it has zero covariance
 * with the guide, so `a = 0` and `b = p` exactly. The map is cut into 32² tiles; a tile is
 * filtered — on the tile plus a 2r margin, which makes the result exact — only if `p` varies
 * within that margin. On a matte those tiles follow the subject's outline, so the cost grows
 * with the outline's length rather than the image area.
 */
export function guidedCoefficients(
  rgb: Uint8Array,
  p: Float32Array,
  width: number,
  height: number,
  radius: number,
  eps: number,
): GuidedCoefficients {
  const r = Math.max(1, Math.floor(radius));
  const n = width * height;
  const ar = new Float32Array(n);
  const ag = new Float32Array(n);
  const ab = new Float32Array(n);
  const b = Float32Array.from(p);
  const margin = 2 * r;
  const maxSide = TILE + 2 * margin;
  const windowRgb = new Uint8Array(maxSide * maxSide * 3);
  const windowP = new Float32Array(maxSide * maxSide);
  for (let ty = 0; ty < Math.ceil(height / TILE); ty++) {
    for (let tx = 0; tx < Math.ceil(width / TILE); tx++) {
      if (isFlat(p, width, height, tx * TILE - margin, ty * TILE - margin, TILE + 2 * margin)) continue;
      const x0 = tx * TILE;
      const y0 = ty * TILE;
      const x1 = Math.min(width, x0 + TILE);
      const y1 = Math.min(height, y0 + TILE);
      const wx0 = Math.max(0, x0 - margin);
      const wy0 = Math.max(0, y0 - margin);
      const ww = Math.min(width, x1 + margin) - wx0;
      const wh = Math.min(height, y1 + margin) - wy0;
      for (let y = 0; y < wh; y++) {
        const from = (wy0 + y) * width + wx0;
        windowRgb.set(rgb.subarray(from * 3, (from + ww) * 3), y * ww * 3);
        windowP.set(p.subarray(from, from + ww), y * ww);
      }
      const local = denseGuidedCoefficients(
        windowRgb.subarray(0, ww * wh * 3),
        windowP.subarray(0, ww * wh),
        ww,
        wh,
        r,
        eps,
      );
      for (let y = y0; y < y1; y++) {
        const row = y * width;
        const localRow = (y - wy0) * ww - wx0;
        for (let x = x0; x < x1; x++) {
          ar[row + x] = local.ar[localRow + x]!;
          ag[row + x] = local.ag[localRow + x]!;
          ab[row + x] = local.ab[localRow + x]!;
          b[row + x] = local.b[localRow + x]!;
        }
      }
    }
  }
  return { width, height, ar, ag, ab, b };
}

/** Whether `p` varies less than {@link FLAT_RANGE} over a square window (clipped to the map). */
function isFlat(
  p: Float32Array,
  width: number,
  height: number,
  left: number,
  top: number,
  side: number,
): boolean {
  const x0 = Math.max(0, left);
  const x1 = Math.min(width, left + side);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let y = Math.max(0, top); y < Math.min(height, top + side); y++) {
    for (let i = y * width + x0, end = y * width + x1; i < end; i++) {
      const v = p[i]!;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (max - min >= FLAT_RANGE) return false;
  }
  return true;
}
