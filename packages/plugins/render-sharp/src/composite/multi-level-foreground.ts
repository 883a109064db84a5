import type { RgbImage } from '@idphoto/sdk';

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
    for (let it = 0; it < iterations; it++) sweep(I, a, ok, F, B, w, h, eps, gw);
    prevW = w;
    prevH = h;
  }
  const out = new Float32Array(n0 * 3);
  for (let i = 0; i < n0; i++)
    for (let c = 0; c < 3; c++) out[3 * i + c] = (alpha[i]! >= 1 && v0[i] ? I0[c]![i]! : F[c]![i]!) * 255;
  return out;
}

/** One Gauss–Seidel sweep over every pixel. */
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
): void {
  const bF = [0, 0, 0];
  const bB = [0, 0, 0];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const a0 = alpha[i]!;
      const data = ok[i] ? 1 : 0;
      const a1 = 1 - a0;
      let m00 = data * a0 * a0;
      const m01 = data * a0 * a1;
      let m11 = data * a1 * a1;
      for (let c = 0; c < 3; c++) {
        bF[c] = data * a0 * I[c]![i]!;
        bB[c] = data * a1 * I[c]![i]!;
      }
      for (let k = 0; k < 4; k++) {
        const x2 = k === 0 ? Math.max(0, x - 1) : k === 1 ? Math.min(w - 1, x + 1) : x;
        const y2 = k === 2 ? Math.max(0, y - 1) : k === 3 ? Math.min(h - 1, y + 1) : y;
        const j = y2 * w + x2;
        const da = eps + gw * Math.abs(a0 - alpha[j]!);
        m00 += da;
        m11 += da;
        for (let c = 0; c < 3; c++) {
          bF[c]! += da * F[c]![j]!;
          bB[c]! += da * B[c]![j]!;
        }
      }
      const det = m00 * m11 - m01 * m01;
      const inv = 1 / det;
      for (let c = 0; c < 3; c++) {
        const f = inv * (m11 * bF[c]! - m01 * bB[c]!);
        const b = inv * (m00 * bB[c]! - m01 * bF[c]!);
        F[c]![i] = f < 0 ? 0 : f > 1 ? 1 : f;
        B[c]![i] = b < 0 ? 0 : b > 1 ? 1 : b;
      }
    }
  }
}

/** Nearest-neighbour source index for each of `to` samples taken from `from`. */
function nearest(to: number, from: number): Int32Array {
  const out = new Int32Array(to);
  for (let i = 0; i < to; i++) out[i] = Math.min(from - 1, Math.floor((i * from) / to));
  return out;
}
