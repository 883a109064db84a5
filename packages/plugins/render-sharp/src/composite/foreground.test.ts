import type { Rgb, RgbImage } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { fixtureGray, fixtureRgb } from '../../test/fixtures.js';
import { defaultRadii, estimateForegroundBlurFusion } from './blur-fusion-foreground.js';
import { compositeOver } from './composite-over.js';
import { estimateForegroundMultiLevel } from './multi-level-foreground.js';

const GREEN: Rgb = { r: 20, g: 200, b: 40 };
const BLUE: Rgb = { r: 100, g: 197, b: 255 };

type Estimator = (I: RgbImage, alpha: Float32Array, valid?: Uint8Array) => Float32Array;
const ESTIMATORS: readonly [string, Estimator, number][] = [
  // name, estimator (radii for a 480×640 photo), required improvement over naive compositing
  ['multi-level', (I, a, v) => estimateForegroundMultiLevel(I, a, v), 4],
  ['blur-fusion', (I, a, v) => estimateForegroundBlurFusion(I, a, defaultRadii(640), v), 2],
];

/** I = αF + (1−α)B for a foreground image F and a flat background B. */
function over(F: RgbImage, alpha: Float32Array, B: Rgb): RgbImage {
  return compositeOver(Float32Array.from(F.data), alpha, F.width, F.height, B);
}

/** Mean absolute error (all channels) over pixels with 0.05 < α < 0.95. */
function edgeError(a: RgbImage, b: RgbImage, alpha: Float32Array): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < alpha.length; i++) {
    if (alpha[i]! <= 0.05 || alpha[i]! >= 0.95) continue;
    for (let c = 0; c < 3; c++) sum += Math.abs(a.data[3 * i + c]! - b.data[3 * i + c]!);
    n += 3;
  }
  return sum / n;
}

/** Generated hair fringe: auburn strands thinning out over 12 px, on a green screen. */
function generatedFringe(): { F: RgbImage; alpha: Float32Array } {
  const W = 80;
  const H = 60;
  const F: RgbImage = { width: W, height: H, channels: 3, data: new Uint8Array(W * H * 3) };
  const alpha = new Float32Array(W * H);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const i = y * W + x;
      const strand = x % 4 < 2;
      F.data.set(strand ? [150, 60, 30] : [120, 45, 25], 3 * i);
      const t = (x - 34) / 12;
      alpha[i] = t <= 0 ? 1 : t < 1 ? (strand ? 1 - t : 0.5 * (1 - t)) : 0;
    }
  return { F, alpha };
}

/** Real photo texture (a fixture portrait) under the hand-made DIM hair matte. */
async function fixtureFringe(): Promise<{ F: RgbImage; alpha: Float32Array }> {
  const a = await fixtureGray('matting/dim_profile_sunglasses_hair.alpha.png');
  const portrait = await fixtureRgb('hv_man_suit_gray_bg.jpg');
  const F: RgbImage = {
    width: a.width,
    height: a.height,
    channels: 3,
    data: new Uint8Array(a.width * a.height * 3),
  };
  for (let y = 0; y < a.height; y++) {
    const from = ((300 + y) * portrait.width + 480) * 3;
    F.data.set(portrait.data.subarray(from, from + a.width * 3), y * a.width * 3);
  }
  return { F, alpha: Float32Array.from(a.data, (v) => v / 255) };
}

describe.each(ESTIMATORS)('%s foreground estimation', (_name, estimate, factor) => {
  for (const [scene, make] of [
    ['generated strands', async () => generatedFringe()],
    ['fixture texture under a real hair matte', fixtureFringe],
  ] as const) {
    it(`removes the old background at the edge (${scene})`, async () => {
      const { F, alpha } = await make();
      const I = over(F, alpha, GREEN);
      const truth = over(F, alpha, BLUE);
      const naive = compositeOver(Float32Array.from(I.data), alpha, F.width, F.height, BLUE);
      const fg = estimate(I, alpha);
      const ours = compositeOver(fg, alpha, F.width, F.height, BLUE);
      const naiveError = edgeError(naive, truth, alpha);
      expect(naiveError).toBeGreaterThan(10);
      expect(edgeError(ours, truth, alpha)).toBeLessThan(naiveError / factor);
      // Opaque pixels pass through untouched.
      const opaque = alpha.findIndex((a) => a >= 1);
      for (let c = 0; c < 3; c++) expect(fg[3 * opaque + c]).toBeCloseTo(I.data[3 * opaque + c]!, 3);
    });
  }

  it('leaves invalid pixels (outside the source) out of the colour estimates', () => {
    const W = 40;
    const H = 20;
    const I: RgbImage = { width: W, height: H, channels: 3, data: new Uint8Array(W * H * 3) };
    const alpha = new Float32Array(W * H);
    const valid = new Uint8Array(W * H);
    for (let i = 0; i < W * H; i++) {
      const x = i % W;
      valid[i] = x < 30 ? 1 : 0;
      alpha[i] = x < 10 ? 1 : x < 30 ? 0.5 : 0;
      // Real pixels: grey subject, half-covered at the edge; the invalid strip holds a garish fill.
      I.data.set(x < 30 ? [128, 128, 128] : [255, 0, 255], 3 * i);
    }
    const fg = estimate(I, alpha, valid);
    const at = 10 * W + 28;
    expect(Math.abs(fg[3 * at]! - fg[3 * at + 1]!)).toBeLessThan(2);
  });
});
