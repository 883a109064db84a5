import {
  type Box,
  FACE_ANALYZER,
  type FaceAnalysis,
  type GrayImage,
  type IdPhotoPlugin,
  MATTING,
  type MattingOutput,
  type MattingStage,
  type RgbImage,
} from '@idphoto/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeRgb, kitApp, manifestTests, type StageKitOptions } from './common.js';

/** Options of {@link testMattingStage}. */
export interface TestMattingStageOptions extends StageKitOptions {
  /**
   * Real head-and-shoulders photos (file bytes) of one person: background visible in both top
   * corners, the body cut by the bottom edge. Add a face analyzer to `companions` to have the kit pass
   * the analysed face, as the pipeline does (and check the head top).
   */
  readonly portraits: readonly Uint8Array[];
}

/**
 * Conformance kit for Matting stages (`provides: ['matting']`). On each portrait: the alpha has the
 * promised size (the region times the scale), the face is opaque and the background in the top
 * corners transparent, the subject box and the `touches` flags agree with a person cut by the bottom
 * edge, the head top (given a face) sits above the hairline; a region and a scale are honoured; and
 * the same input gives the same matte.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { mediapipeFace } from '@idphoto/face-mediapipe';
 * import { testMattingStage } from '@idphoto/testing';
 * import { myMatting } from '../src/index.js';
 *
 * testMattingStage(myMatting(), { portraits: [await readFile('test/portrait.jpg')], companions: [mediapipeFace()] });
 * ```
 */
export function testMattingStage(plugin: IdPhotoPlugin, options: TestMattingStageOptions): void {
  const timeout = options.timeout ?? 120_000;
  describe(`matting stage ${plugin.name}`, () => {
    manifestTests(plugin, 'matting');
    let stage: MattingStage;
    let analyze: ((image: RgbImage) => Promise<FaceAnalysis | undefined>) | undefined;
    beforeAll(async () => {
      const app = kitApp(plugin, options);
      stage = app.resolver.resolve(MATTING);
      await stage.warmup?.();
      if (app.resolver.has(FACE_ANALYZER)) {
        const analyzer = app.resolver.resolve(FACE_ANALYZER);
        analyze = async (image) => (await analyzer.analyze({ image, embeddings: false })).faces[0];
      }
    }, timeout * 3);

    it('has portraits to matte', () => {
      expect(options.portraits.length, 'pass at least one portrait').toBeGreaterThan(0);
    });

    options.portraits.forEach((bytes, index) => {
      describe(`portrait ${index + 1}`, () => {
        let image: RgbImage;
        let face: FaceAnalysis | undefined;
        let full: MattingOutput;
        const whole = (): Box => ({ x: 0, y: 0, width: image.width, height: image.height });
        beforeAll(async () => {
          image = await decodeRgb(bytes);
          face = await analyze?.(image);
          full = await stage.matte({ image, ...(face ? { face } : {}) });
        }, timeout);

        it('covers the whole photo at source resolution by default', () => {
          expect(full.region).toEqual(whole());
          expect(full.scale).toBe(1);
          expect([full.alpha.width, full.alpha.height, full.alpha.channels]).toEqual([
            image.width,
            image.height,
            1,
          ]);
          expect(full.alpha.data.length).toBe(image.width * image.height);
        });

        it('keeps the face opaque and drops the background in the top corners', () => {
          const core = faceCore(face, image);
          expect(meanAlpha(full.alpha, core, full), 'face').toBeGreaterThanOrEqual(240);
          const side = Math.round(0.06 * Math.min(image.width, image.height));
          const corners = [
            { x: 0, y: 0, width: side, height: side },
            { x: image.width - side, y: 0, width: side, height: side },
          ];
          for (const corner of corners)
            expect(meanAlpha(full.alpha, corner, full), 'corner').toBeLessThanOrEqual(24);
        });

        it('reports a subject box around the face and a body cut by the bottom edge', () => {
          const { subjectBox: s, touches } = full;
          const core = faceCore(face, image);
          expect(s.x <= core.x && s.y <= core.y).toBe(true);
          expect(s.x + s.width >= core.x + core.width && s.y + s.height >= core.y + core.height).toBe(true);
          expect(s.x >= 0 && s.y >= 0 && s.x + s.width <= image.width && s.y + s.height <= image.height).toBe(
            true,
          );
          expect(touches).toMatchObject({ bottom: true, top: false });
        });

        it('finds the head top above the hairline when given the face', () => {
          if (!face) {
            expect(full.headTop).toBeUndefined();
            return;
          }
          expect(full.headTop, 'headTop is required when a face is given').toBeDefined();
          const top = full.headTop!;
          expect(top.y).toBeLessThanOrEqual(face.hairline.y + 0.1 * face.interPupillary);
          expect(top.y).toBeGreaterThanOrEqual(face.hairline.y - 2.5 * face.interPupillary);
          expect(Math.abs(top.x - (face.eyes.left.x + face.eyes.right.x) / 2)).toBeLessThan(
            1.5 * face.interPupillary,
          );
        });

        it('honours a region and a scale', { timeout }, async () => {
          const core = faceCore(face, image);
          const region = clampBox(
            {
              x: core.x - core.width * 2,
              y: Math.max(0, core.y - core.height * 2),
              width: core.width * 5,
              height: image.height,
            },
            image,
          );
          const out = await stage.matte({ image, region, scale: 0.5, ...(face ? { face } : {}) });
          expect(out.region).toEqual(region);
          expect(out.scale).toBe(0.5);
          expect(Math.abs(out.alpha.width - region.width * 0.5)).toBeLessThanOrEqual(1);
          expect(Math.abs(out.alpha.height - region.height * 0.5)).toBeLessThanOrEqual(1);
          expect(meanAlpha(out.alpha, core, out)).toBeGreaterThanOrEqual(240);
        });

        it('gives the same matte for the same input', { timeout }, async () => {
          const again = await stage.matte({ image, ...(face ? { face } : {}) });
          let worst = 0;
          for (let i = 0; i < again.alpha.data.length; i++) {
            worst = Math.max(worst, Math.abs(again.alpha.data[i]! - full.alpha.data[i]!));
          }
          expect(worst).toBeLessThanOrEqual(2);
        });
      });
    });
  });
}

/** The inner face — eyes to mouth, between the eyes' outer corners — or the centre of the frame without a face. */
function faceCore(face: FaceAnalysis | undefined, image: RgbImage): Box {
  if (!face) {
    return {
      x: image.width * 0.45,
      y: image.height * 0.35,
      width: image.width * 0.1,
      height: image.height * 0.1,
    };
  }
  const ipd = face.interPupillary;
  const cx = (face.eyes.left.x + face.eyes.right.x) / 2;
  const eyeY = (face.eyes.left.y + face.eyes.right.y) / 2;
  return clampBox({ x: cx - 0.5 * ipd, y: eyeY, width: ipd, height: 0.8 * ipd }, image);
}

function clampBox(box: Box, image: RgbImage): Box {
  const x = Math.max(0, Math.round(box.x));
  const y = Math.max(0, Math.round(box.y));
  return {
    x,
    y,
    width: Math.min(image.width - x, Math.round(box.width)),
    height: Math.min(image.height - y, Math.round(box.height)),
  };
}

/** Mean alpha over a source-pixel box, read through the matte's region and scale. */
function meanAlpha(alpha: GrayImage, box: Box, matte: Pick<MattingOutput, 'region' | 'scale'>): number {
  let sum = 0;
  let n = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const ax = Math.floor((x - matte.region.x) * matte.scale);
      const ay = Math.floor((y - matte.region.y) * matte.scale);
      if (ax < 0 || ay < 0 || ax >= alpha.width || ay >= alpha.height) continue;
      sum += alpha.data[ay * alpha.width + ax]!;
      n++;
    }
  }
  return n === 0 ? Number.NaN : sum / n;
}
