/**
 * Mean over a (2r+1)² window, clipped at the borders (each output is the mean of the pixels of
 * its window that lie inside the image). Separable running sums: O(width·height), independent of
 * the radius; border and interior spans are separate loops so the hot loop has no branches.
 * `out` may be `src`; `scratch` (same length) avoids an allocation when filtering many planes.
 */
export function boxFilter(
  src: Float32Array,
  width: number,
  height: number,
  radius: number,
  out: Float32Array = new Float32Array(src.length),
  scratch: Float32Array = new Float32Array(src.length),
): Float32Array {
  const r = Math.max(0, Math.min(Math.floor(radius), Math.max(width, height)));
  horizontalMean(src, scratch, width, height, r);
  verticalMean(scratch, out, width, height, r);
  return out;
}

function horizontalMean(
  src: Float32Array,
  dst: Float32Array,
  width: number,
  height: number,
  r: number,
): void {
  const inv = new Float64Array(width);
  for (let x = 0; x < width; x++) inv[x] = 1 / (Math.min(width - 1, x + r) - Math.max(0, x - r) + 1);
  // Interior: both window ends inside the row.
  const lo = Math.min(width, r + 1);
  const hi = Math.max(lo, width - r);
  const k = 1 / (2 * r + 1);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let sum = 0;
    for (let x = 0; x < Math.min(r, width); x++) sum += src[row + x]!;
    for (let x = 0; x < lo; x++) {
      if (x + r < width) sum += src[row + x + r]!;
      dst[row + x] = sum * inv[x]!;
    }
    for (let x = lo; x < hi; x++) {
      sum += src[row + x + r]! - src[row + x - r - 1]!;
      dst[row + x] = sum * k;
    }
    for (let x = hi; x < width; x++) {
      if (x >= lo) {
        if (x + r < width) sum += src[row + x + r]!;
        sum -= src[row + x - r - 1]!;
      }
      dst[row + x] = sum * inv[x]!;
    }
  }
}

function verticalMean(src: Float32Array, dst: Float32Array, width: number, height: number, r: number): void {
  const sums = new Float64Array(width);
  for (let y = 0; y < Math.min(r, height); y++) addRow(sums, src, y * width, width, 1);
  for (let y = 0; y < height; y++) {
    if (y + r < height) addRow(sums, src, (y + r) * width, width, 1);
    if (y - r - 1 >= 0) addRow(sums, src, (y - r - 1) * width, width, -1);
    const inv = 1 / (Math.min(height - 1, y + r) - Math.max(0, y - r) + 1);
    const row = y * width;
    for (let x = 0; x < width; x++) dst[row + x] = sums[x]! * inv;
  }
}

function addRow(sums: Float64Array, src: Float32Array, offset: number, width: number, sign: 1 | -1): void {
  if (sign > 0) for (let x = 0; x < width; x++) sums[x] = sums[x]! + src[offset + x]!;
  else for (let x = 0; x < width; x++) sums[x] = sums[x]! - src[offset + x]!;
}
