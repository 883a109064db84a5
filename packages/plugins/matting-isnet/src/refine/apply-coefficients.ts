import type { Box } from '@idphoto/sdk';
import type { GuidedCoefficients } from './guided-filter.js';

/** A coefficient cell whose output is this constant everywhere (0 or 255), or -1. */
const MIXED = -1;

/**
 * Evaluates guided-filter coefficients on a finer guide (the "fast guided filter" step): the
 * coefficient maps, covering `from` in source pixels, are upsampled bilinearly (pixel centres
 * aligned) onto the `width`×`height` output grid covering `to`, and combined with the guide's
 * colour, `q = ar·R + ag·G + ab·B + b`, clamped to 0–255. Output outside `from` is 0.
 *
 * Most of a matte is flat (certainly background or certainly subject: `a ≈ 0`, `b ≈ 0 or 1`).
 * The output columns that interpolate between the same two cells form a span; a span between two
 * flat, equal cells is filled without per-pixel arithmetic, so at 12 MP the cost follows the
 * subject's outline, not the frame.
 *
 * @param rgb interleaved 8-bit guide, `width`×`height`, covering `to`
 */
export function applyCoefficients(
  coefficients: GuidedCoefficients,
  from: Box,
  rgb: Uint8Array,
  to: Box,
  width: number,
  height: number,
): Uint8Array {
  const { width: cw, height: ch, ar, ag, ab, b } = coefficients;
  const flat = flatCells(coefficients);
  const spans = columnSpans(cw, from, to, width);
  const x1step = cw === 1 ? 0 : 1;
  const rowFlat = new Int16Array(cw);
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const sourceY = to.y + ((y + 0.5) * to.height) / height;
    if (sourceY < from.y || sourceY > from.y + from.height) continue;
    const v = Math.min(ch - 1, Math.max(0, ((sourceY - from.y) * ch) / from.height - 0.5));
    const y0 = Math.min(Math.max(0, ch - 2), Math.floor(v));
    const y1 = ch === 1 ? y0 : y0 + 1;
    const fy = ch === 1 ? 0 : v - y0;
    const top = y0 * cw;
    const bottom = y1 * cw;
    for (let c = 0; c < cw; c++) {
      const value = flat[top + c]!;
      rowFlat[c] = value === flat[bottom + c]! ? value : MIXED;
    }
    const outRow = y * width;
    // Consecutive opaque spans are filled with one call (background stays 0).
    let runStart = -1;
    let runEnd = -1;
    for (let c = 0; c < cw; c++) {
      const start = spans.start[c]!;
      const end = spans.end[c]!;
      if (start >= end) continue;
      const c1 = c + x1step;
      const left = rowFlat[c]!;
      if (left !== MIXED && left === rowFlat[c1]) {
        if (left === 255) {
          if (runEnd !== start) {
            if (runStart >= 0) out.fill(255, outRow + runStart, outRow + runEnd);
            runStart = start;
          }
          runEnd = end;
        }
        continue;
      }
      // Bilinear weights between cells c and c1 on rows y0 and y1, then along x per pixel.
      const a0l = ar[top + c]! + (ar[bottom + c]! - ar[top + c]!) * fy;
      const a0r = ar[top + c1]! + (ar[bottom + c1]! - ar[top + c1]!) * fy;
      const a1l = ag[top + c]! + (ag[bottom + c]! - ag[top + c]!) * fy;
      const a1r = ag[top + c1]! + (ag[bottom + c1]! - ag[top + c1]!) * fy;
      const a2l = ab[top + c]! + (ab[bottom + c]! - ab[top + c]!) * fy;
      const a2r = ab[top + c1]! + (ab[bottom + c1]! - ab[top + c1]!) * fy;
      const bl = b[top + c]! + (b[bottom + c]! - b[top + c]!) * fy;
      const br = b[top + c1]! + (b[bottom + c1]! - b[top + c1]!) * fy;
      for (let x = start, j = (outRow + start) * 3; x < end; x++, j += 3) {
        const f = spans.weight[x]!;
        const q =
          ((a0l + (a0r - a0l) * f) * rgb[j]! +
            (a1l + (a1r - a1l) * f) * rgb[j + 1]! +
            (a2l + (a2r - a2l) * f) * rgb[j + 2]!) /
            255 +
          bl +
          (br - bl) * f;
        out[outRow + x] = q <= 0 ? 0 : q >= 1 ? 255 : Math.round(q * 255);
      }
    }
    if (runStart >= 0) out.fill(255, outRow + runStart, outRow + runEnd);
  }
  return out;
}

/** Per cell: 0 or 255 when the cell's output is that constant whatever the guide, else MIXED. */
function flatCells({ ar, ag, ab, b }: GuidedCoefficients): Int16Array {
  const flat = new Int16Array(b.length);
  for (let i = 0; i < flat.length; i++) {
    const slope = Math.abs(ar[i]!) + Math.abs(ag[i]!) + Math.abs(ab[i]!);
    const bias = b[i]!;
    flat[i] = slope > 1e-3 ? MIXED : bias < 0.002 ? 0 : bias > 0.998 ? 255 : MIXED;
  }
  return flat;
}

/**
 * For each cell column c, the output columns [start, end) that interpolate between cells c and
 * c+1, and each output column's weight on c+1. Columns outside `from` belong to no span.
 */
function columnSpans(
  cw: number,
  from: Box,
  to: Box,
  width: number,
): { start: Int32Array; end: Int32Array; weight: Float32Array } {
  const start = new Int32Array(cw).fill(width);
  const end = new Int32Array(cw);
  const weight = new Float32Array(width);
  for (let x = 0; x < width; x++) {
    const sourceX = to.x + ((x + 0.5) * to.width) / width;
    if (sourceX < from.x || sourceX > from.x + from.width) continue;
    const u = Math.min(cw - 1, Math.max(0, ((sourceX - from.x) * cw) / from.width - 0.5));
    const cell = Math.min(Math.max(0, cw - 2), Math.floor(u));
    weight[x] = cw === 1 ? 0 : u - cell;
    if (x < start[cell]!) start[cell] = x;
    end[cell] = x + 1;
  }
  return { start, end, weight };
}
