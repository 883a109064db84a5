import type { RgbImage } from '@idphoto/sdk';

/** Levels up to this many pixels are swept entirely; larger ones only around the edge band. */
const FULL_LEVEL_PIXELS = 128 * 128;
/** Growth of the edge band on large levels (pixels). */
const BAND_MARGIN = 3;

/** Parameters of {@link estimateForegroundMultiLevel} (defaults from the paper). */
export interface MultiLevelOptions {
  /** Smoothness regularisation ε (default 1e-5). */
  readonly regularization?: number;
  /** Extra smoothness where alpha changes (default 1). */
  readonly gradientWeight?: number;
  /** Iterations on levels no larger than `smallSize` (default 10). */
  readonly smallIterations?: number;
  /** Iterations on larger levels (default 2). */
  readonly bigIterations?: number;
  readonly smallSize?: number;
}

/**
 * Estimates foreground (and background) colours from an image and its alpha with the multi-level
 * method of Germer, Uelwer, Conrad and Harmeling, "Fast Multi-Level Foreground Estimation"
 * (ICPR 2020): minimise Σ(αF + (1−α)B − I)² + Σ(ε + |∇α|)(|∇F|² + |∇B|²) by Gauss–Seidel sweeps
 * (each pixel solves a 2×2 system per channel given its 4 neighbours) on a pyramid from 1×1 up
 * to full size, each level started from the one below. Unlike a blur, the compositing equation is
 * enforced at every pixel, so isolated semi-transparent strands get their own colour and none of
 * the old background.
 *
 * Large levels are swept only around the alpha edge (see `activePixels`), which keeps a 480×640
 * photo at a few tens of milliseconds.
 *
 * `valid` (1/0 per pixel, optional) marks pixels holding real source colour; elsewhere the data
 * term is dropped and F, B are only propagated from neighbours. Returns F as interleaved floats
 * 0–255; where α = 1 it equals I.
 */
export function estimateForegroundMultiLevel(
  image: RgbImage,
  alpha: Float32Array,
  valid?: Uint8Array,
  options: MultiLevelOptions = {},
): Float32Array {
  const eps = options.regularization ?? 1e-5;
  const gw = options.gradientWeight ?? 1;
  const { width: W0, height: H0 } = image;
  const n0 = W0 * H0;
  const levels = Math.ceil(Math.log2(Math.max(W0, H0, 2)));
  // Planar inputs in 0–1.
  const I0 = [new Float32Array(n0), new Float32Array(n0), new Float32Array(n0)] as const;
  for (let i = 0; i < n0; i++) for (let c = 0; c < 3; c++) I0[c]![i] = image.data[3 * i + c]! / 255;
  const v0 = valid ?? new Uint8Array(n0).fill(1);

  // Coarsest start: alpha-weighted means.
  let prevW = 1;
  let prevH = 1;
  let F: Float32Array[] = [0, 1, 2].map(() => new Float32Array(1));
  let B: Float32Array[] = [0, 1, 2].map(() => new Float32Array(1));
  {
    const sum = [0, 0, 0, 0, 0, 0];
    let wf = 0;
    let wb = 0;
    for (let i = 0; i < n0; i++) {
      if (!v0[i]) continue;
      const a = alpha[i]!;
      for (let c = 0; c < 3; c++) {
        sum[c]! += a * I0[c]![i]!;
        sum[3 + c]! += (1 - a) * I0[c]![i]!;
      }
      wf += a;
      wb += 1 - a;
    }
    for (let c = 0; c < 3; c++) {
      F[c]![0] = wf > 0 ? sum[c]! / wf : 0.5;
      B[c]![0] = wb > 0 ? sum[3 + c]! / wb : 0.5;
    }
  }
  for (let level = 0; level <= levels; level++) {
    const w = Math.max(1, Math.round(W0 ** (level / levels)));
    const h = Math.max(1, Math.round(H0 ** (level / levels)));
    const n = w * h;
    const xs = nearest(w, W0);
    const ys = nearest(h, H0);
    const a = new Float32Array(n);
    const ok = new Uint8Array(n);
    const I = [new Float32Array(n), new Float32Array(n), new Float32Array(n)] as const;
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const src = ys[y]! * W0 + xs[x]!;
        const dst = y * w + x;
        a[dst] = alpha[src]!;
        ok[dst] = v0[src]!;
        for (let c = 0; c < 3; c++) I[c]![dst] = I0[c]![src]!;
      }
    const px = nearest(w, prevW);
    const py = nearest(h, prevH);
    const upF = [0, 1, 2].map(() => new Float32Array(n));
    const upB = [0, 1, 2].map(() => new Float32Array(n));
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const src = py[y]! * prevW + px[x]!;
        for (let c = 0; c < 3; c++) {
          upF[c]![y * w + x] = F[c]![src]!;
          upB[c]![y * w + x] = B[c]![src]!;
        }
      }
    F = upF;
    B = upB;
    const iterations =
      w <= (options.smallSize ?? 32) && h <= (options.smallSize ?? 32)
        ? (options.smallIterations ?? 10)
        : (options.bigIterations ?? 2);
    const active = activePixels(a, w, h, BAND_MARGIN, n <= FULL_LEVEL_PIXELS);
    for (let it = 0; it < iterations; it++) sweep(I, a, ok, F, B, w, h, eps, gw, active);
    prevW = w;
    prevH = h;
  }
  const out = new Float32Array(n0 * 3);
  for (let i = 0; i < n0; i++)
    for (let c = 0; c < 3; c++) out[3 * i + c] = (alpha[i]! >= 1 && v0[i] ? I0[c]![i]! : F[c]![i]!) * 255;
  return out;
}

/**
 * Pixels a sweep updates: every pixel on small levels; on large levels only the edge band
 * (semi-transparent pixels and alpha steps) grown by `margin` pixels. Elsewhere the values
 * upsampled from the coarser level stand: where α is 0 or 1 the output never reads F (α = 1 uses
 * I), and the band's neighbours are inside the margin.
 */
function activePixels(alpha: Float32Array, w: number, h: number, margin: number, all: boolean): Int32Array {
  if (all) return Int32Array.from({ length: w * h }, (_, i) => i);
  const band = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const a = alpha[i]!;
      if ((a > 0 && a < 1) || (x + 1 < w && alpha[i + 1] !== a) || (y + 1 < h && alpha[i + w] !== a)) {
        for (let yy = Math.max(0, y - margin); yy <= Math.min(h - 1, y + margin + 1); yy++)
          band.fill(1, yy * w + Math.max(0, x - margin), yy * w + Math.min(w, x + margin + 2));
      }
    }
  let count = 0;
  for (let i = 0; i < band.length; i++) count += band[i]!;
  const out = new Int32Array(count);
  for (let i = 0, k = 0; i < band.length; i++) if (band[i]) out[k++] = i;
  return out;
}

/** One Gauss–Seidel sweep over the active pixels, in raster order. */
function sweep(
  I: readonly Float32Array[],
  alpha: Float32Array,
  ok: Uint8Array,
  F: Float32Array[],
  B: Float32Array[],
  w: number,
  h: number,
  eps: number,
  gw: number,
  active: Int32Array,
): void {
  const [I0, I1, I2] = I as [Float32Array, Float32Array, Float32Array];
  const [F0, F1, F2] = F as [Float32Array, Float32Array, Float32Array];
  const [B0, B1, B2] = B as [Float32Array, Float32Array, Float32Array];
  for (let k = 0; k < active.length; k++) {
    const i = active[k]!;
    const x = i % w;
    const y = (i - x) / w;
    const a0 = alpha[i]!;
    const a1 = 1 - a0;
    const data = ok[i]!;
    let m00 = data * a0 * a0;
    const m01 = data * a0 * a1;
    let m11 = data * a1 * a1;
    let f0 = data * a0 * I0[i]!;
    let f1 = data * a0 * I1[i]!;
    let f2 = data * a0 * I2[i]!;
    let b0 = data * a1 * I0[i]!;
    let b1 = data * a1 * I1[i]!;
    let b2 = data * a1 * I2[i]!;
    for (let n = 0; n < 4; n++) {
      const j =
        n === 0
          ? x > 0
            ? i - 1
            : i
          : n === 1
            ? x + 1 < w
              ? i + 1
              : i
            : n === 2
              ? y > 0
                ? i - w
                : i
              : y + 1 < h
                ? i + w
                : i;
      const aj = alpha[j]!;
      const da = eps + gw * (a0 > aj ? a0 - aj : aj - a0);
      m00 += da;
      m11 += da;
      f0 += da * F0[j]!;
      f1 += da * F1[j]!;
      f2 += da * F2[j]!;
      b0 += da * B0[j]!;
      b1 += da * B1[j]!;
      b2 += da * B2[j]!;
    }
    const inv = 1 / (m00 * m11 - m01 * m01);
    const p = inv * m11;
    const q = -inv * m01;
    const r = inv * m00;
    F0[i] = clamp01(p * f0 + q * b0);
    F1[i] = clamp01(p * f1 + q * b1);
    F2[i] = clamp01(p * f2 + q * b2);
    B0[i] = clamp01(q * f0 + r * b0);
    B1[i] = clamp01(q * f1 + r * b1);
    B2[i] = clamp01(q * f2 + r * b2);
  }
}

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/** Nearest-neighbour source index for each of `to` samples taken from `from`. */
function nearest(to: number, from: number): Int32Array {
  const out = new Int32Array(to);
  for (let i = 0; i < to; i++) out[i] = Math.min(from - 1, Math.floor((i * from) / to));
  return out;
}
