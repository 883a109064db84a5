import {
  createIdPhoto,
  definePlugin,
  defineSpec,
  type IdPhoto,
  type MakeResult,
  SPECS,
  type SpecDefinition,
} from '@idphoto/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPlugins } from '../src/index.js';
import { fixture } from './fixtures.js';

/**
 * Every bundled spec, made end to end through `createIdPhoto({ plugins: defaultPlugins() })` from a
 * real fixture portrait, must pass its own rules; `check` of the result must agree.
 *
 * Fixtures, and why: `hv_white_shirt_plain_bg` (frontal, neutral mouth, dark suit — the clothes
 * contrast with white backgrounds; yaw −8.8° is inside the 10° calibration but outside ICAO's 5°),
 * `g01_hv_bow_white_shirt` (white shirt on blue; pitch −6.3°), `hv_webp_named_jpg_long_hair_outdoor`
 * (the only good fixture inside ICAO's ±5° yaw and pitch; white top, long hair, a large face),
 * `a01_obama_enrol_flags` (dark suit, cluttered background; teeth show — only where the spec
 * publishes no mouth rule).
 *
 * Crop-only specs (`edits: 'none'`: 出入境, NCRE, ICAO, US, UK, Schengen) keep every pixel as shot,
 * so the source's own wall must already comply — and no fixture has a plain compliant wall with a
 * neutral mouth inside ICAO's pose limits. For them the test input is generated at run time: our own
 * `make` re-shoots hv_webp on the spec's background to a wide frame (a test-only spec that keeps
 * the original framing), and the crop-only spec then crops that photo.
 */
const WHITE_SHIRT = 'hv_white_shirt_plain_bg.jpg';
const BOW = 'g01_hv_bow_white_shirt.jpg';
const LONG_HAIR = 'hv_webp_named_jpg_long_hair_outdoor.jpg';
const OBAMA = 'a01_obama_enrol_flags.jpg';

/** A test-only spec: the whole long-hair portrait kept at its own framing, background replaced. */
const staging: SpecDefinition = defineSpec({
  id: 'test-staging-wide',
  version: '1',
  name: { zh: '测试：宽幅重拍', en: 'Test: wide re-shoot' },
  category: 'other',
  region: 'intl',
  authority: { name: { zh: '测试', en: 'Test' } },
  sources: [{ id: 'T', title: 'test fixture framing' }],
  citations: { canvas: ['T'], 'file.bytes': ['T'], 'background.options': ['T'], composition: ['T'] },
  canvas: { width: 764, height: 1146, dpi: 300 },
  file: { format: 'jpeg', minQuality: 95, bytes: { max: 5_000_000 } },
  background: {
    default: 'white',
    options: [
      { id: 'white', name: { zh: '白色', en: 'White' }, rgb: [255, 255, 255] },
      { id: 'grey', name: { zh: '浅灰色', en: 'Light grey' }, rgb: [210, 210, 210] },
      { id: 'blue', name: { zh: '浅蓝色', en: 'Light blue' }, rgb: [100, 197, 255] },
    ],
  },
  composition: {
    unit: 'fraction',
    faceWidth: { min: 0.32, max: 0.38 },
    eyeLine: { min: 0.42, max: 0.48 },
    centreTolerance: 0.02,
  },
  edits: 'background',
  rules: [{ id: 'face.count' }],
});
const stagingPlugin = definePlugin({
  name: 'idphoto-plugin-spec-test-staging',
  version: '1.0.0',
  sdk: '^0.1.0',
  provides: ['spec:test-staging-wide'],
  setup(ctx) {
    ctx.provide(SPECS, () => staging, { id: staging.id });
  },
});

let idphoto: IdPhoto;
beforeAll(async () => {
  idphoto = createIdPhoto({ plugins: defaultPlugins({ extra: [stagingPlugin()] }) });
  await idphoto.warmup();
}, 300_000);

const failing = (made: MakeResult): string[] =>
  made.report.items.filter((i) => i.status === 'fail').map((i) => `${i.rule}=${String(i.measured)}`);

/** Makes `spec` from `image` and asserts it passes, comes out at the canvas size, and `check` agrees. */
async function expectPassing(spec: string, image: Uint8Array, background?: string): Promise<MakeResult> {
  const made = await idphoto.make({ image, spec, ...(background ? { background } : {}) });
  expect(failing(made)).toEqual([]);
  expect(made.report.pass).toBe(true);
  const { canvas, file } = idphoto.spec(spec);
  expect(made.photo).toMatchObject({ width: canvas.width, height: canvas.height });
  const bytes = made.photo!.bytes.length;
  if (file.bytes.min !== undefined) expect(bytes).toBeGreaterThanOrEqual(file.bytes.min);
  if (file.bytes.max !== undefined) expect(bytes).toBeLessThanOrEqual(file.bytes.max);
  const checked = await idphoto.check({
    image: made.photo!.bytes,
    spec,
    ...(background ? { background } : {}),
  });
  expect(checked.report.items.filter((i) => i.status === 'fail').map((i) => i.rule)).toEqual([]);
  return made;
}

describe('spec catalogue: specs that allow background replacement, from a fixture portrait', () => {
  it.each([
    ['chsi-zikao-graduation', BOW, 'light blue only; g01 passes CHSI on blue'],
    ['chsi-zikao-xinjiang', WHITE_SHIRT, 'white only: the dark suit contrasts with it'],
    ['chsi-zikao-sichuan', WHITE_SHIRT, '360×480, ≤ 30 KB (g01 measures sharpness 97 at this size)'],
    [
      'cn-resident-id',
      OBAMA,
      'white, no white tops (GA 461): dark suit; teeth only warn, GA 461 has no mouth rule',
    ],
    [
      'cn-social-security',
      LONG_HAIR,
      'ICAO pose ±5°: only hv_webp is inside; its long hair fits the tight frame',
    ],
    ['cn-driving-licence', WHITE_SHIRT, 'white, dark clothes'],
    ['cet', BOW, 'light blue default, 1/10 · 7/10 · 1/5 framing'],
    ['civil-service', WHITE_SHIRT, 'blue default; g01 measures sharpness 95 at 295×413'],
    ['kaoyan', LONG_HAIR, 'white; hv_white_shirt’s small face would need a 1.61× enlargement'],
    ['ntce', WHITE_SHIRT, 'white, 150×200'],
    ['putonghua', WHITE_SHIRT, 'white, 390×567'],
    ['adult-college-entrance', WHITE_SHIRT, 'white default, the 99号 template'],
  ])('%s from %s (%s) passes', async (spec, name) => {
    await expectPassing(spec, await fixture(name));
  });
});

describe('spec catalogue: crop-only specs, from a compliant photo generated at run time', () => {
  const reshoots = new Map<string, Promise<Uint8Array>>();
  /** hv_webp re-shot on `background` by our own make (test-staging-wide), as a compliant wall photo. */
  const reshoot = (background: string): Promise<Uint8Array> => {
    let shot = reshoots.get(background);
    if (!shot) {
      shot = fixture(LONG_HAIR).then(async (image) => {
        const made = await idphoto.make({ image, spec: staging.id, background });
        expect(made.report.pass).toBe(true);
        return made.photo!.bytes;
      });
      reshoots.set(background, shot);
    }
    return shot;
  };

  it.each([
    ['cn-passport', 'blue', 'light blue: the white top must contrast with the wall (衣服与背景应有反差)'],
    ['cn-hk-macau-permit', 'blue', 'same guide'],
    ['cn-taiwan-permit', 'blue', 'same guide'],
    ['ncre', 'blue', 'light blue; no Photoshopped backgrounds'],
    ['icao-9303', 'white', 'plain light background'],
    ['us-passport-visa', 'white', 'white, square 600×600'],
    ['uk-passport-digital', 'grey', 'light grey (white is rejected)'],
    ['schengen-visa', 'grey', 'light grey'],
  ])('%s (crop only): hv_webp re-shot on %s by our own make to a wide frame, then cropped (%s) — passes', async (spec, background) => {
    const made = await expectPassing(spec, await reshoot(background), background);
    expect(idphoto.spec(spec).edits).toBe('none');
    expect(made.report.items.some((i) => i.rule === 'retouch.skipped')).toBe(false);
  });

  it('a crop-only spec keeps the background as shot: the outdoor original fails its background rules', async () => {
    const made = await idphoto.make({ image: await fixture(LONG_HAIR), spec: 'us-passport-visa' });
    expect(made.photo).not.toBeNull();
    const failed = failing(made).map((f) => f.split('=')[0]);
    expect(failed).toEqual(expect.arrayContaining(['background.colour', 'background.uniformity']));
  });
});
