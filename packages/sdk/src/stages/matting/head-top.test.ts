import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../../image/types.js';
import type { MattingOutput } from './contract.js';
import { measureHeadTop } from './head-top.js';

/**
 * A 200×200 matte: a head disc (centre 100,100, radius 50, so its top is y 50) on a body, plus
 * optional extras drawn as subject: a strand (a thin vertical line), a bun, a gap row.
 */
function matte(
  extra: { strand?: { x: number; top: number; width: number }; bun?: number } = {},
): MattingOutput {
  const data = new Uint8Array(200 * 200);
  for (let y = 0; y < 200; y++)
    for (let x = 0; x < 200; x++) {
      const head = Math.hypot(x + 0.5 - 100, y + 0.5 - 100) <= 50;
      const body = y > 130 && x > 40 && x < 160;
      const s = extra.strand;
      const strand = s !== undefined && x >= s.x && x < s.x + s.width && y >= s.top && y < 60;
      const bun =
        extra.bun !== undefined && Math.hypot(x + 0.5 - 100, y + 0.5 - (50 - extra.bun / 2)) <= extra.bun;
      data[y * 200 + x] = head || body || strand || bun ? 255 : 0;
    }
  const alpha: GrayImage = { width: 200, height: 200, channels: 1, data };
  return {
    alpha,
    region: { x: 0, y: 0, width: 200, height: 200 },
    scale: 1,
    subjectBox: { x: 0, y: 0, width: 200, height: 200 },
    touches: { top: false, left: false, right: false, bottom: true },
    timings: {},
  };
}

const upright = {
  eyes: { left: { x: 80, y: 100 }, right: { x: 120, y: 100 } },
  chin: { x: 100, y: 145 },
  hairline: { x: 100, y: 72 },
  faceHeight: 73,
  faceWidth: 90,
};

describe('measureHeadTop', () => {
  it('finds the top of the crown', () => {
    const top = measureHeadTop(matte(), upright)!;
    expect(top.y).toBeGreaterThanOrEqual(49.5);
    expect(top.y).toBeLessThanOrEqual(51);
  });

  it('ignores a strand narrower than 8 % of the face width sticking up above the crown, wherever it is', () => {
    // The single walk up the face axis would stop at the strand's tip (y 25) or not, by a pixel.
    for (const x of [96, 99, 100, 104]) {
      const top = measureHeadTop(matte({ strand: { x, top: 25, width: 3 } }), upright)!;
      expect(top.y, `strand at x ${x}`).toBeGreaterThan(49);
      expect(top.y, `strand at x ${x}`).toBeLessThanOrEqual(51);
    }
  });

  it('counts a tuft or a bun as wide as 8 % of the face width, also off the face axis', () => {
    expect(measureHeadTop(matte({ strand: { x: 80, top: 30, width: 9 } }), upright)!.y).toBeLessThanOrEqual(
      31,
    );
    expect(measureHeadTop(matte({ bun: 15 }), upright)!.y).toBeLessThanOrEqual(36);
  });

  it('follows the tilt of the face axis and maps alpha pixels to source pixels', () => {
    // The same matte at half resolution over a region offset by (10, 20): source = offset + 2·alpha.
    const m = { ...matte(), region: { x: 10, y: 20, width: 400, height: 400 }, scale: 0.5 };
    const src = (x: number, y: number) => ({ x: 10 + 2 * x, y: 20 + 2 * y });
    const tilted = {
      eyes: { left: src(82, 94), right: src(118, 106) },
      chin: src(114, 142),
      hairline: src(90, 72),
      faceHeight: 2 * 73,
      faceWidth: 2 * 90,
    };
    const top = measureHeadTop(m, tilted)!;
    // The disc's top is alpha y 50, source y 120; the walks across the crown reach it.
    expect(top.y).toBeGreaterThanOrEqual(119);
    expect(top.y).toBeLessThanOrEqual(123);
  });

  it('crosses a gap thinner than 4 % of the face height (a parting, curls), stops at a wider one', () => {
    // A 3-px gap right across the head at y 70: crossed when the face is 100 px tall (4 px
    // tolerance), not when it is 50 (2 px).
    const gapped = matte();
    for (let y = 69; y <= 71; y++) gapped.alpha.data.fill(0, y * 200, (y + 1) * 200);
    expect(measureHeadTop(gapped, { ...upright, faceHeight: 100 })!.y).toBeLessThanOrEqual(51);
    expect(measureHeadTop(gapped, { ...upright, faceHeight: 50 })!.y).toBeGreaterThan(70);
  });

  it('stops at the edge of the matte when the head is cut off there', () => {
    const cut = { ...matte(), region: { x: 0, y: 0, width: 200, height: 200 } };
    const data = cut.alpha.data;
    for (let y = 0; y < 60; y++) for (let x = 60; x < 140; x++) data[y * 200 + x] = 255;
    expect(measureHeadTop(cut, upright)!.y).toBeLessThanOrEqual(1);
  });

  it('is undefined when the eye line is not on the subject', () => {
    expect(
      measureHeadTop(matte(), { ...upright, eyes: { left: { x: 5, y: 5 }, right: { x: 9, y: 5 } } }),
    ).toBeUndefined();
  });
});
