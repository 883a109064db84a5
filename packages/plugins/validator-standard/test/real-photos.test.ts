import type { RgbImage } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { cheekBalance } from '../src/measure/face-light.js';
import { faceCentreX } from '../src/measure/subject.js';
import { analyze } from './analyzer.js';
import { blurred, decode, fixtureBytes, upscaledFromSmall } from './images.js';
import { type RenderedFixture, renderLike } from './render-like.js';
import { ruleContext, runRule, type TestPhoto } from './run-rule.js';
import { shade } from './synthetic.js';

/** Frontal head-and-shoulders fixtures, rendered to 480×640 like a CHSI photo. */
const FRONTAL = [
  'a01_obama_enrol_flags.jpg',
  'b01_biden_tall_standing.jpg',
  'd01_rose_long_hair_cluttered.jpg',
  'derived_cmyk_alex_portrait.jpg',
  'g01_hv_bow_white_shirt.jpg',
  'g02_derived_chsi_candidate_480x640_blue.jpg',
  'hv_man_suit_gray_bg.jpg',
  'hv_webp_named_jpg_long_hair_outdoor.jpg',
  'hv_white_shirt_plain_bg.jpg',
];

const asPhoto = (r: RenderedFixture): TestPhoto => ({
  image: r.image,
  bytes: r.bytes,
  faces: r.analysis.faces,
  analysis: r.analysis,
});

async function sourcePhoto(name: string): Promise<TestPhoto> {
  const bytes = await fixtureBytes(name);
  const image = await decode(bytes);
  const analysis = await analyze(image);
  return { image, bytes, faces: analysis.faces, analysis };
}

describe('face.count with the real analyzer', () => {
  it('passes a single portrait', async () => {
    expect(await runRule('face.count', await sourcePhoto('a01_obama_enrol_flags.jpg'))).toMatchObject({
      status: 'pass',
      measured: 1,
    });
  });

  it('fails two people, a face too small to use, a statue, and a landscape — each with its reason', async () => {
    const two = await runRule('face.count', await sourcePhoto('multi_obama_biden.jpg'));
    expect(two).toMatchObject({ status: 'fail', reason: 'several', measured: 2 });
    const small = await runRule('face.count', await sourcePhoto('hsd119_face_too_small_480x640.jpg'));
    expect(small).toMatchObject({ status: 'fail', reason: 'too-small', measured: 0 });
    const statue = await runRule('face.count', await sourcePhoto('hsd155_statue_no_face.jpg'));
    expect(statue).toMatchObject({ status: 'fail', reason: 'not-a-face', measured: 0 });
    const landscape = await runRule('face.count', await sourcePhoto('exif6_no_face_recurser.jpg'));
    expect(landscape).toMatchObject({ status: 'fail', reason: 'none', measured: 0 });
  });
});

describe('pose.roll with the real analyzer', () => {
  it('passes a level portrait and fails the tilted head (瞳孔平行角度)', async () => {
    expect(await runRule('pose.roll', await sourcePhoto('a01_obama_enrol_flags.jpg'))).toMatchObject({
      status: 'pass',
    });
    const tilted = await runRule('pose.roll', await sourcePhoto('hsd099_tilted_head_white_shirt.jpg'));
    expect(tilted?.status).toBe('fail');
    expect(tilted?.reason).toMatch(/^tilted-(left|right)$/);
    expect(Number(tilted?.measured)).toBeGreaterThan(20);
  });
});

describe('calibration on fixtures rendered to 480×640 (q75, 300 dpi)', () => {
  const rendered = new Map<string, Promise<RenderedFixture>>();
  const render = (name: string): Promise<RenderedFixture> => {
    let r = rendered.get(name);
    if (!r) {
      r = renderLike(name);
      rendered.set(name, r);
    }
    return r;
  };

  it.each(FRONTAL)('%s passes sharpness, exposure and light balance', async (name) => {
    const photo = asPhoto(await render(name));
    for (const rule of ['quality.sharpness', 'quality.exposure', 'lighting.face-balance']) {
      const item = await runRule(rule, photo);
      expect(item?.status, `${rule} measured ${item?.measured}`).toBe('pass');
    }
  });

  it.each(
    FRONTAL,
  )('%s fails sharpness when blurred (σ 1.5 px) or enlarged ×4 from a quarter-size copy', async (name) => {
    for (const edit of [(i: RgbImage) => blurred(i, 1.5), (i: RgbImage) => upscaledFromSmall(i, 4)]) {
      const item = await runRule('quality.sharpness', asPhoto(await renderLike(name, edit)));
      expect(item?.status, `measured ${item?.measured}`).toBe('fail');
    }
  });

  it.each(FRONTAL)('%s fails light balance with its darker half one stop darker still', async (name) => {
    const r = await render(name);
    const mid = faceCentreX(r.analysis.faces[0]!);
    // Deepen the asymmetry the photo already has (shading the brighter side would even it out).
    const left = cheekBalance(ruleContext(asPhoto(r)), r.analysis.faces[0]!)?.darker === 'left';
    const shadowed = await renderLike(name, (image) => shade(image, 0.5, (x) => (left ? x < mid : x >= mid)));
    const item = await runRule('lighting.face-balance', asPhoto(shadowed));
    expect(item?.status, `measured ${item?.measured}`).toBe('fail');
    expect(item?.reason).toBe(left ? 'left-darker' : 'right-darker');
  });

  it.each([
    'a01_obama_enrol_flags.jpg',
    'hv_white_shirt_plain_bg.jpg',
  ])('%s fails exposure three stops darker (×0.12 linear) or three times brighter', async (name) => {
    const dark = await renderLike(name, (image) => shade(image, 0.12, () => true));
    expect(await runRule('quality.exposure', asPhoto(dark))).toMatchObject({
      status: 'fail',
      reason: 'too-dark',
    });
    const bright = await renderLike(name, (image) => shade(image, 3, () => true));
    expect((await runRule('quality.exposure', asPhoto(bright)))?.reason).toMatch(
      /^(too-bright|blown-highlights)$/,
    );
  });
});
