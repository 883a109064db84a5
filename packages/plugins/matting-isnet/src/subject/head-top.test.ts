import type { GrayImage } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { findHeadTop } from './head-top.js';

/** A 200×200 matte: an upright "head" disc (centre 100,100, radius 50) on a body below. */
function head(holeAt?: number): GrayImage {
  const data = new Uint8Array(200 * 200);
  for (let y = 0; y < 200; y++) {
    for (let x = 0; x < 200; x++) {
      const inHead = Math.hypot(x - 100, y - 100) <= 50;
      const inBody = y > 130 && x > 40 && x < 160;
      const inHole = holeAt !== undefined && Math.abs(y - holeAt) <= 1;
      data[y * 200 + x] = (inHead || inBody) && !inHole ? 255 : 0;
    }
  }
  return { width: 200, height: 200, channels: 1, data };
}

const upright = {
  eyes: { left: { x: 85, y: 95 }, right: { x: 115, y: 95 } },
  chin: { x: 100, y: 140 },
  hairline: { x: 100, y: 70 },
  faceHeight: 70,
};

describe('findHeadTop', () => {
  it('walks up from the eyes to the top of the matte', () => {
    const top = findHeadTop(head(), { x: 0, y: 0, width: 200, height: 200 }, upright);
    expect(top!.x).toBeCloseTo(100, 0);
    expect(top!.y).toBeGreaterThanOrEqual(49.5);
    expect(top!.y).toBeLessThanOrEqual(51);
  });

  it('crosses a gap thinner than 4% of the face height, stops at a wider one', () => {
    const region = { x: 0, y: 0, width: 200, height: 200 };
    // A 3-px gap: crossed when the face is 100 px tall (4 px tolerance), not when it is 50.
    expect(findHeadTop(head(70), region, { ...upright, faceHeight: 100 })!.y).toBeLessThanOrEqual(51);
    expect(findHeadTop(head(70), region, { ...upright, faceHeight: 50 })!.y).toBeGreaterThan(70);
  });

  it('follows the face axis of a tilted head and maps to source pixels', () => {
    // Alpha at half resolution over a region offset by (10, 20): source = 10 + 2·alpha.
    const tilted = {
      ...upright,
      chin: { x: 10 + 2 * 120, y: 20 + 2 * 135 },
      hairline: { x: 10 + 2 * 80, y: 20 + 2 * 65 },
      eyes: { left: { x: 10 + 2 * 95, y: 20 + 2 * 90 }, right: { x: 10 + 2 * 115, y: 20 + 2 * 100 } },
    };
    const top = findHeadTop(head(), { x: 10, y: 20, width: 400, height: 400 }, tilted)!;
    // Along (−40, −70)/|·| from (105, 95) the disc ends 50 px from its centre.
    const ax = (top.x - 10) / 2;
    const ay = (top.y - 20) / 2;
    expect(Math.hypot(ax - 100, ay - 100)).toBeGreaterThan(47);
    expect(Math.hypot(ax - 100, ay - 100)).toBeLessThan(51);
    expect(ax).toBeLessThan(100);
  });

  it('is undefined when the eyes are not on the subject', () => {
    expect(
      findHeadTop(
        head(),
        { x: 0, y: 0, width: 200, height: 200 },
        { ...upright, eyes: { left: { x: 5, y: 5 }, right: { x: 9, y: 5 } } },
      ),
    ).toBeUndefined();
  });
});
