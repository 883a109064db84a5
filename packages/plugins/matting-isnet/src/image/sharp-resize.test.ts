import { describe, expect, it } from 'vitest';
import { cropPixels, cropResize } from './sharp-resize.js';

const gray = { width: 6, height: 4, data: Uint8Array.from({ length: 24 }, (_, i) => i * 10) };
const rgb = { width: 6, height: 4, data: Uint8Array.from({ length: 72 }, (_, i) => i) };

describe('cropResize / cropPixels', () => {
  it('crops exactly, in both channel counts, when no resize is needed', async () => {
    const box = { x: 2, y: 1, width: 3, height: 2 };
    expect(Array.from(await cropResize(gray, 1, box, 3, 2))).toEqual([80, 90, 100, 140, 150, 160]);
    expect(await cropResize(rgb, 3, box, 3, 2)).toEqual(cropPixels(rgb, 3, box));
    expect(Array.from(cropPixels(gray, 1, box))).toEqual([80, 90, 100, 140, 150, 160]);
  });

  it('keeps one channel when resizing a single-channel image', async () => {
    const out = await cropResize(gray, 1, { x: 0, y: 0, width: 6, height: 4 }, 3, 2);
    expect(out).toHaveLength(6);
    expect(out[0]).toBeLessThan(out[5]!);
  });

  it('returns the source itself for the whole image', () => {
    expect(cropPixels(rgb, 3, { x: 0, y: 0, width: 6, height: 4 })).toBe(rgb.data);
  });
});
