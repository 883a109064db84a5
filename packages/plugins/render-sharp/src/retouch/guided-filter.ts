import { boxBlur } from '../image/box-blur.js';

/**
 * Self-guided filter (He, Sun and Tang, "Guided Image Filtering", ECCV 2010) on one plane:
 * q = mean(a)·I + mean(b) with a = var/(var + ε), b = (1 − a)·mean. Flat, low-contrast texture
 * (variance ≪ ε, e.g. pores) is averaged away; edges and spots with variance ≫ ε (eyelids, moles,
 * scars) pass through almost unchanged. Values and ε in the same units (here 0–255 and 255²·ε₀).
 */
export function guidedFilter(
  plane: Float32Array,
  width: number,
  height: number,
  radius: number,
  epsilon: number,
): Float32Array {
  const n = width * height;
  const sq = new Float32Array(n);
  for (let i = 0; i < n; i++) sq[i] = plane[i]! * plane[i]!;
  const mean = boxBlur(plane, width, height, radius);
  const meanSq = boxBlur(sq, width, height, radius);
  const a = new Float32Array(n);
  const b = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const m = mean[i]!;
    const variance = Math.max(0, meanSq[i]! - m * m);
    const k = variance / (variance + epsilon);
    a[i] = k;
    b[i] = (1 - k) * m;
  }
  const meanA = boxBlur(a, width, height, radius);
  const meanB = boxBlur(b, width, height, radius);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = meanA[i]! * plane[i]! + meanB[i]!;
  return out;
}
