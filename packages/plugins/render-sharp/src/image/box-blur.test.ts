import { describe, expect, it } from 'vitest';
import { boxBlur } from './box-blur.js';

function bruteForce(plane: Float32Array, w: number, h: number, r: number): Float32Array {
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let sum = 0;
      let n = 0;
      for (let yy = Math.max(0, y - r); yy <= Math.min(h - 1, y + r); yy++)
        for (let xx = Math.max(0, x - r); xx <= Math.min(w - 1, x + r); xx++) {
          sum += plane[yy * w + xx]!;
          n++;
        }
      out[y * w + x] = sum / n;
    }
  return out;
}

describe('boxBlur', () => {
  it('equals the clipped window mean, for radii smaller and larger than the image', () => {
    const w = 23;
    const h = 17;
    const plane = Float32Array.from({ length: w * h }, (_, i) => Math.sin(i * 1.7) * 100 + (i % 7));
    for (const r of [0, 1, 3, 12, 40]) {
      const fast = boxBlur(plane, w, h, r);
      const slow = bruteForce(plane, w, h, r);
      for (let i = 0; i < w * h; i++) expect(fast[i]).toBeCloseTo(slow[i]!, 3);
    }
  });
});
