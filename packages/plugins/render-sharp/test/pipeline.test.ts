import { sharpCapture } from '@idphoto/capture-sharp';
import { mediapipeFace } from '@idphoto/face-mediapipe';
import { isnetMatting } from '@idphoto/matting-isnet';
import {
  CAPTURE,
  createIdPhoto,
  definePlugin,
  defineSpec,
  FACE_ANALYZER,
  MATTING,
  type MakeResult,
  primaryFace,
  RENDER,
  readJpegInfo,
  SPECS,
  subjectRegion,
  type ValidationItem,
} from '@idphoto/sdk';
import { chsiGraduation, chsiSpec } from '@idphoto/spec-chsi';
import { passportCnSpec } from '@idphoto/spec-passport-cn';
import { standardValidator } from '@idphoto/validator-standard';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sharpRender } from '../src/index.js';
import { fixtureBytes } from './fixtures.js';

/** The CHSI numbers with `edits: none`, so the pipeline renders `crop-only`. */
const cropOnlySpec = defineSpec({ ...chsiGraduation, id: 'chsi-graduation-as-shot', edits: 'none' });
const cropOnlySpecPlugin = definePlugin({
  name: 'idphoto-plugin-spec-render-test',
  version: '0.0.0',
  sdk: '^0.1.0',
  provides: ['spec:chsi-graduation-as-shot'],
  setup(ctx) {
    ctx.provide(SPECS, () => cropOnlySpec, { id: cropOnlySpec.id });
  },
});

const idphoto = createIdPhoto({
  plugins: [
    sharpCapture(),
    mediapipeFace({ threads: 1 }),
    isnetMatting({ threads: 1 }),
    sharpRender(),
    standardValidator(),
    chsiSpec(),
    passportCnSpec(),
    cropOnlySpecPlugin(),
  ],
});

const item = (r: MakeResult, rule: string): ValidationItem | undefined =>
  r.report.items.find((i) => i.rule === rule);

function expectChsiFile(r: MakeResult): void {
  expect(r.photo).not.toBeNull();
  const bytes = r.photo!.bytes;
  expect(readJpegInfo(bytes)).toMatchObject({
    width: 480,
    height: 640,
    dpi: 300,
    baseline: true,
    components: 3,
    hasExif: false,
    hasIcc: false,
    hasXmp: false,
    hasComment: false,
  });
  expect(r.photo!.quality).toBeGreaterThanOrEqual(60);
  expect(bytes.length).toBeGreaterThanOrEqual(20 * 1024);
  expect(bytes.length).toBeLessThanOrEqual(40 * 1024);
  for (const rule of [
    'file.format',
    'file.dimensions',
    'file.size',
    'file.dpi',
    'file.colour-depth',
    'file.quality',
  ])
    expect(item(r, rule)?.status, rule).toBe('pass');
}

describe('createIdPhoto → sharpRender with the CHSI spec (real capture, face, matting, validator)', () => {
  it.each([
    'hv_man_suit_gray_bg.jpg',
    'hv_white_shirt_plain_bg.jpg',
    'g01_hv_bow_white_shirt.jpg',
    'a01_obama_enrol_flags.jpg',
    'd01_rose_long_hair_cluttered.jpg',
    'derived_cmyk_alex_portrait.jpg',
  ])('%s: 480×640, 300 dpi, 20–40 KB at q ≥ 60; head top, eye line, face width and centring in range', async (name) => {
    const r = await idphoto.make({ image: fixtureBytes(name), spec: 'chsi-graduation' });
    expectChsiFile(r);
    for (const rule of [
      'composition.head-top',
      'composition.eye-line',
      'composition.face-width',
      'composition.centring',
      'background.colour',
      'background.uniformity',
    ])
      expect(item(r, rule)?.status, rule).toBe('pass');
    const rules = r.report.items.map((i) => i.rule);
    expect(rules).not.toContain('composition.unreachable');
    expect(rules).not.toContain('source.resolution');
    // The plan's predictions agree with the validator's re-measurement of the output.
    expect(
      Math.abs(r.plan!.predicted.eyeLine - (item(r, 'composition.eye-line')!.measured as number)),
    ).toBeLessThan(6);
    expect(
      Math.abs(r.plan!.predicted.headTop - (item(r, 'composition.head-top')!.measured as number)),
    ).toBeLessThan(8);
    const cuts = r.report.items.filter((i) => i.rule === 'source.cut-off');
    expect(cuts.length).toBeLessThanOrEqual(1);
    const cut = cuts.flatMap((i) =>
      String(i.measured)
        .split(', ')
        .map((part) => part.split(':')[0]),
    );
    // d01's source cuts the top of her hair: that is reported, never made up. The others are whole.
    if (name.startsWith('d01')) expect(cut).toContain('top');
    else expect(cut).toEqual([]);
  });

  it('reports the close-up (c02) that would need subject pixels below and above the source', async () => {
    const r = await idphoto.make({
      image: fixtureBytes('c02_kit_closeup_long_hair.jpg'),
      spec: 'chsi-graduation',
    });
    expect(r.photo!.width).toBe(480);
    const cut = r.report.items.filter((i) => i.rule === 'source.cut-off');
    expect(cut.every((i) => i.status === 'fail')).toBe(true);
    expect(cut).toHaveLength(1);
    expect(
      cut.flatMap((i) =>
        String(i.measured)
          .split(', ')
          .map((part) => part.split(':')[0]),
      ),
    ).toContain('bottom');
    expect(r.report.pass).toBe(false);
  });

  it('retouches on request and the identity check passes', async () => {
    const r = await idphoto.make({
      image: fixtureBytes('hv_white_shirt_plain_bg.jpg'),
      spec: 'chsi-graduation',
      retouch: { smoothing: 0.6 },
    });
    expectChsiFile(r);
    expect(item(r, 'edit.identity')?.status).toBe('pass');
    expect(r.report.timings['render.retouch']).toBeGreaterThan(0);
  });

  it('keeps the pixels as shot for a spec that allows no edits (crop-only)', async () => {
    const r = await idphoto.make({
      image: fixtureBytes('hv_man_suit_gray_bg.jpg'),
      spec: 'chsi-graduation-as-shot',
    });
    expect(readJpegInfo(r.photo!.bytes)).toMatchObject({ width: 480, height: 640, dpi: 300 });
    expect(r.report.timings['render.composite']).toBeUndefined();
    for (const rule of ['composition.head-top', 'composition.eye-line', 'composition.face-width'])
      expect(item(r, rule)?.status, rule).toBe('pass');
  });
});

describe('the plan and the validator agree on the head top (real photo, tousled hair)', () => {
  it('hv_white_shirt, cn-passport (crop-only, 35.4–59 px): the head top lands in range where it was planned', async () => {
    // Strands stick up above the crown: one walk up the face axis stopped at a strand's tip in the
    // source (planned 47 px) and between strands in the output (measured 60 px, a fail). Both now
    // measure across the crown.
    const r = await idphoto.make({ image: fixtureBytes('hv_white_shirt_plain_bg.jpg'), spec: 'cn-passport' });
    expect(r.photo).not.toBeNull();
    const rules = r.report.items.map((i) => i.rule);
    expect(rules).not.toContain('composition.unreachable');
    expect(rules).not.toContain('source.cut-off');
    const headTop = item(r, 'composition.head-top')!;
    expect(headTop.status).toBe('pass');
    expect(Math.abs(r.plan!.predicted.headTop - (headTop.measured as number))).toBeLessThan(4);
    for (const rule of ['composition.head-height', 'composition.face-width', 'composition.cut-off'])
      expect(item(r, rule)?.status, rule).toBe('pass');
  });
});

describe('sharpRender on a real IS-Net matte', () => {
  it('fills the background exactly, keeps the shoulders and returns the alpha it composited', async () => {
    const { resolver } = idphoto;
    const { source } = await resolver
      .resolve(CAPTURE)
      .load({ bytes: fixtureBytes('hv_man_suit_gray_bg.jpg') });
    const analysis = await resolver
      .resolve(FACE_ANALYZER)
      .analyze({ image: source.image, embeddings: false });
    const main = primaryFace(analysis.faces);
    if (main.kind !== 'one') throw new Error('expected one face');
    const { region, scale } = subjectRegion(
      main.face,
      source.image.width,
      source.image.height,
      chsiGraduation,
    );
    const matte = await resolver
      .resolve(MATTING)
      .matte({ image: source.image, face: main.face, region, scale });
    const background = { r: 100, g: 197, b: 255 };
    const out = await resolver.resolve(RENDER).render({
      source,
      face: main.face,
      matte,
      spec: chsiGraduation,
      background,
      mode: 'replace-background',
    });
    expect(Object.keys(out.timings)).toEqual(
      expect.arrayContaining(['plan', 'crop', 'matte-resample', 'foreground', 'composite', 'encode']),
    );
    const alpha = out.alpha!;
    expect([alpha.width, alpha.height]).toEqual([480, 640]);
    const { data } = await sharp(out.photo.bytes).raw().toBuffer({ resolveWithObject: true });
    let bg = 0;
    let off = 0;
    for (let i = 0; i < 480 * 640; i++) {
      if (alpha.data[i] !== 0) continue;
      bg++;
      const d =
        Math.abs(data[3 * i]! - background.r) +
        Math.abs(data[3 * i + 1]! - background.g) +
        Math.abs(data[3 * i + 2]! - background.b);
      if (d > 12) off++;
    }
    expect(bg).toBeGreaterThan(0.2 * 480 * 640);
    // JPEG ringing next to the subject aside, the background is the spec colour.
    expect(off / bg).toBeLessThan(0.03);
    // Shoulders: the subject spans most of the bottom row.
    let bottom = 0;
    for (let x = 0; x < 480; x++) if (alpha.data[639 * 480 + x]! > 128) bottom++;
    expect(bottom).toBeGreaterThan(0.6 * 480);
  });
});
