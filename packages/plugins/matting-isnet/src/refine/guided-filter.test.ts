import { describe, expect, it } from 'vitest';
import { denseGuidedCoefficients, guidedCoefficients } from './guided-filter.js';

/** A soft-edged disc over a noisy two-colour guide: a matte with flat areas and an outline. */
function scene(width: number, height: number): { rgb: Uint8Array; p: Float32Array } {
  const rgb = new Uint8Array(width * height * 3);
  const p = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const d = Math.hypot(x - width * 0.45, y - height * 0.55) - Math.min(width, height) * 0.3;
      const inside = d < 0;
      const i = y * width + x;
      const noise = ((i * 2654435761) >>> 24) % 16;
      rgb[i * 3] = (inside ? 200 : 40) + noise;
      rgb[i * 3 + 1] = (inside ? 120 : 90) + noise;
      rgb[i * 3 + 2] = (inside ? 60 : 180) - noise;
      p[i] = Math.min(1, Math.max(0, 0.5 - d / 4));
    }
  }
  return { rgb, p };
}

describe('guided filter', () => {
  it.each([1, 2, 3])('tiled coefficients equal the dense ones (r=%i)', (r) => {
    const width = 150;
    const height = 97;
    const { rgb, p } = scene(width, height);
    const dense = denseGuidedCoefficients(rgb, p, width, height, r, 1e-3);
    const tiled = guidedCoefficients(rgb, p, width, height, r, 1e-3);
    let worst = 0;
    for (const key of ['ar', 'ag', 'ab', 'b'] as const) {
      for (let i = 0; i < width * height; i++)
        worst = Math.max(worst, Math.abs(dense[key][i]! - tiled[key][i]!));
    }
    expect(worst).toBeLessThan(1e-4);
  });

  it('reproduces an input that is an affine function of the guide', () => {
    const width = 40;
    const height = 30;
    const rgb = new Uint8Array(width * height * 3);
    const p = new Float32Array(width * height);
    for (let i = 0; i < width * height; i++) {
      rgb[i * 3] = (i * 37) % 256;
      rgb[i * 3 + 1] = (i * 91) % 256;
      rgb[i * 3 + 2] = (i * 13) % 256;
      p[i] = 0.2 + 0.3 * (rgb[i * 3]! / 255) - 0.1 * (rgb[i * 3 + 2]! / 255);
    }
    const { ar, ag, ab, b } = guidedCoefficients(rgb, p, width, height, 2, 1e-6);
    for (let i = 0; i < width * height; i++) {
      const q = (ar[i]! * rgb[i * 3]! + ag[i]! * rgb[i * 3 + 1]! + ab[i]! * rgb[i * 3 + 2]!) / 255 + b[i]!;
      expect(q).toBeCloseTo(p[i]!, 2);
    }
  });
});
