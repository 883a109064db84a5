/**
 * Mean filter over a `(2r+1)²` window, clipped at the borders (each output is the mean of the
 * window pixels that exist). Separable running sums: O(width·height) whatever the radius.
 */
export function boxBlur(plane: Float32Array, width: number, height: number, radius: number): Float32Array {
  const r = Math.max(0, Math.round(radius));
  if (r === 0) return Float32Array.from(plane);
  const tmp = new Float32Array(width * height);
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) blurLine(plane, tmp, y * width, 1, width, r);
  for (let x = 0; x < width; x++) blurLine(tmp, out, x, width, height, r);
  return out;
}

/** One row or column: `n` samples starting at `start`, `stride` apart. */
function blurLine(
  src: Float32Array,
  dst: Float32Array,
  start: number,
  stride: number,
  n: number,
  r: number,
): void {
  let sum = 0;
  let count = 0;
  // Window [i − r, i + r] ∩ [0, n − 1], slid one sample at a time.
  for (let j = 0; j <= Math.min(r, n - 1); j++) {
    sum += src[start + j * stride]!;
    count++;
  }
  for (let i = 0; i < n; i++) {
    dst[start + i * stride] = sum / count;
    const add = i + r + 1;
    const drop = i - r;
    if (add < n) {
      sum += src[start + add * stride]!;
      count++;
    }
    if (drop >= 0) {
      sum -= src[start + drop * stride]!;
      count--;
    }
  }
}
