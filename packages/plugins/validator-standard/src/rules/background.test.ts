import type { Rgb } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { runRule, type TestPhoto } from '../../test/run-rule.js';
import { testSpec } from '../../test/spec.js';
import { portrait, type SyntheticPortrait } from '../../test/synthetic.js';

const BLUE: Rgb = { r: 100, g: 197, b: 255 };
const withMatte = (p: SyntheticPortrait): TestPhoto => ({ image: p.image, faces: [p.face], matte: p.matte });
const noMatte = (p: SyntheticPortrait): TestPhoto => ({ image: p.image, faces: [p.face] });

const blue = portrait({ background: BLUE });
/** Names of the test spec's options (data from the spec, not wording). */
const OPTIONS = testSpec([{ id: 'background.colour' }]).background.options;
const WHITE_NAME = OPTIONS.find((o) => o.id === 'white')!.name;
const BLUE_NAME = OPTIONS.find((o) => o.id === 'blue')!.name;
const white = portrait({ background: { r: 252, g: 252, b: 250 } });
const mix = (a: Rgb, b: Rgb, t: number): Rgb => ({
  r: Math.round(a.r + (b.r - a.r) * t),
  g: Math.round(a.g + (b.g - a.g) * t),
  b: Math.round(a.b + (b.b - a.b) * t),
});
/** Light blue at the top fading to a darker blue at the bottom. */
const gradient = portrait({ background: (_x, y) => mix(BLUE, { r: 40, g: 120, b: 200 }, y / 639) });
/** A grey object (a door frame, a poster) in the top-left corner of a blue background. */
const object = portrait({ background: (x, y) => (x < 90 && y < 200 ? { r: 120, g: 110, b: 100 } : BLUE) });

describe('background.colour', () => {
  it('passes the spec colour, with the robust median measured away from the subject', async () => {
    const item = await runRule('background.colour', withMatte(blue), { background: 'blue' });
    expect(item).toMatchObject({ status: 'pass', measured: 0, unit: 'ΔE00', expected: { max: 8 } });
    expect(item?.reason).toBeUndefined();
    // The measured colour is data, shown in both languages.
    expect(item?.message.zh).toContain('#64c5ff');
    expect(item?.message.en).toContain('#64c5ff');
  });

  it('fails a white background when the photo was made for blue, naming the nearer option', async () => {
    const item = await runRule('background.colour', withMatte(white), { background: 'blue' });
    expect(item).toMatchObject({ status: 'fail', reason: 'wrong-colour' });
    expect(Number(item?.measured)).toBeGreaterThan(20);
    expect(item?.message.zh).toContain(WHITE_NAME.zh);
    expect(item?.message.en).toContain(WHITE_NAME.en);
  });

  it('compares with the nearest option when no background was chosen', async () => {
    const item = await runRule('background.colour', withMatte(white));
    expect(item).toMatchObject({ status: 'pass', measured: expect.any(Number) });
    expect(item?.expected.text).toContain(WHITE_NAME.en);
  });

  it('fails a background that is too dark, and works without a matte (edge bands)', async () => {
    const dim = portrait({ background: { r: 70, g: 140, b: 185 } });
    const item = await runRule('background.colour', noMatte(dim), { background: 'blue' });
    expect(item).toMatchObject({ status: 'fail', reason: 'too-dark' });
    expect(await runRule('background.colour', noMatte(blue), { background: 'blue' })).toMatchObject({
      status: 'pass',
      measured: 0,
    });
  });

  it('fails when the subject leaves no background to measure', async () => {
    const full = { ...blue.matte, alpha: { ...blue.matte.alpha, data: new Uint8Array(480 * 640).fill(255) } };
    expect(
      await runRule('background.colour', { image: blue.image, faces: [blue.face], matte: full }),
    ).toMatchObject({
      status: 'fail',
      reason: 'no-background',
      measured: null,
    });
  });

  it('tells a crop-only spec (edits none) to shoot again, never to replace the background', async () => {
    const cropOnly = testSpec([{ id: 'background.colour' }], { edits: 'none' });
    const editable = testSpec([{ id: 'background.colour' }]);
    const only = await runRule('background.colour', withMatte(white), { spec: cropOnly, background: 'blue' });
    const edit = await runRule('background.colour', withMatte(white), { spec: editable, background: 'blue' });
    expect(only).toMatchObject({ status: 'fail', reason: 'wrong-colour' });
    // Same verdict, a different fix: the editable spec's fix offers replacement, the crop-only one does not.
    expect(only?.fix).not.toEqual(edit?.fix);
    expect(only?.fix.zh).toContain(BLUE_NAME.zh);
    expect(only?.fix.en.toLowerCase()).toContain(BLUE_NAME.en.toLowerCase());
  });

  it('takes maxDeltaE from params', async () => {
    const near = portrait({ background: { r: 110, g: 190, b: 250 } });
    const lenient = await runRule('background.colour', withMatte(near), { background: 'blue' });
    expect(lenient?.status).toBe('pass');
    const strict = await runRule('background.colour', withMatte(near), {
      background: 'blue',
      params: { maxDeltaE: 1 },
    });
    expect(strict).toMatchObject({ status: 'fail', reason: 'wrong-colour', expected: { max: 1 } });
  });
});

describe('background.uniformity', () => {
  it('passes a flat background', async () => {
    expect(await runRule('background.uniformity', withMatte(blue))).toMatchObject({
      status: 'pass',
      measured: 0,
    });
  });

  it('fails a gradient and names it', async () => {
    for (const p of [withMatte(gradient), noMatte(gradient)]) {
      const item = await runRule('background.uniformity', p);
      expect(item).toMatchObject({ status: 'fail', reason: 'gradient', unit: 'ΔE00' });
      expect(Number(item?.measured)).toBeGreaterThan(6);
    }
  });

  it('fails an object in the background without calling it a gradient', async () => {
    const item = await runRule('background.uniformity', withMatte(object));
    expect(item).toMatchObject({ status: 'fail', reason: 'not-uniform', unit: 'ΔE00' });
  });
});

describe('background.black-edge', () => {
  it('passes dark clothing on a light-blue background', async () => {
    const item = await runRule('background.black-edge', withMatte(blue));
    expect(item?.status).toBe('pass');
    expect(Number(item?.measured)).toBeGreaterThan(30);
  });

  it('fails a light-blue shirt on the light-blue background, with and without a matte', async () => {
    const shirt = portrait({ background: BLUE, garment: { r: 130, g: 195, b: 240 } });
    for (const p of [withMatte(shirt), noMatte(shirt)]) {
      const item = await runRule('background.black-edge', p);
      expect(item).toMatchObject({ status: 'fail', reason: 'clothing-like-background', unit: 'ΔE00' });
      expect(Number(item?.measured)).toBeLessThan(12);
    }
  });

  it('fails a dark band along the top edge (a scan border)', async () => {
    const framed = portrait({ background: (_x, y) => (y < 6 ? { r: 12, g: 12, b: 12 } : BLUE) });
    const item = await runRule('background.black-edge', withMatte(framed));
    expect(item).toMatchObject({ status: 'fail', reason: 'dark-edge', measured: 'dark-edge:top' });
  });

  it('judges the collar strip under the chin in a tight identity-card framing (GA 461: 358×441)', async () => {
    const tight = { width: 358, height: 441, faceWidth: 207, eyeY: 200 };
    const white = { r: 253, g: 253, b: 253 };
    const dark = portrait({ ...tight, background: white });
    const item = await runRule('background.black-edge', withMatte(dark));
    expect(item).toMatchObject({ status: 'pass', unit: 'ΔE00' });
    const shirt = portrait({ ...tight, background: white, garment: { r: 245, g: 245, b: 242 } });
    const fail = await runRule('background.black-edge', withMatte(shirt));
    expect(fail).toMatchObject({ status: 'fail', reason: 'clothing-like-background', unit: 'ΔE00' });
  });

  it('fails a subject without shoulders in the frame', async () => {
    const head = portrait({ background: BLUE, torso: false });
    const item = await runRule('background.black-edge', withMatte(head));
    expect(item).toMatchObject({ status: 'fail', reason: 'no-shoulders', unit: 'share' });
    expect(Number(item?.measured)).toBeLessThan(0.25);
  });
});
