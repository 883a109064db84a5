import { describe, expect, it } from 'vitest';
import { runRule, type TestPhoto } from '../../test/run-rule.js';
import { testSpec } from '../../test/spec.js';
import { portrait, type SyntheticPortrait } from '../../test/synthetic.js';

const withMatte = (p: SyntheticPortrait): TestPhoto => ({ image: p.image, faces: [p.face], matte: p.matte });
const noMatte = (p: SyntheticPortrait): TestPhoto => ({ image: p.image, faces: [p.face] });

/** Eye line 250 px, face 220 px wide, centred: the hair top lands at 250 + 22 − 26 − 176 ≈ 70 px. */
const centred = portrait();
/** Eye line 180 px: everything 70 px higher (head top at the edge). */
const tooHigh = portrait({ eyeY: 180 });
/** Eye line 320 px. */
const tooLow = portrait({ eyeY: 320, faceWidth: 190 });

describe('composition.head-top', () => {
  it('passes when the hair top is 50–110 px below the top edge', async () => {
    const item = await runRule('composition.head-top', withMatte(centred));
    expect(item).toMatchObject({
      status: 'pass',
      unit: 'px',
      expected: { min: 50, max: 110, text: '50–110 px' },
    });
    expect(item?.measured).toBe(Math.round(centred.headTop));
  });

  it('fails a subject placed too high, with the direction in the fix', async () => {
    const item = await runRule('composition.head-top', withMatte(tooHigh));
    expect(item).toMatchObject({
      status: 'fail',
      reason: 'too-high',
      measured: 0,
      unit: 'px',
      expected: { min: 50, max: 110, text: '50–110 px' },
    });
  });

  it('fails too much space above the head', async () => {
    const item = await runRule('composition.head-top', withMatte(tooLow));
    expect(item).toMatchObject({ status: 'fail', reason: 'too-low' });
    expect(Number(item?.measured)).toBeGreaterThan(110);
  });

  it('warns that it could not be measured without a matte', async () => {
    expect(await runRule('composition.head-top', noMatte(centred))).toMatchObject({
      status: 'warn',
      reason: 'no-head-top',
      measured: null,
    });
  });
});

describe('composition.eye-line / face-width / centring', () => {
  it('passes the centred portrait', async () => {
    expect(await runRule('composition.eye-line', noMatte(centred))).toMatchObject({
      status: 'pass',
      measured: 250,
    });
    expect(await runRule('composition.face-width', noMatte(centred))).toMatchObject({
      status: 'pass',
      measured: 220,
    });
    expect(await runRule('composition.centring', noMatte(centred))).toMatchObject({
      status: 'pass',
      measured: 0,
    });
  });

  it('fails eye lines above and below 200–300 px', async () => {
    expect(await runRule('composition.eye-line', noMatte(tooHigh))).toMatchObject({
      status: 'fail',
      reason: 'too-high',
      measured: 180,
    });
    expect(await runRule('composition.eye-line', noMatte(tooLow))).toMatchObject({
      status: 'fail',
      reason: 'too-low',
      measured: 320,
    });
  });

  it('fails faces narrower or wider than 180–300 px', async () => {
    const small = portrait({ faceWidth: 150 });
    const item = await runRule('composition.face-width', noMatte(small));
    expect(item).toMatchObject({ status: 'fail', reason: 'too-small', measured: 150 });
    const large = portrait({ faceWidth: 320, eyeY: 280 });
    expect(await runRule('composition.face-width', noMatte(large))).toMatchObject({
      status: 'fail',
      reason: 'too-large',
      measured: 320,
    });
  });

  it('fails an off-centre face and says which way', async () => {
    const left = portrait({ faceX: 190 });
    const item = await runRule('composition.centring', noMatte(left));
    expect(item).toMatchObject({ status: 'fail', reason: 'off-left', measured: 50, expected: { max: 24 } });
    const right = await runRule('composition.centring', noMatte(portrait({ faceX: 290 })));
    expect(right).toMatchObject({ status: 'fail', reason: 'off-right', measured: 50 });
  });
});

describe('ranges the spec may or may not define', () => {
  const full = testSpec(
    [
      { id: 'composition.head-height' },
      { id: 'composition.chin-bottom' },
      { id: 'composition.eye-distance' },
    ],
    {
      composition: {
        unit: 'fraction',
        headHeight: { min: 0.6, max: 0.75 },
        chinToBottom: { min: 0.12 },
        eyeDistance: { min: 0.18, max: 0.25 },
        centreTolerance: 0.05,
      },
    },
  );

  it('are not applicable when the spec has no range (CHSI defines none of these)', async () => {
    expect(await runRule('composition.head-height', withMatte(centred))).toBeUndefined();
    expect(await runRule('composition.chin-bottom', withMatte(centred))).toBeUndefined();
    expect(await runRule('composition.eye-distance', withMatte(centred))).toBeUndefined();
  });

  it('measure head height, chin-to-bottom and eye distance against fraction ranges', async () => {
    // chin 250 + 22 + 149.6 = 421.6; hair top 70 → head height ≈ 352 px = 0.55 of 640 (too small)
    const height = await runRule('composition.head-height', withMatte(centred), { spec: full });
    expect(height).toMatchObject({ status: 'fail', reason: 'too-small', expected: { min: 384, max: 480 } });
    expect(Number(height?.measured)).toBeCloseTo(352, 0);
    const chin = await runRule('composition.chin-bottom', withMatte(centred), { spec: full });
    expect(chin).toMatchObject({ status: 'pass', measured: 218 });
    const eyes = await runRule('composition.eye-distance', withMatte(centred), { spec: full });
    expect(eyes).toMatchObject({ status: 'pass', measured: 97 });
    const narrow = await runRule('composition.eye-distance', withMatte(portrait({ faceWidth: 180 })), {
      spec: full,
    });
    expect(narrow).toMatchObject({ status: 'fail', reason: 'too-small', measured: 79 });
  });

  it('passes a taller head and fails a chin too close to the bottom edge', async () => {
    // face 270 px wide, eye line 240: chin ≈ 451, hair top ≈ 19 → head ≈ 432 px = 0.67 of 640
    const big = portrait({ faceWidth: 270, eyeY: 240 });
    const height = await runRule('composition.head-height', withMatte(big), { spec: full });
    expect(height?.status, `measured ${height?.measured}`).toBe('pass');
    const low = portrait({ eyeY: 420 });
    const chin = await runRule('composition.chin-bottom', withMatte(low), { spec: full });
    expect(chin).toMatchObject({ status: 'fail', reason: 'too-low', expected: { min: 76.8 } });
  });

  it('rounds expected bounds computed from fractions to 0.1 px (no float noise)', async () => {
    const noisy = testSpec([{ id: 'composition.head-top' }], {
      composition: { unit: 'fraction', headTop: { min: 0.0553, max: 0.0922 }, centreTolerance: 0.05 },
    });
    const item = await runRule('composition.head-top', withMatte(centred), { spec: noisy });
    // 0.0553 × 640 = 35.392…, 0.0922 × 640 = 59.008…
    expect(item?.expected).toEqual({ min: 35.4, max: 59, text: '35.4–59 px' });
  });

  it('warns that head height needs the matte', async () => {
    expect(await runRule('composition.head-height', noMatte(centred), { spec: full })).toMatchObject({
      status: 'warn',
      reason: 'no-head-top',
      measured: null,
    });
  });
});

describe('composition.cut-off', () => {
  it('passes a subject with space around the head', async () => {
    expect(await runRule('composition.cut-off', withMatte(centred))).toMatchObject({
      status: 'pass',
      measured: 'none',
    });
  });

  it('fails hair cut by the top edge', async () => {
    const item = await runRule('composition.cut-off', withMatte(tooHigh));
    expect(item).toMatchObject({ status: 'fail', reason: 'head-cut-off', measured: 'top' });
  });

  it('fails a head cut by the left edge', async () => {
    const edge = portrait({ faceX: 100 });
    expect(await runRule('composition.cut-off', withMatte(edge))).toMatchObject({
      status: 'fail',
      reason: 'head-cut-off',
      measured: 'left',
    });
  });
});
