import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { sharpCapture } from '@idphoto/capture-sharp';
import { mediapipeFace } from '@idphoto/face-mediapipe';
import { createIdPhoto, MATTING } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { isnetMatting } from '../src/index.js';
import {
  analyzeFaces,
  fixturesDir,
  fixturesPresent,
  loadFixture,
  MISSING_FIXTURES,
  meanAlpha,
} from './fixtures.js';

describe('the fixture photos', () => {
  it('are present', () => expect(fixturesPresent, MISSING_FIXTURES).toBe(true));
});

describe.runIf(fixturesPresent)('subject selection, hair and head top on real photos', () => {
  const matting = createIdPhoto({ plugins: [isnetMatting()] }).resolver.resolve(MATTING);

  it('keeps one person of two: the one whose face is given', async () => {
    const image = await loadFixture('multi_obama_biden.jpg');
    const faces = await analyzeFaces(image);
    expect(faces).toHaveLength(2);
    for (const [index, face] of faces.entries()) {
      const other = faces[1 - index]!;
      const { alpha, subjectBox } = await matting.matte({ image, face });
      const { x, y, width, height } = face.box;
      const core = { x: x + 0.2 * width, y: y + 0.2 * height, width: 0.6 * width, height: 0.6 * height };
      expect(meanAlpha(alpha, core)).toBeGreaterThan(0.97);
      expect(meanAlpha(alpha, other.box)).toBeLessThan(0.01);
      // Nothing of the other person's body, and the subject box stops short of their face.
      const torso = {
        x: other.box.x,
        y: other.chin.y,
        width: other.box.width,
        height: image.height - other.chin.y,
      };
      expect(meanAlpha(alpha, torso)).toBeLessThan(0.01);
      const otherCentre = other.box.x + other.box.width / 2;
      expect(otherCentre < subjectBox.x || otherCentre > subjectBox.x + subjectBox.width).toBe(true);
    }
  });

  it.each([
    'd01_rose_long_hair_cluttered.jpg',
    'hv_webp_named_jpg_long_hair_outdoor.jpg',
  ])('keeps long hair above and beside the face, drops the background (%s)', async (name) => {
    const image = await loadFixture(name);
    const [face] = await analyzeFaces(image);
    const { alpha } = await matting.matte({ image, face: face! });
    const { faceWidth: fw, faceHeight: fh, hairline, chin, box } = face!;
    const above = { x: hairline.x - 0.25 * fw, y: hairline.y - 0.4 * fh, width: 0.5 * fw, height: 0.35 * fh };
    const besideLeft = { x: box.x - 0.3 * fw, y: chin.y, width: 0.25 * fw, height: 0.4 * fh };
    const besideRight = { x: box.x + box.width + 0.05 * fw, y: chin.y, width: 0.25 * fw, height: 0.4 * fh };
    expect(meanAlpha(alpha, above)).toBeGreaterThan(0.95);
    expect(meanAlpha(alpha, besideLeft)).toBeGreaterThan(0.9);
    expect(meanAlpha(alpha, besideRight)).toBeGreaterThan(0.9);
    for (const x of [0, image.width - 40]) {
      expect(meanAlpha(alpha, { x, y: 0, width: 40, height: 40 })).toBeLessThan(0.02);
    }
  });

  it.each([
    'a01_obama_enrol_flags.jpg',
    'g01_hv_bow_white_shirt.jpg',
    'hv_webp_named_jpg_long_hair_outdoor.jpg',
    'multi_obama_biden.jpg',
  ])('finds the head top above the hairline, at the top of the subject (%s)', async (name) => {
    const image = await loadFixture(name);
    const [face] = await analyzeFaces(image);
    const { headTop, subjectBox, touches } = await matting.matte({ image, face: face! });
    const { hairline, faceHeight: fh, faceWidth: fw } = face!;
    expect(headTop).toBeDefined();
    expect(headTop!.y).toBeLessThan(hairline.y - 0.1 * fh);
    expect(headTop!.y).toBeGreaterThan(0.01 * image.height);
    expect(Math.abs(headTop!.x - hairline.x)).toBeLessThan(0.3 * fw);
    // Nothing above the head in these portraits: the head top is the top of the subject.
    expect(Math.abs(headTop!.y - subjectBox.y)).toBeLessThan(0.05 * fh);
    expect(touches.top).toBe(false);
    expect(touches.bottom).toBe(true);
  });

  it('reports a head cut off by the frame', async () => {
    const image = await loadFixture('c02_kit_closeup_long_hair.jpg');
    const [face] = await analyzeFaces(image);
    const { headTop, touches } = await matting.matte({ image, face: face! });
    expect(touches).toEqual({ top: true, bottom: true, left: false, right: true });
    expect(headTop!.y).toBeLessThan(2);
  });

  it('mattes only the region, at the requested scale, consistent with the full frame', async () => {
    const image = await loadFixture('a01_obama_enrol_flags.jpg');
    const [face] = await analyzeFaces(image);
    const full = await matting.matte({ image, face: face! });
    const region = { x: 150.4, y: 20, width: 600, height: 800.2 };
    const part = await matting.matte({ image, face: face!, region, scale: 0.5 });
    expect(part.region).toEqual({ x: 150, y: 20, width: 601, height: 801 });
    expect(part.scale).toBe(0.5);
    expect([part.alpha.width, part.alpha.height]).toEqual([301, 401]);
    expect(part.alpha.data).toHaveLength(301 * 401);
    // Same subject where both cover it: compare the half-size matte with the full one.
    let agree = 0;
    let total = 0;
    for (let y = 0; y < part.alpha.height; y++) {
      for (let x = 0; x < part.alpha.width; x++) {
        const sx = Math.min(image.width - 1, Math.floor(part.region.x + (x + 0.5) * 2));
        const sy = Math.min(image.height - 1, Math.floor(part.region.y + (y + 0.5) * 2));
        const a = part.alpha.data[y * part.alpha.width + x]! >= 128;
        const b = full.alpha.data[sy * image.width + sx]! >= 128;
        total++;
        if (a === b) agree++;
      }
    }
    expect(agree / total).toBeGreaterThan(0.97);
    expect(part.headTop!.y).toBeCloseTo(full.headTop!.y, -1);
    expect(part.subjectBox.x).toBeGreaterThanOrEqual(part.region.x);
    expect(part.touches.left && part.touches.right && part.touches.bottom).toBe(true);
  });

  it('without a face keeps the central subject and reports no head top', async () => {
    const image = await loadFixture('hv_white_shirt_plain_bg.jpg');
    const result = await matting.matte({ image });
    expect(result.headTop).toBeUndefined();
    expect(
      meanAlpha(result.alpha, {
        x: image.width * 0.4,
        y: image.height * 0.3,
        width: image.width * 0.2,
        height: image.height * 0.2,
      }),
    ).toBeGreaterThan(0.95);
    expect(meanAlpha(result.alpha, { x: 0, y: 0, width: 40, height: 40 })).toBeLessThan(0.02);
  });

  it('gives the pipeline its head top (analyze with headTop)', async () => {
    const app = createIdPhoto({ plugins: [sharpCapture(), mediapipeFace(), isnetMatting()] });
    const image = new Uint8Array(
      await readFile(path.join(fixturesDir, 'g02_derived_chsi_candidate_480x640_blue.jpg')),
    );
    const { faces } = await app.analyze({ image, headTop: true });
    expect(faces).toHaveLength(1);
    expect(faces[0]!.headTop).toBeDefined();
    expect(faces[0]!.headTop!.y).toBeLessThan(faces[0]!.hairline.y);
    expect(faces[0]!.headTop!.y).toBeGreaterThan(0);
  });
});
