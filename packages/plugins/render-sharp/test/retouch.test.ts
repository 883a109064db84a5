import { CAPTURE, FACE_ANALYZER, type RgbImage, SIMILARITY } from '@idphoto/sdk';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { retouchSubject } from '../src/retouch/retouch-subject.js';
import { skinMask } from '../src/retouch/skin-mask.js';
import { DEFAULT_SMOOTHING } from '../src/sharp-render.js';
import { edgeEnergy, featureBand, framedFace, skinTexture } from './retouch-metrics.js';
import { analysisStages } from './stages.js';

function toImage(pixels: Float32Array): RgbImage {
  return { width: 480, height: 640, channels: 3, data: Uint8Array.from(pixels, (v) => Math.round(v)) };
}

async function jpeg(image: RgbImage): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp(image.data, { raw: { width: 480, height: 640, channels: 3 } })
      .jpeg({ quality: 95 })
      .toBuffer(),
  );
}

describe.each([
  'hv_man_suit_gray_bg.jpg',
  'a01_obama_enrol_flags.jpg',
  'g01_hv_bow_white_shirt.jpg',
])('retouch on %s', (name) => {
  it('smooths skin texture and leaves eyes, brows, lips and nostrils untouched', async () => {
    const { image, landmarks } = await framedFace(name);
    const before = Float32Array.from(image.data);
    const mask = skinMask(landmarks, before, 480, 640)!;
    const after = Float32Array.from(before);
    const report = retouchSubject(after, 480, 640, landmarks, { smoothing: 0.6, tone: false });
    expect(report.applied).toBe(true);
    const skin = (i: number): boolean => mask.weight[i]! > 0.5;
    // Mild by design: 25–48 % less high-frequency energy on these portraits (see README).
    expect(skinTexture(after, skin).laplacian).toBeLessThan(0.8 * skinTexture(before, skin).laplacian);
    let changed = 0;
    for (let i = 0; i < 480 * 640; i++)
      if (mask.protectedArea[i])
        for (let c = 0; c < 3; c++) if (after[3 * i + c] !== before[3 * i + c]) changed++;
    expect(changed).toBe(0);
    expect(mask.protectedArea.reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
  });

  it('at the default strength, visibly smooths pores and keeps the eyes and brows sharp', async () => {
    const { image, landmarks } = await framedFace(name);
    const before = Float32Array.from(image.data);
    const mask = skinMask(landmarks, before, 480, 640)!;
    const after = Float32Array.from(before);
    retouchSubject(after, 480, 640, landmarks, { smoothing: DEFAULT_SMOOTHING, tone: false });
    const skin = (i: number): boolean => mask.weight[i]! > 0.5;
    // 21–42 % less pixel-scale energy on the fixture portraits (bench/retouch-strength.bench.ts):
    // at least 15 % so "一键美颜" shows; at most 50 % so it stays mild.
    const ratio = skinTexture(after, skin).laplacian / skinTexture(before, skin).laplacian;
    expect(ratio).toBeLessThan(0.85);
    expect(ratio).toBeGreaterThan(0.5);
    const band = featureBand(landmarks);
    const inBand = (i: number): boolean => band[i] === 1;
    expect(edgeEnergy(after, inBand)).toBeGreaterThan(0.95 * edgeEnergy(before, inBand));
  });

  it('keeps the identity: the real analyzer still sees the same person at full strength', async () => {
    const { image, landmarks } = await framedFace(name);
    const after = Float32Array.from(image.data);
    retouchSubject(after, 480, 640, landmarks, { smoothing: 0.6, tone: true });
    const app = analysisStages();
    const embed = async (img: RgbImage) => {
      const { source } = await app.resolver.resolve(CAPTURE).load({ bytes: await jpeg(img) });
      const { faces } = await app.resolver.resolve(FACE_ANALYZER).analyze({ image: source.image });
      return faces[0]!.embedding!;
    };
    const result = app.resolver
      .resolve(SIMILARITY)
      .compare({ a: await embed(image), b: await embed(toImage(after)) });
    expect(result.samePerson).toBe(true);
    expect(result.score).toBeGreaterThan(result.threshold + 20);
  });
});
