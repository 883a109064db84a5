import type { FaceAnalysis, FaceAnalyzeOutput } from '@idphoto/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './app.js';
import { fixturesDir, fixturesPresent } from './fixtures.js';

const SINGLE = [
  'a01_obama_enrol_flags.jpg',
  'a02_obama_podium.jpg',
  'b01_biden_tall_standing.jpg',
  'c01_kit_outdoor_small_face.jpg',
  'c02_kit_closeup_long_hair.jpg',
  'd01_rose_long_hair_cluttered.jpg',
  'derived_cmyk_alex_portrait.jpg',
  'exif6_hopper_glasses.jpg',
  'g01_hv_bow_white_shirt.jpg',
  'g02_derived_chsi_candidate_480x640_blue.jpg',
  'gray_hopper_glasses.jpg',
  'hsd006_dark_skin_glasses_braids.jpg',
  'hsd099_tilted_head_white_shirt.jpg',
  'hv_man_suit_gray_bg.jpg',
  'hv_webp_named_jpg_long_hair_outdoor.jpg',
  'hv_white_shirt_plain_bg.jpg',
  'rgba_cutout_p3m_818e689d.png',
  'rgba_opaque_obama.png',
];
const NO_FACE = ['hsd155_statue_no_face.jpg', 'exif6_no_face_recurser.jpg', 'cmyk_adobe_noface.jpg'];
/** Frontal, level portraits: roll within ±6°. */
const LEVEL = [
  'a01_obama_enrol_flags.jpg',
  'd01_rose_long_hair_cluttered.jpg',
  'derived_cmyk_alex_portrait.jpg',
  'g02_derived_chsi_candidate_480x640_blue.jpg',
  'hv_webp_named_jpg_long_hair_outdoor.jpg',
  'hv_man_suit_gray_bg.jpg',
];

describe.runIf(fixturesPresent)('face analysis on the fixture photos', () => {
  const app = createTestApp();
  const results = new Map<string, FaceAnalyzeOutput>();
  const analyze = async (name: string): Promise<FaceAnalyzeOutput> => {
    let result = results.get(name);
    if (!result) {
      result = await app.analyzer.analyze({ image: await app.load(name), embeddings: false });
      results.set(name, result);
    }
    return result;
  };

  beforeAll(async () => {
    await app.analyzer.warmup?.();
  });

  it.each(SINGLE)('finds exactly one face on %s', async (name) => {
    const out = await analyze(name);
    expect(out.faces).toHaveLength(1);
    expect(out.faces[0]!.landmarks).toHaveLength(478);
  });

  it.each(NO_FACE)('finds no face on %s', async (name) => {
    const out = await analyze(name);
    expect(out.faces).toHaveLength(0);
  });

  it('rejects the statue as not-a-face after a confident detection', async () => {
    const out = await analyze('hsd155_statue_no_face.jpg');
    expect(out.rejected.some((r) => r.reason === 'not-a-face' && r.score >= 0.5)).toBe(true);
  });

  it('reports the tiny full-body figure of hsd119 as rejected, not as a face', async () => {
    const out = await analyze('hsd119_face_too_small_480x640.jpg');
    expect(out.faces).toHaveLength(0);
    expect(out.rejected.length).toBeGreaterThan(0);
    expect(out.rejected.map((r) => r.reason)).toContain('too-small');
  });

  it('finds Obama and Biden on the two-person photo', async () => {
    const out = await analyze('multi_obama_biden.jpg');
    expect(out.faces).toHaveLength(2);
  });

  it('finds both leaders on the 35 MP photo (plus the child in front, a real third face)', async () => {
    const out = await analyze('derived_very_large_7000px_multi.jpg');
    expect(out.faces.length).toBeGreaterThanOrEqual(2);
    expect(out.faces.length).toBeLessThanOrEqual(3);
    const [first, second] = out.faces;
    // The two leaders are the largest faces, side by side in the upper half.
    for (const face of [first!, second!]) {
      expect(face.eyes.left.y).toBeLessThan(4998 / 2);
      expect(face.interPupillary).toBeGreaterThan(200);
    }
  });

  it.each([...SINGLE, 'multi_obama_biden.jpg'])('has sane geometry on %s', async (name) => {
    for (const face of (await analyze(name)).faces) expectSane(face);
  });

  it('measures the tilted head of hsd099 with a clearly negative roll (image-right eye higher)', async () => {
    const face = (await analyze('hsd099_tilted_head_white_shirt.jpg')).faces[0]!;
    expect(face.roll).toBeLessThan(-20);
    expect(face.eyes.right.y).toBeLessThan(face.eyes.left.y);
  });

  it.each(LEVEL)('measures a level head on %s', async (name) => {
    const face = (await analyze(name)).faces[0]!;
    expect(Math.abs(face.roll)).toBeLessThan(6);
    expect(Math.abs(face.yaw)).toBeLessThan(15);
    expect(Math.abs(face.pitch)).toBeLessThan(12);
  });

  it('flips yaw and roll on a mirrored photo (a02 looks to image-left)', async () => {
    const image = await app.load('a02_obama_podium.jpg');
    const mirrored = new Uint8Array(image.data.length);
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        const from = (y * image.width + x) * 3;
        const to = (y * image.width + (image.width - 1 - x)) * 3;
        mirrored.set(image.data.subarray(from, from + 3), to);
      }
    }
    const original = (await analyze('a02_obama_podium.jpg')).faces[0]!;
    const flipped = (await app.analyzer.analyze({ image: { ...image, data: mirrored }, embeddings: false }))
      .faces[0]!;
    expect(original.yaw).toBeLessThan(-8);
    expect(flipped.yaw).toBeGreaterThan(8);
    expect(Math.abs(original.yaw + flipped.yaw)).toBeLessThan(4);
    expect(Math.sign(flipped.roll)).toBe(-Math.sign(original.roll));
    expect(flipped.eyes.left.x).toBeCloseTo(image.width - 1 - original.eyes.right.x, -1);
  });

  it.each([
    ['c02_kit_closeup_long_hair.jpg', false, false],
    ['d01_rose_long_hair_cluttered.jpg', false, false],
    ['g02_derived_chsi_candidate_480x640_blue.jpg', false, false],
    ['b01_biden_tall_standing.jpg', true, false],
    // Its image-right ear is visible but in deep shade: a known miss (README), not asserted.
    ['hv_man_suit_gray_bg.jpg', true, undefined],
  ] as const)('reads the ears of %s (left %s, right %s)', async (name, left, right) => {
    const { ears } = (await analyze(name)).faces[0]!;
    expect(ears.left.visible).toBe(left);
    if (right !== undefined) expect(ears.right.visible).toBe(right);
  });

  it('sees the open mouth of the speaking a02 and the closed mouth of g02', async () => {
    expect((await analyze('a02_obama_podium.jpg')).faces[0]!.mouthClosed).toBe(false);
    expect((await analyze('g02_derived_chsi_candidate_480x640_blue.jpg')).faces[0]!.mouthClosed).toBe(true);
  });

  it('fills minFaceSize, meanLuma and timings', async () => {
    const out = await analyze('a01_obama_enrol_flags.jpg');
    expect(out.minFaceSize).toBeGreaterThan(0);
    expect(out.meanLuma).toBeGreaterThan(20);
    expect(out.meanLuma).toBeLessThan(235);
    expect(out.timings['detect']).toBeGreaterThan(0);
    expect(out.timings['mesh']).toBeGreaterThan(0);
  });

  it('returns an L2-normalised embedding tagged with its model', async () => {
    const image = await app.load('g02_derived_chsi_candidate_480x640_blue.jpg');
    const out = await app.analyzer.analyze({ image });
    const embedding = out.faces[0]!.embedding!;
    expect(embedding.model).toBe('faceres@human-3.3');
    expect(embedding.vector).toHaveLength(1024);
    const norm = Math.hypot(...embedding.vector);
    expect(norm).toBeCloseTo(1, 4);
  });

  it('honours maxFaces', async () => {
    const image = await app.load('multi_obama_biden.jpg');
    const out = await app.analyzer.analyze({ image, maxFaces: 1, embeddings: false });
    expect(out.faces).toHaveLength(1);
  });

  it('throws SDK_ABORTED for an aborted signal', async () => {
    const image = await app.load('a01_obama_enrol_flags.jpg');
    const controller = new AbortController();
    controller.abort();
    await expect(app.analyzer.analyze({ image, signal: controller.signal })).rejects.toMatchObject({
      code: 'SDK_ABORTED',
    });
  });
});

describe('fixture photos', () => {
  it(`are present at ${fixturesDir} (the tests above need them)`, () => {
    expect(fixturesPresent, `fixture photos missing at ${fixturesDir}`).toBe(true);
  });
});

function expectSane(face: FaceAnalysis): void {
  const { box, eyes, chin, hairline } = face;
  for (const eye of [eyes.left, eyes.right]) {
    expect(eye.x).toBeGreaterThan(box.x);
    expect(eye.x).toBeLessThan(box.x + box.width);
    expect(eye.y).toBeGreaterThan(box.y);
    expect(eye.y).toBeLessThan(box.y + box.height);
  }
  // Image-left eye first, in the face's own frame (works for tilted heads too).
  const ux = eyes.right.x - eyes.left.x;
  const uy = eyes.right.y - eyes.left.y;
  expect(ux).toBeGreaterThan(0);
  const down = (p: { x: number; y: number }): number =>
    (-uy * (p.x - eyes.left.x) + ux * (p.y - eyes.left.y)) / Math.hypot(ux, uy);
  expect(down(chin)).toBeGreaterThan(face.interPupillary);
  expect(down(hairline)).toBeLessThan(0);
  expect(face.faceWidth).toBeGreaterThan(face.interPupillary * 1.5);
  expect(face.faceHeight).toBeGreaterThan(face.interPupillary * 1.8);
  expect(face.meshScore).toBeGreaterThanOrEqual(0.5);
  expect(face.score).toBeGreaterThanOrEqual(0.5);
  expect(face.eyesOpen).toBe(true);
}
