import type { FaceAnalysis, LocalizedText, SpecDefinition } from '@idphoto/sdk';
import { defineRule, numberParam, type StandardRule } from '../engine/standard-rule.js';
import { fmt, NOTHING_TO_DO, round } from '../engine/text.js';
import { subjectFace } from '../measure/subject.js';

interface PoseRuleInput {
  readonly id: string;
  readonly title: LocalizedText;
  readonly measures: LocalizedText;
  readonly source: string;
  readonly angle: (face: FaceAnalysis) => number;
  readonly limit: (spec: SpecDefinition) => number;
  readonly limitName: string;
  /** Describes the signed angle, e.g. "头部向右倾斜 6.2°". */
  readonly describe: (angle: number) => LocalizedText;
  readonly fix: LocalizedText;
  /** `reason` of a positive / negative angle, with what it means (README). */
  readonly reasons: {
    readonly positive: readonly [string, string];
    readonly negative: readonly [string, string];
  };
}

function poseRule(input: PoseRuleInput): StandardRule {
  return defineRule({
    id: input.id,
    title: input.title,
    measures: input.measures,
    unit: '°',
    params: {
      max: {
        type: 'number',
        default: 'spec',
        description: `Largest |angle| in degrees (default \`${input.limitName}\`).`,
      },
    },
    source: input.source,
    reasons: {
      [input.reasons.positive[0]]: input.reasons.positive[1],
      [input.reasons.negative[0]]: input.reasons.negative[1],
    },
    evaluate(ctx) {
      const face = subjectFace(ctx);
      if (!face) return null;
      const max = numberParam(ctx, input.id, 'max', input.limit(ctx.spec));
      const angle = input.angle(face);
      const expected = { max, text: `≤ ${fmt(max)}°` };
      const d = input.describe(angle);
      if (Math.abs(angle) <= max) {
        return {
          status: 'pass',
          measured: round(Math.abs(angle)),
          unit: '°',
          expected,
          message: { zh: `${d.zh}，不超过 ${fmt(max)}°。`, en: `${d.en}, within ${fmt(max)}°.` },
          fix: NOTHING_TO_DO,
        };
      }
      return {
        status: 'fail',
        reason: angle > 0 ? input.reasons.positive[0] : input.reasons.negative[0],
        measured: round(Math.abs(angle)),
        unit: '°',
        expected,
        message: { zh: `${d.zh}，应不超过 ${fmt(max)}°。`, en: `${d.en}; expected at most ${fmt(max)}°.` },
        fix: input.fix,
      };
    },
  });
}

/** `pose.roll` (瞳孔平行角度): angle of the pupil line against the horizontal. */
export const poseRoll = poseRule({
  id: 'pose.roll',
  title: { zh: '瞳孔连线角度', en: 'Pupil-line angle (roll)' },
  measures: {
    zh: '两眼中心连线与水平线的夹角',
    en: 'Angle of the line through the eye centres against the horizontal',
  },
  source: 'spec `pose.maxRoll` (CHSI §1.8 瞳孔平行角度; ICAO roll < ±8°, ±5° recommended)',
  angle: (face) => face.roll,
  limit: (spec) => spec.pose.maxRoll,
  limitName: 'spec.pose.maxRoll',
  reasons: {
    positive: ['tilted-right', 'the head leans towards image right (the image-right eye is lower)'],
    negative: ['tilted-left', 'the head leans towards image left (the image-left eye is lower)'],
  },
  describe: (a) =>
    Math.abs(a) < 0.05
      ? { zh: '双眼连线水平（0°）', en: 'The eyes are level (0°)' }
      : {
          zh: `双眼连线倾斜 ${fmt(Math.abs(a))}°（画面${a > 0 ? '右' : '左'}侧的眼睛偏低）`,
          en: `The eye line is tilted ${fmt(Math.abs(a))}° (the image-${a > 0 ? 'right' : 'left'} eye is lower)`,
        },
  fix: {
    zh: '请端正头部、不要歪头，使双眼在同一水平线上后重新拍摄；照片不能通过旋转来纠正。',
    en: 'Hold your head straight so both eyes are level and shoot again; the photo must not be rotated to fix it.',
  },
});

/** `pose.yaw`: left/right head turn. */
export const poseYaw = poseRule({
  id: 'pose.yaw',
  title: { zh: '左右转头', en: 'Head turn (yaw)' },
  measures: { zh: '头部左右转动角度（分析器估计）', en: 'Left/right head turn (analyzer estimate)' },
  source: 'spec `pose.maxYaw` (ICAO/ISO 19794-5: yaw < ±5°; CHSI “正面、双耳对称”)',
  angle: (face) => face.yaw,
  limit: (spec) => spec.pose.maxYaw,
  limitName: 'spec.pose.maxYaw',
  reasons: {
    positive: ['turned-right', 'the face is turned towards image right'],
    negative: ['turned-left', 'the face is turned towards image left'],
  },
  describe: (a) =>
    Math.abs(a) < 0.5
      ? { zh: '脸部正对镜头（0°）', en: 'The face looks straight at the camera (0°)' }
      : {
          zh: `脸部向画面${a > 0 ? '右' : '左'}侧转动约 ${fmt(Math.abs(a))}°`,
          en: `The face is turned about ${fmt(Math.abs(a))}° towards image-${a > 0 ? 'right' : 'left'}`,
        },
  fix: {
    zh: '请正对镜头、不要侧脸，双耳对称露出后重新拍摄。',
    en: 'Face the camera squarely (no turning), with both ears equally visible, and shoot again.',
  },
});

/** `pose.pitch`: up/down head tilt. */
export const posePitch = poseRule({
  id: 'pose.pitch',
  title: { zh: '抬头低头', en: 'Head tilt (pitch)' },
  measures: { zh: '头部上下俯仰角度（分析器估计）', en: 'Up/down head tilt (analyzer estimate)' },
  source: 'spec `pose.maxPitch` (ICAO/ISO 19794-5: pitch < ±5°; CHSI “平视”)',
  angle: (face) => face.pitch,
  limit: (spec) => spec.pose.maxPitch,
  limitName: 'spec.pose.maxPitch',
  reasons: {
    positive: ['tilted-up', 'the head is tilted up'],
    negative: ['tilted-down', 'the head is tilted down'],
  },
  describe: (a) =>
    Math.abs(a) < 0.5
      ? { zh: '平视镜头（0°）', en: 'The head is level (0°)' }
      : {
          zh: `${a > 0 ? '抬头' : '低头'}约 ${fmt(Math.abs(a))}°`,
          en: `The head is tilted ${a > 0 ? 'up' : 'down'} about ${fmt(Math.abs(a))}°`,
        },
  fix: {
    zh: '请平视镜头、不要抬头或低头；拍摄时镜头应与眼睛同高。',
    en: 'Look straight into the camera without tilting your head up or down; the camera should be at eye height.',
  },
});
