import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { blurred, decode, fromRgb, upscaledFromSmall } from '../../test/images.js';
import { runRule } from '../../test/run-rule.js';
import { portrait, shade, syntheticFace, textureFace } from '../../test/synthetic.js';

const base = portrait();
const face = base.face;
const cx = (face.eyes.left.x + face.eyes.right.x) / 2;

describe('quality.sharpness (generated texture; calibrated on real photos in test/real-photos.test.ts)', () => {
  const textured = textureFace(base);

  it('passes a face with pixel-level detail', async () => {
    const item = await runRule('quality.sharpness', { image: textured, faces: [face] });
    expect(item?.status).toBe('pass');
    expect(Number(item?.measured)).toBeGreaterThan(110);
  });

  it('fails the same face blurred, or enlarged ×4 from a quarter-size copy', async () => {
    for (const image of [await blurred(textured, 2), await upscaledFromSmall(textured, 4)]) {
      const item = await runRule('quality.sharpness', { image, faces: [face] });
      expect(item).toMatchObject({ status: 'fail', expected: { min: 100 } });
      expect(Number(item?.measured)).toBeLessThan(100);
      expect(item?.reason).toBeUndefined(); // one way to fail
    }
  });

  it('measures a face narrower than 160 px as it is: a sharp 150×200 photo passes, a blurred one fails', async () => {
    const k = 150 / 480;
    const small = await decode(
      new Uint8Array(await fromRgb(textured).resize(150, 200, { fit: 'fill' }).png().toBuffer()),
    );
    const smallFace = syntheticFace({
      cx: cx * k,
      eyeY: face.eyes.left.y * k,
      fw: face.faceWidth * k,
      chinY: face.chin.y * k,
      hairlineY: face.hairline.y * k,
    });
    const sharpItem = await runRule('quality.sharpness', { image: small, faces: [smallFace] });
    expect(sharpItem?.status).toBe('pass');
    const soft = await decode(
      new Uint8Array(
        await sharp(await fromRgb(small).png().toBuffer())
          .blur(1)
          .png()
          .toBuffer(),
      ),
    );
    const softItem = await runRule('quality.sharpness', { image: soft, faces: [smallFace] });
    expect(softItem?.status).toBe('fail');
  });

  it('is not applicable to a face without any detail (no gradient to compare)', async () => {
    expect(await runRule('quality.sharpness', { image: base.image, faces: [face] })).toBeUndefined();
  });
});

describe('quality.exposure', () => {
  it('passes a face of mid luma', async () => {
    const item = await runRule('quality.exposure', { image: base.image, faces: [face] });
    expect(item).toMatchObject({ status: 'pass', unit: 'luma', expected: { min: 70, max: 210 } });
  });

  it('fails an underexposed and an overexposed face', async () => {
    const dark = portrait({ skin: { r: 60, g: 45, b: 38 } });
    const under = await runRule('quality.exposure', { image: dark.image, faces: [dark.face] });
    expect(under).toMatchObject({ status: 'fail', reason: 'too-dark', unit: 'luma' });
    expect(Number(under?.measured)).toBeLessThan(70);
    const blown = portrait({ skin: { r: 255, g: 253, b: 250 } });
    const over = await runRule('quality.exposure', { image: blown.image, faces: [blown.face] });
    expect(over).toMatchObject({ status: 'fail', reason: 'too-bright', unit: 'luma' });
    expect(Number(over?.measured)).toBeGreaterThan(210);
  });

  it('takes its limits from params', async () => {
    expect(
      await runRule('quality.exposure', { image: base.image, faces: [face] }, { params: { maxLuma: 150 } }),
    ).toMatchObject({ status: 'fail', reason: 'too-bright', expected: { max: 150 } });
  });
});

describe('lighting.face-balance', () => {
  it('passes even light', async () => {
    expect(await runRule('lighting.face-balance', { image: base.image, faces: [face] })).toMatchObject({
      status: 'pass',
      measured: 1,
    });
  });

  it('fails a face whose image-left half is in a shadow (×0.35 linear light)', async () => {
    const image = shade(base.image, 0.35, (x) => x < cx);
    const item = await runRule('lighting.face-balance', { image, faces: [face] });
    expect(item).toMatchObject({
      status: 'fail',
      reason: 'left-darker',
      measured: 0.35,
      expected: { min: 0.5 },
    });
  });

  it('passes a mild one-sided fall-off (×0.7), fails it under a stricter param', async () => {
    const image = shade(base.image, 0.7, (x) => x >= cx);
    expect(await runRule('lighting.face-balance', { image, faces: [face] })).toMatchObject({
      status: 'pass',
    });
    expect(
      await runRule('lighting.face-balance', { image, faces: [face] }, { params: { minRatio: 0.8 } }),
    ).toMatchObject({
      status: 'fail',
      reason: 'right-darker',
    });
  });
});
