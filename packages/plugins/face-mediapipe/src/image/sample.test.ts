import { describe, expect, it } from 'vitest';
import { applyAffine, invertAffine, squareCrop } from './affine.js';
import { buildPyramid } from './pyramid.js';
import { sampleAffine } from './sample.js';

describe('affine crops', () => {
  it('maps the crop centre to the window centre and back', () => {
    const m = squareCrop({ x: 300, y: 200 }, 100, Math.PI / 6, 64);
    const c = applyAffine(m, 32, 32);
    expect(c.x).toBeCloseTo(300, 9);
    expect(c.y).toBeCloseTo(200, 9);
    const back = applyAffine(invertAffine(m), 300, 200);
    expect(back.x).toBeCloseTo(32, 9);
    expect(back.y).toBeCloseTo(32, 9);
  });

  it('turns a tilted line level: the crop x axis follows the given angle', () => {
    const angle = 0.4;
    const m = squareCrop({ x: 0, y: 0 }, 10, angle, 10);
    const p = applyAffine(m, 10, 5);
    const q = applyAffine(m, 0, 5);
    expect(Math.atan2(p.y - q.y, p.x - q.x)).toBeCloseTo(angle, 9);
  });
});

describe('sampleAffine', () => {
  it('reproduces pixels at 1:1 and pads outside the image with black', () => {
    const width = 8;
    const height = 4;
    const data = new Uint8Array(width * height * 3);
    for (let i = 0; i < width * height; i++) data.set([i, 2 * i, 255 - i], i * 3);
    const pyramid = buildPyramid({ width, height, channels: 3, data });
    const out = new Float32Array(10 * 10 * 3);
    // A 10×10 window whose top-left is one pixel outside the image.
    sampleAffine(pyramid, { a: 1, b: 0, c: -1, d: 0, e: 1, f: -1 }, 10, 10, { scale: 1, offset: 0 }, out);
    expect(Array.from(out.slice(0, 3))).toEqual([0, 0, 0]);
    const at = (x: number, y: number): number[] =>
      Array.from(out.slice((y * 10 + x) * 3, (y * 10 + x) * 3 + 3));
    expect(at(1, 1)).toEqual([0, 0, 255]);
    expect(at(3, 2)).toEqual([10, 20, 245]);
  });

  it('mirrors left-right on request', () => {
    const data = new Uint8Array([10, 10, 10, 200, 200, 200]);
    const pyramid = buildPyramid({ width: 2, height: 1, channels: 3, data });
    const out = new Float32Array(6);
    sampleAffine(
      pyramid,
      { a: 1, b: 0, c: 0, d: 0, e: 1, f: 0 },
      2,
      1,
      { scale: 1, offset: 0 },
      out,
      0,
      true,
    );
    expect(Array.from(out)).toEqual([200, 200, 200, 10, 10, 10]);
  });
});
