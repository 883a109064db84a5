import { describe, expect, it } from 'vitest';
import { pruneForeignFringe } from './foreign-fringe.js';
import { Workspace } from './workspace.js';

const W = 240;
const H = 240;
const at = (x: number, y: number): number => y * W + x;
/** A face 50 px wide, chin (120, 130), hairline (120, 70): one face width is 50 map pixels. */
const face = {
  eyes: { left: { x: 105, y: 88 }, right: { x: 135, y: 88 } },
  chin: { x: 120, y: 130 },
  hairline: { x: 120, y: 70 },
  faceWidth: 50,
  faceHeight: 60,
};
const crop = { x: 0, y: 0, width: W, height: H };
const SKIN = [200, 150, 120] as const;
const GOLD = [210, 170, 60] as const;
const WALL = [90, 140, 220] as const;

/** The network's input for a map: the subject (alpha 1) in skin, the soft attachments in `soft`, wall elsewhere. */
function colours(map: Float32Array, soft: readonly [number, number, number] = GOLD): Uint8Array {
  const rgb = new Uint8Array(map.length * 3);
  for (let i = 0; i < map.length; i++) rgb.set(map[i] === 1 ? SKIN : map[i]! > 0 ? soft : WALL, i * 3);
  return rgb;
}

/** Head (ellipse), neck and shoulders at alpha 1, with soft attachments. */
function portrait(): Float32Array {
  const m = new Float32Array(W * H);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const head = ((x - 120) / 32) ** 2 + ((y - 95) / 45) ** 2 <= 1;
      const neck = x >= 105 && x <= 135 && y >= 125 && y < 140;
      const torso = x >= 60 && x < 180 && y >= 140;
      if (head || neck || torso) m[at(x, y)] = 1;
    }
  }
  // A curtain fold: a soft strip from the head's edge up and out to the image-left, 1.3 face widths long.
  for (let t = 0; t <= 1; t += 0.002) {
    const x = Math.round(92 - 62 * t);
    const y = Math.round(70 - 30 * t);
    for (let k = -1; k <= 1; k++) m[at(x, y + k)] ||= 0.35;
  }
  // Hair fringe: a soft band 10 px (0.2 face widths) wide along the head's image-right side.
  for (let y = 60; y <= 120; y++) {
    const edge = Math.ceil(120 + 32 * Math.sqrt(Math.max(0, 1 - ((y - 95) / 45) ** 2)));
    for (let x = edge; x < edge + 10; x++) m[at(x, y)] ||= 0.5;
  }
  // A soft strip off the shoulder, below the neck: clothes or an arm, not "beside the head".
  for (let x = 15; x < 60; x++) for (let y = 178; y <= 182; y++) m[at(x, y)] = 0.3;
  return m;
}

describe('pruneForeignFringe', () => {
  it('removes a soft object reaching far from the head, keeps hair fringe and anything below the neck', () => {
    const before = portrait();
    const after = Float32Array.from(before);
    const result = pruneForeignFringe(after, W, H, colours(before), face, crop);
    expect(result.blobs).toBe(1);
    // The fold is gone beyond a few pixels from the head…
    for (const t of [0.3, 0.6, 0.9]) {
      const x = Math.round(92 - 62 * t);
      const y = Math.round(70 - 30 * t);
      expect(before[at(x, y)]).toBeCloseTo(0.35, 6);
      expect(after[at(x, y)], `(${x}, ${y})`).toBe(0);
    }
    // …and fades out next to it (the network's edge transition is kept).
    const root = after[at(91, 69)]!;
    expect(root).toBeGreaterThan(0);
    // Hair fringe, head and body untouched.
    for (let y = 60; y <= 120; y++)
      for (let x = 150; x < 165; x++) expect(after[at(x, y)]).toBe(before[at(x, y)]);
    expect(before[at(30, 180)]).toBeCloseTo(0.3, 6);
    for (let x = 15; x < 60; x++) expect(after[at(x, 180)]).toBe(before[at(x, 180)]);
    let changedInside = 0;
    for (let i = 0; i < before.length; i++) if (before[i] === 1 && after[i] !== 1) changedInside++;
    expect(changedInside).toBe(0);
    expect(result.pixels).toBeGreaterThan(50);
  });

  it('changes nothing when the fringe stays short, or the face is not in the confident core', () => {
    const short = portrait();
    for (let x = 30; x < 86; x++)
      for (let y = 38; y <= 72; y++) if (Math.abs(short[at(x, y)]! - 0.35) < 1e-6) short[at(x, y)] = 0;
    const copy = Float32Array.from(short);
    expect(pruneForeignFringe(copy, W, H, colours(short), face, crop)).toEqual({ blobs: 0, pixels: 0 });
    expect(copy).toEqual(short);

    const missed = portrait();
    for (let y = 80; y < 130; y++) for (let x = 100; x < 140; x++) missed[at(x, y)] = 0.6;
    const untouched = Float32Array.from(missed);
    expect(pruneForeignFringe(untouched, W, H, colours(missed), face, crop)).toEqual({ blobs: 0, pixels: 0 });
    expect(untouched).toEqual(missed);
  });

  it('keeps a far-reaching strand that continues the colour it grows from (flyaway hair)', () => {
    const before = portrait();
    const after = Float32Array.from(before);
    expect(pruneForeignFringe(after, W, H, colours(before, SKIN), face, crop)).toEqual({
      blobs: 0,
      pixels: 0,
    });
    expect(after).toEqual(before);
  });

  it('works in source pixels: the same portrait seen through a half-size map', () => {
    const full = portrait();
    const half = new Float32Array((W / 2) * (H / 2));
    for (let y = 0; y < H / 2; y++)
      for (let x = 0; x < W / 2; x++) half[y * (W / 2) + x] = full[at(2 * x, 2 * y)]!;
    const result = pruneForeignFringe(half, W / 2, H / 2, colours(half), face, crop);
    expect(result.blobs).toBe(1);
    expect(half[(50 / 2) * (W / 2) + 60 / 2]).toBe(0);
  });

  it('gives the same result with a workspace reused across calls of other sizes', () => {
    const work = new Workspace();
    const first = portrait();
    pruneForeignFringe(first, W, H, colours(first), face, crop, work);
    const half = new Float32Array((W / 2) * (H / 2));
    const full = portrait();
    for (let y = 0; y < H / 2; y++)
      for (let x = 0; x < W / 2; x++) half[y * (W / 2) + x] = full[at(2 * x, 2 * y)]!;
    const fresh = Float32Array.from(half);
    const reused = Float32Array.from(half);
    const a = pruneForeignFringe(fresh, W / 2, H / 2, colours(half), face, crop);
    const b = pruneForeignFringe(reused, W / 2, H / 2, colours(half), face, crop, work);
    expect(b).toEqual(a);
    expect(reused).toEqual(fresh);
    const again = portrait();
    const c = pruneForeignFringe(again, W, H, colours(portrait()), face, crop, work);
    expect(c.blobs).toBe(1);
    expect(again).toEqual(first);
  });
});
