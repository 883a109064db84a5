import { describe, expect, it } from 'vitest';
import { guidedFilter } from './guided-filter.js';

/** Deterministic pseudo-random noise in [−1, 1]. */
function noise(i: number): number {
  const s = Math.sin(i * 12.9898 + 78.233) * 43758.5453;
  return 2 * (s - Math.floor(s)) - 1;
}

describe('guidedFilter', () => {
  it('smooths low-contrast texture and keeps a strong edge and a dark spot', () => {
    const W = 64;
    const H = 64;
    const plane = new Float32Array(W * H);
    for (let y = 0; y < H; y++)
      for (let x = 0; x < W; x++) {
        const i = y * W + x;
        // Skin-like texture (±5 levels) on two flat areas split by an edge of 80 levels,
        // plus a 3×3 "mole" 50 levels darker.
        plane[i] =
          (x < 32 ? 150 : 70) + 5 * noise(i) - (Math.abs(x - 16) <= 1 && Math.abs(y - 16) <= 1 ? 50 : 0);
      }
    const out = guidedFilter(plane, W, H, 4, 144);
    const texture = (p: Float32Array): number => {
      let sum = 0;
      let n = 0;
      for (let y = 30; y < 60; y++)
        for (let x = 4; x < 26; x++) {
          sum += (p[y * W + x]! - p[y * W + x + 1]!) ** 2;
          n++;
        }
      return sum / n;
    };
    expect(texture(out)).toBeLessThan(texture(plane) / 4);
    // The edge stays sharp: one pixel either side still ~80 levels apart.
    const row = 50 * W;
    expect(out[row + 30]! - out[row + 33]!).toBeGreaterThan(65);
    // The mole keeps ≥ 55 % of its contrast.
    expect(out[16 * W + 24]! - out[16 * W + 16]!).toBeGreaterThan(27.5);
  });
});
