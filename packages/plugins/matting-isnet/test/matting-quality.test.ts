import { createIdPhoto, MATTING } from '@idphoto/sdk';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isnetMatting } from '../src/index.js';
import {
  alphaErrors,
  analyzeFaces,
  cutoutComposites,
  fixturesPresent,
  type MattingCase,
  MISSING_FIXTURES,
  mattingPairs,
} from './fixtures.js';

/**
 * Alpha error bounds: the values measured with the default options (README, "Measured") plus
 * 30 %. SAD is the sum of |alpha − truth| over the image (alpha in 0–1) in thousands; MSE the mean
 * squared error. Only the `dim_` pair is hand-made truth; `hsd_` truths are binary remove.bg masks
 * and the `p3m_` truth and the cut-out's alpha are P3M-Net predictions, so part of every error is
 * the reference's own.
 */
const PAIRS: Record<string, { sad: number; mse: number }> = {
  dim_profile_sunglasses_hair: { sad: 0.75, mse: 0.0021 },
  hsd010_man_brick_wall: { sad: 0.57, mse: 0.0088 },
  hsd014_dark_skin_curly_hair_outdoor: { sad: 0.79, mse: 0.0112 },
  hsd044_woman_outdoor: { sad: 1.84, mse: 0.0267 },
  p3m_514ca06a_curly_hair_blurred_face: { sad: 22.5, mse: 0.0081 },
};
/** The cut-out (1728×1080) over each background, matted with the analyzed face. */
const COMPOSITES: Record<string, { sad: number; mse: number }> = {
  white: { sad: 7.8, mse: 0.0016 },
  blue: { sad: 5.4, mse: 0.001 },
  red: { sad: 3.3, mse: 0.0004 },
  grey: { sad: 4.5, mse: 0.00067 },
  'vertical-gradient': { sad: 7.0, mse: 0.0017 },
  'horizontal-gradient': { sad: 4.7, mse: 0.00081 },
  'waterfall-photo': { sad: 25.4, mse: 0.0114 },
};
/** The same composites at 640×400 with `quality: 'fast'` (no face found at that size). */
const FAST: Record<string, { sad: number; mse: number }> = {
  white: { sad: 1.15, mse: 0.0015 },
  blue: { sad: 0.85, mse: 0.0009 },
  red: { sad: 0.49, mse: 0.00037 },
  grey: { sad: 0.85, mse: 0.00082 },
  'vertical-gradient': { sad: 1.2, mse: 0.0019 },
  'horizontal-gradient': { sad: 0.91, mse: 0.001 },
  'waterfall-photo': { sad: 4.7, mse: 0.009 },
};

const background = (c: MattingCase): string => c.name.replace('cut-out over ', '');

describe('the fixture photos', () => {
  it('are present', () => expect(fixturesPresent, MISSING_FIXTURES).toBe(true));
});

describe.runIf(fixturesPresent)('alpha error against reference mattes', () => {
  const matting = createIdPhoto({ plugins: [isnetMatting()] }).resolver.resolve(MATTING);

  it('matting pairs, whole image, no face', async () => {
    const pairs = await mattingPairs();
    expect(pairs.map((p) => p.name).sort()).toEqual(Object.keys(PAIRS).sort());
    for (const pair of pairs) {
      const result = await matting.matte({ image: pair.image });
      expect(result.alpha.width).toBe(pair.image.width);
      const errors = alphaErrors(result.alpha.data, pair.alpha);
      expect(errors.sad, `${pair.name} SAD`).toBeLessThanOrEqual(PAIRS[pair.name]!.sad);
      expect(errors.mse, `${pair.name} MSE`).toBeLessThanOrEqual(PAIRS[pair.name]!.mse);
    }
  });

  it('the cut-out composited over colours, gradients and a busy photo', async () => {
    const composites = await cutoutComposites();
    const [face] = await analyzeFaces(composites[0]!.image);
    expect(face).toBeDefined();
    for (const c of composites) {
      const result = await matting.matte({ image: c.image, face: face! });
      const errors = alphaErrors(result.alpha.data, c.alpha);
      const bound = COMPOSITES[background(c)]!;
      expect(errors.sad, `${c.name} SAD`).toBeLessThanOrEqual(bound.sad);
      expect(errors.mse, `${c.name} MSE`).toBeLessThanOrEqual(bound.mse);
    }
  });

  it("quality 'fast' on small composites", async () => {
    for (const c of await cutoutComposites()) {
      const raw = { raw: { width: c.image.width, height: c.image.height, channels: 3 as const } };
      const pixels = await sharp(c.image.data, raw).resize(640, 400, { fit: 'fill' }).raw().toBuffer();
      const truth = await sharp(c.alpha, { raw: { ...raw.raw, channels: 1 } })
        .resize(640, 400, { fit: 'fill' })
        .extractChannel(0)
        .raw()
        .toBuffer();
      const result = await matting.matte({
        image: { width: 640, height: 400, channels: 3, data: new Uint8Array(pixels) },
        quality: 'fast',
      });
      const errors = alphaErrors(result.alpha.data, new Uint8Array(truth));
      const bound = FAST[background(c)]!;
      expect(errors.sad, `${c.name} SAD`).toBeLessThanOrEqual(bound.sad);
      expect(errors.mse, `${c.name} MSE`).toBeLessThanOrEqual(bound.mse);
    }
  });
});
