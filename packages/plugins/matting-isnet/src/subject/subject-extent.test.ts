import type { GrayImage } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { subjectExtent } from './subject-extent.js';

function matte(width: number, height: number, fill: (x: number, y: number) => number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = fill(x, y);
  return { width, height, channels: 1, data };
}

describe('subjectExtent', () => {
  it('measures the box of alpha ≥ 128 in source pixels, at any alignment', () => {
    for (const width of [37, 40, 41]) {
      const alpha = matte(width, 30, (x, y) =>
        x >= 5 && x <= 22 && y >= 3 && y <= 17 ? 200 : x === 30 ? 127 : 0,
      );
      const { subjectBox, touches } = subjectExtent(alpha, { x: 100, y: 50, width: width * 2, height: 60 });
      expect(subjectBox).toEqual({ x: 110, y: 56, width: 36, height: 30 });
      expect(touches).toEqual({ top: false, left: false, right: false, bottom: false });
    }
  });

  it('reports the sides the subject is cut off by, ignoring a lone speck', () => {
    const alpha = matte(50, 40, (x, y) =>
      y >= 20 && x >= 10 && x < 50 ? 255 : x === 0 && y === 5 ? 255 : 0,
    );
    const { touches } = subjectExtent(alpha, { x: 0, y: 0, width: 50, height: 40 });
    expect(touches).toEqual({ top: false, left: false, right: true, bottom: true });
  });

  it('returns an empty box for an empty matte', () => {
    const { subjectBox, touches } = subjectExtent(
      matte(8, 8, () => 100),
      { x: 3, y: 4, width: 8, height: 8 },
    );
    expect(subjectBox).toEqual({ x: 3, y: 4, width: 0, height: 0 });
    expect(Object.values(touches).some(Boolean)).toBe(false);
  });
});
