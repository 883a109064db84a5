import { CAPTURE, FACE_ANALYZER, type RgbImage, SIMILARITY } from '@idphoto/sdk';
import { chsiGraduation } from '@idphoto/spec-chsi';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cropSource } from '../src/image/crop-source.js';
import { planRender } from '../src/plan/plan-render.js';
import { retouchSubject } from '../src/retouch/retouch-subject.js';
import { skinMask } from '../src/retouch/skin-mask.js';
import { analysisStages, sourceAndFace } from './stages.js';

/** The face cropped to the CHSI frame (crop only), with its landmarks in output pixels. */
async function framed(name: string) {
  const { source, face } = await sourceAndFace(name, true);
  const planned = planRender(
    { source, face, spec: chsiGraduation, background: { r: 255, g: 255, b: 255 }, mode: 'crop-only' },
    { maxUpscale: 1.5, rangeMargin: 0.1 },
  );
  const image = await cropSource(source.image, planned.window, 480, 640, { r: 255, g: 255, b: 255 });
  return { image, face, landmarks: face.landmarks.map(planned.toOutput) };
}

/** Mean squared Laplacian of the luma over pixels where `where` is set. */
function highFrequency(image: RgbImage | Float32Array, where: (i: number) => boolean): number {
  const data = 'data' in image ? image.data : image;
  const W = 480;
  const luma = (i: number): number =>
    0.299 * data[3 * i]! + 0.587 * data[3 * i + 1]! + 0.114 * data[3 * i + 2]!;
  let sum = 0;
  let n = 0;
  for (let y = 1; y < 639; y++)
    for (let x = 1; x < W - 1; x++) {
      const i = y * W + x;
      if (!where(i)) continue;
      const lap = 4 * luma(i) - luma(i - 1) - luma(i + 1) - luma(i - W) - luma(i + W);
      sum += lap * lap;
      n++;
    }
  return sum / n;
}

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
    const { image, landmarks } = await framed(name);
    const before = Float32Array.from(image.data);
    const mask = skinMask(landmarks, before, 480, 640)!;
    const after = Float32Array.from(before);
    const report = retouchSubject(after, 480, 640, landmarks, { smoothing: 0.6, tone: false });
    expect(report.applied).toBe(true);
    const skin = (i: number): boolean => mask.weight[i]! > 0.5;
    // Mild by design: 25–48 % less high-frequency energy on these portraits (see README).
    expect(highFrequency(after, skin)).toBeLessThan(0.8 * highFrequency(before, skin));
    let changed = 0;
    for (let i = 0; i < 480 * 640; i++)
      if (mask.protectedArea[i])
        for (let c = 0; c < 3; c++) if (after[3 * i + c] !== before[3 * i + c]) changed++;
    expect(changed).toBe(0);
    expect(mask.protectedArea.reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
  });

  it('keeps the identity: the real analyzer still sees the same person at full strength', async () => {
    const { image, landmarks } = await framed(name);
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
