import {
  createIdPhoto,
  createRgbImage,
  type FaceAnalysis,
  MATTING,
  type MattingOutput,
  SPECS,
  subjectRegion,
} from '@idphoto/sdk';
import { chsiSpec } from '@idphoto/spec-chsi';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isnetMatting } from '../src/index.js';
import {
  alphaInFaceFrame,
  analyzeFaces,
  type FaceFrameBox,
  fixturesPresent,
  loadFixture,
  MISSING_FIXTURES,
} from './fixtures.js';

/**
 * Background objects IS-Net half-attaches beside the head must not reach the finished photo.
 * Each photo is matted the way `make()` does it for a CHSI photo: the spec's subject region at
 * about twice the output resolution. Regions are boxes in the face's own frame (face widths
 * towards image-left, face heights below the chin; see `alphaInFaceFrame`), found on the
 * diagnostic dumps of the network's map: where the junk was, and where hair or a cap must stay.
 */
const JUNK: Record<string, { junk: FaceFrameBox; keep: FaceFrameBox }> = {
  // A curtain fold and rope hanging off the hair, image-left of the head.
  'b01_biden_tall_standing.jpg': {
    junk: { across: [1.0, 1.5], down: [-1.4, -0.6] },
    keep: { across: [-0.3, 0.3], down: [-1.25, -1.1] },
  },
  // The flag between the flagpole and the face, image-left, below the cap.
  'exif6_hopper_glasses.jpg': {
    junk: { across: [0.75, 1.25], down: [-0.45, -0.05] },
    keep: { across: [-0.3, 0.3], down: [-1.5, -1.2] },
  },
};

/** Hair beside the face (both sides) and on top, in the same frame. */
const HAIR: Record<string, { boxes: FaceFrameBox[]; mean: number }> = {
  'd01_rose_long_hair_cluttered.jpg': {
    boxes: [
      { across: [0.55, 0.75], down: [-0.8, 0.2] },
      { across: [-0.75, -0.55], down: [-0.8, 0.2] },
      { across: [-0.3, 0.3], down: [-1.3, -1.1] },
    ],
    mean: 0.97,
  },
  'hv_webp_named_jpg_long_hair_outdoor.jpg': {
    boxes: [
      { across: [0.55, 0.75], down: [-0.8, 0.2] },
      { across: [-0.75, -0.55], down: [-0.8, 0.2] },
      { across: [-0.3, 0.3], down: [-1.3, -1.15] },
    ],
    mean: 0.97,
  },
  // Curls: gaps between them are background, so the mean is lower on the open side.
  'c02_kit_closeup_long_hair.jpg': {
    boxes: [
      { across: [0.55, 0.75], down: [-0.8, 0.2] },
      { across: [-0.75, -0.55], down: [-0.8, 0.2] },
    ],
    mean: 0.8,
  },
  'hsd006_dark_skin_glasses_braids.jpg': {
    boxes: [
      { across: [0.5, 0.7], down: [-0.6, 0.6] },
      { across: [-0.3, 0.3], down: [-1.3, -1.1] },
    ],
    mean: 0.97,
  },
};
/** The head, its hair and the space beside it, where pruning acts. */
const HEAD_AND_HAIR: FaceFrameBox = { across: [-1, 1], down: [-1.6, 0.2] };

describe('the fixture photos', () => {
  it('are present', () => expect(fixturesPresent, MISSING_FIXTURES).toBe(true));
});

describe.runIf(fixturesPresent)('background objects half-attached beside the head', () => {
  const app = createIdPhoto({ plugins: [isnetMatting(), chsiSpec()] });
  const matting = app.resolver.resolve(MATTING);
  const unpruned = createIdPhoto({ plugins: [isnetMatting({ pruneFringe: false })] }).resolver.resolve(
    MATTING,
  );
  const chsi = app.resolver.getById(SPECS, 'chsi-graduation');

  /** Mattes a fixture the way the pipeline does for a CHSI photo. */
  async function pipelineMatte(
    name: string,
    stage = matting,
  ): Promise<{ face: FaceAnalysis; result: MattingOutput }> {
    const image = await loadFixture(name);
    const [face] = await analyzeFaces(image);
    expect(face, `${name}: face`).toBeDefined();
    const { region, scale } = subjectRegion(face!, image.width, image.height, chsi);
    return { face: face!, result: await stage.matte({ image, face: face!, region, scale }) };
  }

  it.each(Object.keys(JUNK))('are background in the matte the pipeline renders from (%s)', async (name) => {
    const { junk, keep } = JUNK[name]!;
    const { face, result } = await pipelineMatte(name);
    const at = (box: FaceFrameBox) => alphaInFaceFrame(result.alpha, result.region, face, box);
    expect(at(junk).visible, `${name}: junk beside the head`).toBeLessThan(0.005);
    expect(at(junk).mean, `${name}: junk beside the head`).toBeLessThan(0.005);
    expect(at(keep).mean, `${name}: hair or cap on the head`).toBeGreaterThan(0.9);
    // The network does attach it: without pruning the same region shows.
    const before = await pipelineMatte(name, unpruned);
    expect(alphaInFaceFrame(before.result.alpha, before.result.region, face, junk).visible).toBeGreaterThan(
      0.05,
    );
  });

  it('keeps the shoulders that leave the bottom of a tight identity-card frame', async () => {
    // The validator mattes finished photos; a 身份证 frame (358×441) ends just below the chin, so
    // the suit's shoulders run off the bottom edge beside the neck, inside the pruning zone.
    const source = await loadFixture('hv_white_shirt_plain_bg.jpg');
    const [face] = await analyzeFaces(source);
    const width = Math.round(face!.faceWidth * 1.73);
    const height = Math.round((width * 441) / 358);
    const left = Math.round((face!.eyes.left.x + face!.eyes.right.x) / 2 - width / 2);
    const top = Math.round(face!.chin.y + 0.12 * height - height);
    const raw = await sharp(Buffer.from(source.data), {
      raw: { width: source.width, height: source.height, channels: 3 },
    })
      .extract({
        left,
        top: Math.max(0, top),
        width,
        height: Math.min(height, source.height - Math.max(0, top)),
      })
      .resize(358, 441, { fit: 'fill' })
      .raw()
      .toBuffer();
    const frame = createRgbImage(358, 441, new Uint8Array(raw));
    const [framed] = await analyzeFaces(frame);
    const shoulders = (alpha: Uint8Array): number => {
      let sum = 0;
      let n = 0;
      for (let y = 411; y < 441; y++) {
        for (const x of [...Array(60).keys(), ...Array.from({ length: 60 }, (_, i) => 297 + i)]) {
          sum += alpha[y * 358 + x]!;
          n++;
        }
      }
      return sum / n / 255;
    };
    const pruned = await matting.matte({ image: frame, face: framed!, quality: 'fast' });
    const kept = await unpruned.matte({ image: frame, face: framed!, quality: 'fast' });
    expect(shoulders(kept.alpha.data)).toBeGreaterThan(0.8);
    expect(shoulders(pruned.alpha.data)).toBeGreaterThan(shoulders(kept.alpha.data) - 0.02);
  });

  it.each(Object.keys(HAIR))('keeps long hair, curls and braids (%s)', async (name) => {
    const { boxes, mean } = HAIR[name]!;
    const { face, result } = await pipelineMatte(name);
    for (const box of boxes) {
      expect(
        alphaInFaceFrame(result.alpha, result.region, face, box).mean,
        JSON.stringify(box),
      ).toBeGreaterThan(mean);
    }
    // Pruning takes nothing of the head and hair themselves.
    const before = await pipelineMatte(name, unpruned);
    const after = alphaInFaceFrame(result.alpha, result.region, face, HEAD_AND_HAIR).mean;
    const without = alphaInFaceFrame(before.result.alpha, before.result.region, face, HEAD_AND_HAIR).mean;
    expect(after).toBeGreaterThan(without - 0.01);
  });
});
