/**
 * Binary dilation by a square of half-size `radius` (separable, O(pixels) with running counts):
 * `out[i] = 1` when any `mask` pixel within `radius` (Chebyshev distance) is set.
 */
export function dilate(mask: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  if (radius <= 0) return mask.slice();
  const tmp = new Uint8Array(mask.length);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let count = 0;
    for (let x = 0; x < Math.min(width, radius); x++) count += mask[row + x] ? 1 : 0;
    for (let x = 0; x < width; x++) {
      const add = x + radius;
      if (add < width && mask[row + add]) count++;
      const drop = x - radius - 1;
      if (drop >= 0 && mask[row + drop]) count--;
      tmp[row + x] = count > 0 ? 1 : 0;
    }
  }
  const out = new Uint8Array(mask.length);
  for (let x = 0; x < width; x++) {
    let count = 0;
    for (let y = 0; y < Math.min(height, radius); y++) count += tmp[y * width + x] ? 1 : 0;
    for (let y = 0; y < height; y++) {
      const add = y + radius;
      if (add < height && tmp[add * width + x]) count++;
      const drop = y - radius - 1;
      if (drop >= 0 && tmp[drop * width + x]) count--;
      out[y * width + x] = count > 0 ? 1 : 0;
    }
  }
  return out;
}
