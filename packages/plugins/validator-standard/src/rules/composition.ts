import {
  compositionInPixels,
  type FaceAnalysis,
  formatRange,
  type LocalizedText,
  type PixelComposition,
  type RuleContext,
} from '@idphoto/sdk';
import { defineRule, type StandardRule } from '../engine/standard-rule.js';
import { type RangeWording, rangeExpectation, rangeOutcome } from '../engine/text.js';
import { subjectHeadTop } from '../measure/head-top.js';
import { eyeLineY, subjectFace } from '../measure/subject.js';

type RangeKey = Exclude<keyof PixelComposition, 'centreTolerance'>;

/** Spec composition ranges in pixels of the photo as it is, memoised. */
export function pixelComposition(ctx: RuleContext): PixelComposition {
  const { width, height } = ctx.subject.image;
  return ctx.memo('composition.pixels', () => compositionInPixels(ctx.spec, width, height));
}

interface CompositionRuleInput {
  readonly id: string;
  readonly key: RangeKey;
  readonly title: LocalizedText;
  readonly measures: LocalizedText;
  readonly source: string;
  /** Pixels measured on the face; `undefined` when the quantity needs the matte's head top and there is none. */
  readonly measure: (face: FaceAnalysis, ctx: RuleContext) => number | undefined;
  readonly wording: RangeWording;
  /** What the low and high reasons mean (README). */
  readonly reasons: { readonly low: string; readonly high: string };
  /** Whether the quantity needs the matte's head top (then `no-head-top` may warn). */
  readonly needsHeadTop?: boolean;
}

const NO_HEAD_TOP = 'no-head-top';

/** A rule comparing one face measurement with a spec composition range (null when the spec has none). */
function compositionRule(input: CompositionRuleInput): StandardRule {
  return defineRule({
    id: input.id,
    title: input.title,
    measures: input.measures,
    unit: 'px',
    params: {},
    source: input.source,
    reasons: {
      [input.wording.lowReason]: input.reasons.low,
      [input.wording.highReason]: input.reasons.high,
      ...(input.needsHeadTop
        ? { [NO_HEAD_TOP]: 'warn: no subject matte (or no head top in it), so it could not be measured' }
        : {}),
    },
    evaluate(ctx) {
      const range = pixelComposition(ctx)[input.key];
      if (!range) return null;
      const face = subjectFace(ctx);
      if (!face) return null;
      const value = input.measure(face, ctx);
      if (value === undefined) {
        return {
          status: 'warn',
          reason: NO_HEAD_TOP,
          measured: null,
          unit: 'px',
          expected: rangeExpectation(range, 'px'),
          message: {
            zh: `无法测量${input.title.zh}：没有人像抠图（或抠图未给出头顶），找不到头顶（发顶）位置。`,
            en: `${input.title.en} could not be measured: without a subject matte (or a head top from it) the top of the head is unknown.`,
          },
          fix: {
            zh: `请自行确认，应为 ${formatRange(range, 'px')}；或启用抠图模块后重新检测。`,
            en: `Check it yourself (expected ${formatRange(range, 'px')}), or enable a matting plugin and check again.`,
          },
        };
      }
      return rangeOutcome(value, range, 'px', input.wording);
    },
  });
}

/** Top of the hair measured across the crown of the matte ({@link subjectHeadTop}). */
const headTopOf = (ctx: RuleContext): number | undefined => subjectHeadTop(ctx)?.y;

/** `composition.head-top`: top edge → top of the hair (from the matte). */
export const compositionHeadTop = compositionRule({
  id: 'composition.head-top',
  key: 'headTop',
  title: { zh: '头顶距上边缘', en: 'Head top to top edge' },
  measures: {
    zh: '上边缘到头顶（含头发，取自抠图）的距离',
    en: 'Top edge → top of the hair (from the subject matte)',
  },
  source: 'spec `composition.headTop` (CHSI 50–110 px, 99号; CHSI §1.8 头顶距离顶部百分比)',
  measure: (_face, ctx) => headTopOf(ctx),
  reasons: {
    low: 'the head top is too close to the top edge (the subject sits too high)',
    high: 'too much space above the head (the subject sits too low)',
  },
  needsHeadTop: true,
  wording: {
    lowReason: 'too-high',
    highReason: 'too-low',
    subject: (v) => ({ zh: `头顶距离上边缘 ${v}`, en: `Top of head is ${v} from the top edge` }),
    low: {
      zh: '照片中人物位置过高，请重新裁剪使头顶下移（头顶上方多留空白）；高发髻、发饰也会使头顶过高。',
      en: 'The subject sits too high: crop again so the head moves down (more space above the hair). A high bun or hair ornament also raises the head top.',
    },
    high: {
      zh: '头顶上方空白过多，请重新裁剪使头顶上移（或适当放大人像）。',
      en: 'Too much space above the head: crop again so the head moves up (or enlarge the subject).',
    },
  },
});

/** `composition.eye-line`: top edge → line through the eye centres. */
export const compositionEyeLine = compositionRule({
  id: 'composition.eye-line',
  key: 'eyeLine',
  title: { zh: '眼睛位置', en: 'Eye line' },
  measures: {
    zh: '上边缘到两眼中心连线的距离（含 eyeLineFromBottom 换算）',
    en: 'Top edge → mean eye-centre height (eyeLineFromBottom folded in)',
  },
  source:
    'spec `composition.eyeLine` / `eyeLineFromBottom` (CHSI 200–300 px, 99号; CHSI §1.8 眼睛中心距离顶部百分比)',
  measure: (face) => eyeLineY(face),
  reasons: { low: 'the eyes are too close to the top edge', high: 'the eyes are too far down' },
  wording: {
    lowReason: 'too-high',
    highReason: 'too-low',
    subject: (v) => ({ zh: `眼睛中心距离上边缘 ${v}`, en: `The eyes are ${v} below the top edge` }),
    low: {
      zh: '眼睛位置过高，请重新裁剪使人像下移（多留一些头顶空白）。',
      en: 'The eyes are too high: crop again so the subject moves down (more space above the head).',
    },
    high: {
      zh: '眼睛位置过低，请重新裁剪使人像上移；若是由截图或小照片放大而来，请用上半身原图重新制作。',
      en: 'The eyes are too low: crop again so the subject moves up; if it was made from a small cropped photo, start again from a head-and-shoulders original.',
    },
  },
});

/** `composition.face-width`: cheek-to-cheek face width. */
export const compositionFaceWidth = compositionRule({
  id: 'composition.face-width',
  key: 'faceWidth',
  title: { zh: '人脸宽度', en: 'Face width' },
  measures: { zh: '两颊间的人脸宽度（网格点 234↔454）', en: 'Cheek-to-cheek face width (mesh 234↔454)' },
  source: 'spec `composition.faceWidth` (CHSI 180–300 px, 99号)',
  measure: (face) => face.faceWidth,
  reasons: { low: 'the face is too narrow', high: 'the face is too wide' },
  wording: {
    lowReason: 'too-small',
    highReason: 'too-large',
    subject: (v) => ({ zh: `人脸宽度为 ${v}`, en: `The face is ${v} wide` }),
    low: {
      zh: '人脸太小，请重新裁剪放大人像（或靠近一些拍摄）。',
      en: 'The face is too small: crop tighter to enlarge the subject (or shoot closer).',
    },
    high: {
      zh: '人脸太大，请重新裁剪缩小人像，露出头顶空白和双肩。',
      en: 'The face is too large: crop wider so the head has space above it and the shoulders show.',
    },
  },
});

/** `composition.head-height`: chin → top of the hair. */
export const compositionHeadHeight = compositionRule({
  id: 'composition.head-height',
  key: 'headHeight',
  title: { zh: '头部高度', en: 'Head height' },
  measures: {
    zh: '下巴到头顶（含头发，取自抠图）的高度',
    en: 'Chin → top of the hair (from the subject matte)',
  },
  source: 'spec `composition.headHeight` (e.g. ICAO chin-to-crown)',
  measure: (face, ctx) => {
    const top = headTopOf(ctx);
    return top === undefined ? undefined : face.chin.y - top;
  },
  reasons: { low: 'the head (chin to crown) is too short', high: 'the head is too tall' },
  needsHeadTop: true,
  wording: {
    lowReason: 'too-small',
    highReason: 'too-large',
    subject: (v) => ({ zh: `头部高度（下巴到头顶）为 ${v}`, en: `The head (chin to crown) is ${v} tall` }),
    low: { zh: '头部太小，请重新裁剪放大人像。', en: 'The head is too small: crop tighter to enlarge it.' },
    high: { zh: '头部太大，请重新裁剪缩小人像。', en: 'The head is too large: crop wider to shrink it.' },
  },
});

/** `composition.chin-bottom`: chin → bottom edge. */
export const compositionChinBottom = compositionRule({
  id: 'composition.chin-bottom',
  key: 'chinToBottom',
  title: { zh: '下巴距下边缘', en: 'Chin to bottom edge' },
  measures: {
    zh: '下巴最低点（网格点 152）到下边缘的距离',
    en: 'Lowest chin point (mesh 152) → bottom edge',
  },
  source: 'spec `composition.chinToBottom` (e.g. consular passport ≥ 7 mm)',
  measure: (face, ctx) => ctx.subject.image.height - face.chin.y,
  reasons: {
    low: 'the chin is too close to the bottom edge (the subject sits too low)',
    high: 'the chin is too far above the bottom edge',
  },
  wording: {
    lowReason: 'too-low',
    highReason: 'too-high',
    subject: (v) => ({ zh: `下巴距离下边缘 ${v}`, en: `The chin is ${v} above the bottom edge` }),
    low: {
      zh: '下巴离下边缘太近，请重新裁剪使人像上移，露出更多肩部。',
      en: 'The chin is too close to the bottom: crop so the subject moves up and more shoulder shows.',
    },
    high: {
      zh: '下巴离下边缘太远，请重新裁剪使人像下移或放大。',
      en: 'The chin is too far from the bottom: crop so the subject moves down or is larger.',
    },
  },
});

/** `composition.eye-distance`: distance between the eye centres. */
export const compositionEyeDistance = compositionRule({
  id: 'composition.eye-distance',
  key: 'eyeDistance',
  title: { zh: '两眼间距', en: 'Eye distance' },
  measures: { zh: '两眼中心（虹膜中心）间距', en: 'Distance between the eye (iris) centres' },
  source: 'spec `composition.eyeDistance` (e.g. 出入境 0.23–0.33 × width; ICAO ≥ 90 px)',
  measure: (face) => face.interPupillary,
  reasons: {
    low: 'the eyes are too close together in pixels (face too small)',
    high: 'the eyes are too far apart in pixels (face too large)',
  },
  wording: {
    lowReason: 'too-small',
    highReason: 'too-large',
    subject: (v) => ({ zh: `两眼间距为 ${v}`, en: `The eyes are ${v} apart` }),
    low: {
      zh: '人脸太小（两眼间距不足），请重新裁剪放大人像或使用更高分辨率的原图。',
      en: 'The face is too small (eyes too close together in pixels): crop tighter or use a higher-resolution original.',
    },
    high: {
      zh: '人脸太大（两眼间距过大），请重新裁剪缩小人像。',
      en: 'The face is too large (eyes too far apart in pixels): crop wider.',
    },
  },
});
