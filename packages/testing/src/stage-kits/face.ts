import {
  FACE_ANALYZER,
  type FaceAnalysis,
  type FaceAnalyzeOutput,
  type FaceAnalyzer,
  type IdPhotoPlugin,
  type RgbImage,
} from '@idphoto/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeRgb, kitApp, manifestTests, mirror, type StageKitOptions, scaled, uniform } from './common.js';

/** Options of {@link testFaceAnalyzer}. */
export interface TestFaceAnalyzerOptions extends StageKitOptions {
  /**
   * Real photos (file bytes) of exactly one person facing the camera, the eyes at least twice the
   * analyzer's minimum face size apart (the kit also analyses them at half size).
   */
  readonly portraits: readonly Uint8Array[];
  /** Real photos without a human face (a landscape, a statue): the analyzer must find none. */
  readonly noFaces?: readonly Uint8Array[];
}

/**
 * Conformance kit for face analyzers (`provides: ['face-analyzer']`). On the portraits given, the
 * stage must find exactly one face with consistent geometry (eyes inside the box and in image order,
 * the chin below and the hairline above the eye line, a face width plausible for the eye distance,
 * 478 finite landmarks, an L2-normalised embedding), and must be equivariant: the mirrored photo
 * gives the mirrored face (eye positions, roll and yaw change sign) and the half-size photo the
 * same face at half the coordinates. A flat grey frame and the face-free photos give no face —
 * zero faces is a result, not an error.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { testFaceAnalyzer } from '@idphoto/testing';
 * import { myFaceAnalyzer } from '../src/index.js';
 *
 * testFaceAnalyzer(myFaceAnalyzer(), { portraits: [await readFile('test/portrait.jpg')] });
 * ```
 */
export function testFaceAnalyzer(plugin: IdPhotoPlugin, options: TestFaceAnalyzerOptions): void {
  const timeout = options.timeout ?? 120_000;
  describe(`face analyzer ${plugin.name}`, () => {
    manifestTests(plugin, 'face-analyzer');
    let analyzer: FaceAnalyzer;
    beforeAll(async () => {
      analyzer = kitApp(plugin, options).resolver.resolve(FACE_ANALYZER);
      await analyzer.warmup?.();
    }, timeout * 3);

    it('has portraits to analyse', () => {
      expect(options.portraits.length, 'pass at least one portrait').toBeGreaterThan(0);
    });

    it('finds no face on a flat grey frame, and says how bright it is', { timeout }, async () => {
      const result = await analyzer.analyze({ image: uniform(640, 480, 128) });
      expect(result.faces).toEqual([]);
      expect(result.meanLuma).toBeGreaterThan(120);
      expect(result.meanLuma).toBeLessThan(136);
    });

    options.portraits.forEach((bytes, index) => {
      describe(`portrait ${index + 1}`, () => {
        let image: RgbImage;
        let face: FaceAnalysis;
        let result: FaceAnalyzeOutput;
        beforeAll(async () => {
          image = await decodeRgb(bytes);
          result = await analyzer.analyze({ image });
          face = result.faces[0]!;
        }, timeout);

        it('has exactly one face', () => {
          expect(result.faces).toHaveLength(1);
        });

        it('has consistent geometry', () => {
          expect(geometryProblems(face, image)).toEqual([]);
        });

        it('gives an L2-normalised embedding, and none when not asked', { timeout }, async () => {
          if (face.embedding) {
            const norm = Math.hypot(...face.embedding.vector);
            expect(Math.abs(norm - 1)).toBeLessThan(1e-3);
            expect(face.embedding.model.length).toBeGreaterThan(0);
          }
          const without = await analyzer.analyze({ image, embeddings: false });
          expect(without.faces[0]?.embedding).toBeUndefined();
        });

        it('mirrors with the photo: eye positions, roll and yaw', { timeout }, async () => {
          const mirrored = (await analyzer.analyze({ image: mirror(image), embeddings: false })).faces;
          expect(mirrored).toHaveLength(1);
          const m = mirrored[0]!;
          const tolerance = 0.08 * face.interPupillary;
          // The image-left eye of the mirror is the image-right eye of the original.
          expect(Math.abs(m.eyes.left.x - (image.width - 1 - face.eyes.right.x))).toBeLessThan(tolerance);
          expect(Math.abs(m.eyes.left.y - face.eyes.right.y)).toBeLessThan(tolerance);
          expect(Math.abs(m.roll + face.roll)).toBeLessThan(2);
          expect(Math.abs(m.yaw + face.yaw)).toBeLessThan(6);
          expect(Math.abs(m.faceWidth / face.faceWidth - 1)).toBeLessThan(0.08);
        });

        it('scales with the photo: half size, half the coordinates', { timeout }, async () => {
          expect(
            face.interPupillary / 2,
            'the portrait is too small for the half-size check',
          ).toBeGreaterThan(result.minFaceSize);
          const half = (await analyzer.analyze({ image: await scaled(image, 0.5), embeddings: false })).faces;
          expect(half).toHaveLength(1);
          const h = half[0]!;
          const tolerance = 0.08 * face.interPupillary;
          for (const side of ['left', 'right'] as const) {
            expect(Math.abs(h.eyes[side].x * 2 - face.eyes[side].x)).toBeLessThan(tolerance);
            expect(Math.abs(h.eyes[side].y * 2 - face.eyes[side].y)).toBeLessThan(tolerance);
          }
          expect(Math.abs(h.chin.y * 2 - face.chin.y)).toBeLessThan(2 * tolerance);
        });
      });
    });

    (options.noFaces ?? []).forEach((bytes, index) => {
      it(`finds no face on face-free photo ${index + 1}`, { timeout }, async () => {
        const result = await analyzer.analyze({ image: await decodeRgb(bytes), embeddings: false });
        expect(result.faces.map((f) => f.box)).toEqual([]);
      });
    });
  });
}

/** What is geometrically wrong with a face, as readable lines (empty when nothing is). */
export function geometryProblems(face: FaceAnalysis | undefined, image: RgbImage): string[] {
  if (!face) return ['no face'];
  const problems: string[] = [];
  const { box, eyes } = face;
  const margin = 0.1 * Math.max(box.width, box.height);
  const inBox = (p: { x: number; y: number }): boolean =>
    p.x >= box.x - margin &&
    p.x <= box.x + box.width + margin &&
    p.y >= box.y - margin &&
    p.y <= box.y + box.height + margin;
  if (!(face.score >= 0 && face.score <= 1)) problems.push(`score ${face.score} is not in 0–1`);
  if (!inBox(eyes.left) || !inBox(eyes.right)) problems.push('an eye lies outside the face box');
  if (!(eyes.left.x < eyes.right.x)) problems.push('eyes.left is not image-left of eyes.right');
  const ipd = Math.hypot(eyes.right.x - eyes.left.x, eyes.right.y - eyes.left.y);
  if (Math.abs(ipd - face.interPupillary) > 1)
    problems.push(`interPupillary ${face.interPupillary} ≠ eye distance ${ipd}`);
  const eyeLine = (eyes.left.y + eyes.right.y) / 2;
  if (!(face.chin.y > eyeLine + 0.8 * ipd)) problems.push('the chin is not well below the eye line');
  if (!(face.hairline.y < eyeLine)) problems.push('the hairline is not above the eye line');
  if (!(face.faceWidth > 1.4 * ipd && face.faceWidth < 3.5 * ipd))
    problems.push(`face width ${face.faceWidth} is implausible for an eye distance of ${ipd}`);
  if (!(Math.abs(face.roll) <= 45)) problems.push(`roll ${face.roll}° is not a frontal face`);
  if (face.landmarks.length !== 478) problems.push(`${face.landmarks.length} landmarks, expected 478`);
  const finite = face.landmarks.every(
    (p) => Number.isFinite(p.x) && Number.isFinite(p.y) && Number.isFinite(p.z),
  );
  if (!finite) problems.push('a landmark is not finite');
  const inside = face.landmarks.filter(
    (p) => p.x >= -ipd && p.x <= image.width + ipd && p.y >= -ipd && p.y <= image.height + ipd,
  );
  if (inside.length !== face.landmarks.length) problems.push('landmarks lie far outside the image');
  return problems;
}
