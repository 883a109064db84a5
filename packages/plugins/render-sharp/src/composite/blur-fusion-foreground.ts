import type { RgbImage } from '@idphoto/sdk';
import { boxBlur } from '../image/box-blur.js';

/** Radii of the two blur-fusion passes, in output pixels. */
export interface BlurFusionRadii {
  /** Large pass: gathers foreground and background colours from far around the edge. */
  readonly coarse: number;
  /** Small pass: refines them locally (hair strands keep their own colour). */
  readonly fine: number;
}

/** Default radii for a photo whose longer side is `size` pixels (the paper's 90/6 px box kernels at ~1–2 MP). */
export function defaultRadii(size: number): BlurFusionRadii {
  return { coarse: Math.max(4, Math.round(size * 0.03)), fine: Math.max(1, Math.round(size * 0.005)) };
}

/**
 * Estimates the foreground colour F of every pixel from the image I and alpha α (I = αF + (1−α)B),
 * with the blur-fusion estimator of Forte and Pitié, "Approximate Fast Foreground Colour
 * Estimation" (ICIP 2021) — a closed-form approximation of the multi-level estimator of Germer et
 * al., "Fast Multi-Level Foreground Estimation" (ICPR 2020) — in two passes (coarse, then fine
 * using the first pass's F and B). Where the subject is semi-transparent (hair, motion blur) F no
 * longer contains the old background, so compositing αF + (1−α)B′ leaves no halo or colour fringe.
 *
 * `valid` (1/0 per pixel, optional) marks pixels that hold real source colour; pixels outside the
 * source are left out of both colour estimates. Returns F as floats 0–255, three interleaved
 * channels; where α = 1 it equals I exactly.
 */
export function estimateForegroundBlurFusion(
  image: RgbImage,
  alpha: Float32Array,
  radii: BlurFusionRadii,
  valid?: Uint8Array,
): Float32Array {
  const { width, height } = image;
  const n = width * height;
  const I = new Float32Array(n * 3);
  for (let i = 0; i < n * 3; i++) I[i] = image.data[i]! / 255;
  const first = blurFusion(I, I, I, alpha, width, height, radii.coarse, valid);
  const second = blurFusion(I, first.F, first.B, alpha, width, height, radii.fine, valid);
  const out = second.F;
  for (let i = 0; i < n; i++) {
    // Exact passthrough where the subject is opaque; the formula gives the same up to rounding.
    if (alpha[i]! >= 1) {
      out[3 * i] = I[3 * i]!;
      out[3 * i + 1] = I[3 * i + 1]!;
      out[3 * i + 2] = I[3 * i + 2]!;
    }
  }
  for (let i = 0; i < n * 3; i++) out[i] = out[i]! * 255;
  return out;
}

/** One blur-fusion pass: F̂ = blur(F)+α(I − α·blur(F) − (1−α)·blur(B)). Interleaved RGB in 0–1. */
function blurFusion(
  I: Float32Array,
  F: Float32Array,
  B: Float32Array,
  alpha: Float32Array,
  width: number,
  height: number,
  radius: number,
  valid: Uint8Array | undefined,
): { F: Float32Array; B: Float32Array } {
  const n = width * height;
  const wf = new Float32Array(n);
  const wb = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const v = valid ? valid[i]! : 1;
    wf[i] = alpha[i]! * v;
    wb[i] = (1 - alpha[i]!) * v;
  }
  const sumF = boxBlur(wf, width, height, radius);
  const sumB = boxBlur(wb, width, height, radius);
  const blurredF = new Float32Array(n * 3);
  const blurredB = new Float32Array(n * 3);
  const plane = new Float32Array(n);
  for (let c = 0; c < 3; c++) {
    for (let i = 0; i < n; i++) plane[i] = F[3 * i + c]! * wf[i]!;
    const bf = boxBlur(plane, width, height, radius);
    for (let i = 0; i < n; i++) plane[i] = B[3 * i + c]! * wb[i]!;
    const bb = boxBlur(plane, width, height, radius);
    for (let i = 0; i < n; i++) {
      blurredF[3 * i + c] = bf[i]! / (sumF[i]! + 1e-5);
      blurredB[3 * i + c] = bb[i]! / (sumB[i]! + 1e-5);
    }
  }
  const outF = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    const a = alpha[i]!;
    for (let c = 0; c < 3; c++) {
      const k = 3 * i + c;
      const f = blurredF[k]! + a * (I[k]! - a * blurredF[k]! - (1 - a) * blurredB[k]!);
      outF[k] = Math.min(1, Math.max(0, f));
    }
  }
  return { F: outF, B: blurredB };
}
