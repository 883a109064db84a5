import { describe, expect, it } from 'vitest';
import { boxFilter } from './box-filter.js';

/** Direct mean over the clipped window: the definition the fast filter must match. */
function naive(src: Float32Array, width: number, height: number, r: number): Float32Array {
  const out = new Float32Array(src.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let count = 0;
      for (let v = Math.max(0, y - r); v <= Math.min(height - 1, y + r); v++) {
        for (let u = Math.max(0, x - r); u <= Math.min(width - 1, x + r); u++) {
          sum += src[v * width + u]!;
          count++;
        }
      }
      out[y * width + x] = sum / count;
    }
  }
  return out;
}

describe('boxFilter', () => {
  it.each([
    [17, 11, 0],
    [17, 11, 1],
    [17, 11, 3],
    [5, 9, 4],
    [3, 3, 7],
    [1, 6, 2],
  ])('matches the direct clipped-window mean on %i×%i, r=%i', (width, height, r) => {
    const src = Float32Array.from({ length: width * height }, (_, i) => Math.sin(i * 1.7) * 10 + (i % 7));
    const fast = boxFilter(src, width, height, r);
    const slow = naive(src, width, height, r);
    for (let i = 0; i < src.length; i++) expect(fast[i]).toBeCloseTo(slow[i]!, 4);
  });

  it('filters in place', () => {
    const src = Float32Array.from({ length: 64 }, (_, i) => i);
    const expected = naive(src, 8, 8, 2);
    boxFilter(src, 8, 8, 2, src);
    for (let i = 0; i < 64; i++) expect(src[i]).toBeCloseTo(expected[i]!, 4);
  });
});
