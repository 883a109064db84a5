// Run by stage-kits-broken.test.ts in a nested vitest (not collected by the main run: no `.test.ts` suffix).
// Each plugin breaks one promise of its stage contract the way a careless implementation would.
import { mediapipeFace } from '@idphoto/face-mediapipe';
import { isnetMatting } from '@idphoto/matting-isnet';
import { CAPTURE, createIdPhoto, definePlugin, FACE_ANALYZER, MATTING } from '@idphoto/sdk';
import sharp from 'sharp';
import { testCaptureStage, testFaceAnalyzer, testMattingStage } from '../../src/index.js';
import { fixture } from '../fixtures.js';

/** Decodes with sharp as it comes: no EXIF rotation, alpha dropped (not flattened), errors untyped. */
const naiveCapture = definePlugin({
  name: 'idphoto-plugin-kit-naive-capture',
  version: '1.0.0',
  sdk: '^0.1.0',
  provides: ['capture'],
  setup(ctx) {
    ctx.provide(CAPTURE, () => ({
      id: 'naive',
      async load({ bytes }) {
        const { data, info } = await sharp(bytes)
          .removeAlpha()
          .toColourspace('srgb')
          .raw()
          .toBuffer({ resolveWithObject: true });
        const image = {
          width: info.width,
          height: info.height,
          channels: 3 as const,
          data: new Uint8Array(data),
        };
        const original = {
          format: 'jpeg' as const,
          width: info.width,
          height: info.height,
          orientation: 1,
          space: 'srgb',
          bitDepth: 8,
          hasAlpha: false,
          hadIccProfile: false,
          bytes: bytes.length,
        };
        return { source: { image, original, notes: [] } };
      },
    }));
  },
});

/** A real analyzer whose eyes come out swapped (the subject's left taken for image-left). */
const swappedEyes = definePlugin({
  name: 'idphoto-plugin-kit-swapped-eyes',
  version: '1.0.0',
  sdk: '^0.1.0',
  provides: ['face-analyzer'],
  setup(ctx) {
    const inner = createIdPhoto({ plugins: [mediapipeFace()] }).resolver.resolve(FACE_ANALYZER);
    ctx.provide(FACE_ANALYZER, () => ({
      id: 'swapped',
      async analyze(input) {
        const out = await inner.analyze(input);
        return {
          ...out,
          faces: out.faces.map((f) => ({ ...f, eyes: { left: f.eyes.right, right: f.eyes.left } })),
        };
      },
    }));
  },
});

/** A real matte, inverted (background kept, person dropped). */
const invertedMatte = definePlugin({
  name: 'idphoto-plugin-kit-inverted-matte',
  version: '1.0.0',
  sdk: '^0.1.0',
  provides: ['matting'],
  setup(ctx) {
    const inner = createIdPhoto({ plugins: [isnetMatting()] }).resolver.resolve(MATTING);
    ctx.provide(MATTING, () => ({
      id: 'inverted',
      async matte(input) {
        const out = await inner.matte(input);
        return { ...out, alpha: { ...out.alpha, data: out.alpha.data.map((a) => 255 - a) } };
      },
    }));
  },
});

const portrait = await fixture('hv_white_shirt_plain_bg.jpg');
testCaptureStage(naiveCapture());
testFaceAnalyzer(swappedEyes(), { portraits: [portrait] });
testMattingStage(invertedMatte(), { portraits: [portrait] });
