import type { FaceAnalysis, RejectedFace } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { runRule, type TestPhoto } from '../../test/run-rule.js';
import { portrait } from '../../test/synthetic.js';

const base = portrait();
const photo = (face: Partial<FaceAnalysis>): TestPhoto => ({
  image: base.image,
  faces: [{ ...base.face, ...face }],
});
const rejected = (reason: RejectedFace['reason']): RejectedFace => ({
  box: { x: 0, y: 0, width: 20, height: 20 },
  score: 0.8,
  reason,
});

describe('face.count', () => {
  it('passes exactly one face', async () => {
    expect(await runRule('face.count', photo({}))).toMatchObject({
      status: 'pass',
      measured: 1,
      expected: { equals: 1 },
    });
  });

  it('fails several comparable faces and says how many', async () => {
    const second = { ...base.face, interPupillary: base.face.interPupillary * 0.9 };
    const item = await runRule('face.count', { image: base.image, faces: [base.face, second] });
    expect(item).toMatchObject({ status: 'fail', reason: 'several', measured: 2 });
  });

  it('warns about a small face in the background', async () => {
    const bystander = { ...base.face, interPupillary: base.face.interPupillary * 0.3 };
    expect(await runRule('face.count', { image: base.image, faces: [base.face, bystander] })).toMatchObject({
      status: 'warn',
      reason: 'other-faces',
      measured: 2,
    });
  });

  it('fails no face and says why: dark, bright, cut off, too small, unclear, none', async () => {
    const cases: [Partial<Parameters<typeof runRule>[1]['analysis']>, string][] = [
      [{ meanLuma: 12 }, 'too-dark'],
      [{ meanLuma: 246 }, 'too-bright'],
      [{ rejected: [rejected('too-small')] }, 'too-small'],
      [{ rejected: [rejected('cut-off'), rejected('too-small')] }, 'cut-off'],
      [{ rejected: [rejected('not-a-face')] }, 'not-a-face'],
      [{ rejected: [rejected('low-confidence')] }, 'none'],
      [{}, 'none'],
    ];
    for (const [analysis, reason] of cases) {
      const item = await runRule('face.count', { image: base.image, faces: [], analysis: analysis ?? {} });
      expect(item, reason).toMatchObject({ status: 'fail', reason, measured: 0, expected: { equals: 1 } });
    }
  });

  it('takes the darkness threshold from params', async () => {
    const item = await runRule(
      'face.count',
      { image: base.image, faces: [], analysis: { meanLuma: 50 } },
      {
        params: { darkLuma: 60 },
      },
    );
    expect(item).toMatchObject({ status: 'fail', reason: 'too-dark' });
  });
});

describe('pose.roll / pose.yaw / pose.pitch', () => {
  it('passes small angles and fails large ones against spec.pose', async () => {
    expect(await runRule('pose.roll', photo({ roll: 2.4 }))).toMatchObject({
      status: 'pass',
      measured: 2.4,
      unit: '°',
    });
    const tilted = await runRule('pose.roll', photo({ roll: -7.26 }));
    expect(tilted).toMatchObject({
      status: 'fail',
      reason: 'tilted-left',
      measured: 7.3,
      expected: { max: 5 },
    });
    expect(await runRule('pose.roll', photo({ roll: 6 }))).toMatchObject({ reason: 'tilted-right' });
    expect(await runRule('pose.yaw', photo({ yaw: 6 }))).toMatchObject({ status: 'pass' });
    expect(await runRule('pose.yaw', photo({ yaw: -14 }))).toMatchObject({
      status: 'fail',
      reason: 'turned-left',
      measured: 14,
    });
    expect(await runRule('pose.yaw', photo({ yaw: 14 }))).toMatchObject({ reason: 'turned-right' });
    expect(await runRule('pose.pitch', photo({ pitch: -3 }))).toMatchObject({ status: 'pass' });
    expect(await runRule('pose.pitch', photo({ pitch: 12 }))).toMatchObject({
      status: 'fail',
      reason: 'tilted-up',
      measured: 12,
    });
    expect(await runRule('pose.pitch', photo({ pitch: -12 }))).toMatchObject({ reason: 'tilted-down' });
  });

  it('takes the limit from params', async () => {
    expect(await runRule('pose.roll', photo({ roll: 2.4 }), { params: { max: 2 } })).toMatchObject({
      status: 'fail',
      expected: { max: 2 },
    });
  });
});

describe('face.eyes-open / face.mouth-closed / face.ears-visible', () => {
  it('follows the analyzer verdicts', async () => {
    expect(await runRule('face.eyes-open', photo({}))).toMatchObject({ status: 'pass', measured: 0.3 });
    expect(
      await runRule('face.eyes-open', photo({ eyesOpen: false, eyeOpenness: { left: 0.05, right: 0.2 } })),
    ).toMatchObject({ status: 'fail', measured: 0.05 });
    expect(await runRule('face.mouth-closed', photo({}))).toMatchObject({ status: 'pass' });
    const open = await runRule('face.mouth-closed', photo({ mouthClosed: false, mouthOpenness: 0.31 }));
    expect(open).toMatchObject({ status: 'fail', measured: 0.31, expected: { equals: true } });
    expect(open?.reason).toBeUndefined(); // one way to fail: no reason
    expect(await runRule('face.ears-visible', photo({}))).toMatchObject({ status: 'pass', measured: 'both' });
    const hidden = await runRule(
      'face.ears-visible',
      photo({ ears: { left: { score: 0.1, visible: false }, right: { score: 0.8, visible: true } } }),
    );
    expect(hidden).toMatchObject({ status: 'fail', measured: 'right', expected: { equals: 'both' } });
  });

  it('uses thresholds from params when the spec sets them', async () => {
    expect(await runRule('face.eyes-open', photo({}), { params: { minOpenness: 0.35 } })).toMatchObject({
      status: 'fail',
      expected: { min: 0.35 },
    });
    expect(
      await runRule('face.mouth-closed', photo({ mouthOpenness: 0.12 }), { params: { maxOpenness: 0.1 } }),
    ).toMatchObject({
      status: 'fail',
    });
    expect(await runRule('face.ears-visible', photo({}), { params: { minScore: 0.95 } })).toMatchObject({
      status: 'fail',
      measured: 'none',
    });
  });
});

describe('face.count unclear-face threshold', () => {
  it('names a face-like area only for a confident detection the mesh refused', async () => {
    const analysis = { rejected: [rejected('not-a-face')] };
    const confident = await runRule('face.count', { image: base.image, faces: [], analysis });
    expect(confident).toMatchObject({ status: 'fail', reason: 'not-a-face' });
    const strict = await runRule(
      'face.count',
      { image: base.image, faces: [], analysis },
      { params: { unclearScore: 0.9 } },
    );
    expect(strict).toMatchObject({ status: 'fail', reason: 'none' });
  });
});
