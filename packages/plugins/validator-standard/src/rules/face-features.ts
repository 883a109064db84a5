import { defineRule, numberParam } from '../engine/standard-rule.js';
import { fmt, NOTHING_TO_DO, round } from '../engine/text.js';
import { subjectFace } from '../measure/subject.js';

/**
 * `face.eyes-open`: both eyes open. Uses the analyzer's verdict, or `minOpenness` when the spec sets
 * it (lid distance / eye width, per eye, the smaller eye counts).
 */
export const faceEyesOpen = defineRule({
  id: 'face.eyes-open',
  title: { zh: '睁眼', en: 'Eyes open' },
  measures: {
    zh: '眼睛张开度（眼睑距离 / 眼宽，取较小的一只眼）',
    en: 'Eye openness (lid distance / eye width, the smaller eye)',
  },
  unit: '',
  params: {
    minOpenness: {
      type: 'number',
      default: 'analyzer',
      description: "Smallest openness; default: the analyzer's own verdict (`eyesOpen`).",
    },
  },
  source: "CHSI 99号 “双眼自然睁开”; threshold: the face analyzer's calibration",
  reasons: {},
  evaluate(ctx) {
    const face = subjectFace(ctx);
    if (!face) return null;
    const openness = Math.min(face.eyeOpenness.left, face.eyeOpenness.right);
    const min =
      ctx.params.minOpenness === undefined ? undefined : numberParam(ctx, 'face.eyes-open', 'minOpenness', 0);
    const open = min === undefined ? face.eyesOpen : openness >= min;
    const expected =
      min === undefined ? { equals: true, text: 'eyes open' } : { min, text: `≥ ${fmt(min, 2)}` };
    if (open) {
      return {
        status: 'pass',
        measured: round(openness, 2),
        expected,
        message: {
          zh: `双眼睁开（张开度 ${fmt(openness, 2)}）。`,
          en: `Both eyes are open (openness ${fmt(openness, 2)}).`,
        },
        fix: NOTHING_TO_DO,
      };
    }
    return {
      status: 'fail',
      measured: round(openness, 2),
      expected,
      message: {
        zh: `眼睛闭合或眯眼（张开度 ${fmt(openness, 2)}）。`,
        en: `The eyes are closed or squinting (openness ${fmt(openness, 2)}).`,
      },
      fix: {
        zh: '请自然睁大双眼、目视镜头后重新拍摄；避免强光直射眼睛，头发不要遮挡眼睛。',
        en: 'Open your eyes naturally and look into the camera, then shoot again; avoid bright light in the eyes and keep hair off them.',
      },
    };
  },
});

/** `face.mouth-closed`: lips naturally closed (no teeth showing). */
export const faceMouthClosed = defineRule({
  id: 'face.mouth-closed',
  title: { zh: '闭嘴', en: 'Mouth closed' },
  measures: { zh: '嘴唇张开度（唇间距 / 嘴宽）', en: 'Mouth openness (lip gap / mouth width)' },
  unit: '',
  params: {
    maxOpenness: {
      type: 'number',
      default: 'analyzer',
      description: "Largest openness; default: the analyzer's own verdict (`mouthClosed`).",
    },
  },
  source: "CHSI 99号 “嘴唇自然闭合”, schools: no visible teeth; threshold: the face analyzer's calibration",
  reasons: {},
  evaluate(ctx) {
    const face = subjectFace(ctx);
    if (!face) return null;
    const openness = face.mouthOpenness;
    const max =
      ctx.params.maxOpenness === undefined
        ? undefined
        : numberParam(ctx, 'face.mouth-closed', 'maxOpenness', 1);
    const closed = max === undefined ? face.mouthClosed : openness <= max;
    const expected =
      max === undefined ? { equals: true, text: 'mouth closed' } : { max, text: `≤ ${fmt(max, 2)}` };
    if (closed) {
      return {
        status: 'pass',
        measured: round(openness, 2),
        expected,
        message: {
          zh: `嘴唇自然闭合（张开度 ${fmt(openness, 2)}）。`,
          en: `The lips are closed (openness ${fmt(openness, 2)}).`,
        },
        fix: NOTHING_TO_DO,
      };
    }
    return {
      status: 'fail',
      measured: round(openness, 2),
      expected,
      message: {
        zh: `嘴巴张开或露齿（张开度 ${fmt(openness, 2)}）。`,
        en: `The mouth is open or teeth are showing (openness ${fmt(openness, 2)}).`,
      },
      fix: {
        zh: '请保持自然表情、嘴唇闭合、不露牙齿后重新拍摄。',
        en: 'Keep a neutral expression with the lips closed and no teeth showing, and shoot again.',
      },
    };
  },
});

/** `face.ears-visible`: both ears visible (hair not covering them). Typically a warning. */
export const faceEarsVisible = defineRule({
  id: 'face.ears-visible',
  title: { zh: '露出双耳', en: 'Ears visible' },
  measures: { zh: '左右耳可见性（分析器评分）', en: 'Visibility of each ear (analyzer score)' },
  unit: '',
  params: {
    minScore: {
      type: 'number',
      default: 'analyzer',
      description: "Smallest ear score; default: the analyzer's own verdict per ear.",
    },
  },
  source: "CHSI 99号 “头发不得遮挡耳朵”, §1.9 露耳; threshold: the face analyzer's calibration",
  reasons: {},
  evaluate(ctx) {
    const face = subjectFace(ctx);
    if (!face) return null;
    const minScore =
      ctx.params.minScore === undefined ? undefined : numberParam(ctx, 'face.ears-visible', 'minScore', 0.5);
    const seen = (ear: { score: number; visible: boolean }): boolean =>
      minScore === undefined ? ear.visible : ear.score >= minScore;
    const left = seen(face.ears.left);
    const right = seen(face.ears.right);
    const measured = left && right ? 'both' : left ? 'left' : right ? 'right' : 'none';
    const expected = { equals: 'both', text: 'both ears visible' };
    if (left && right) {
      return {
        status: 'pass',
        measured,
        expected,
        message: { zh: '双耳可见。', en: 'Both ears are visible.' },
        fix: NOTHING_TO_DO,
      };
    }
    const hidden =
      !left && !right
        ? { zh: '双耳', en: 'both ears' }
        : !left
          ? { zh: '画面左侧的耳朵', en: 'the image-left ear' }
          : { zh: '画面右侧的耳朵', en: 'the image-right ear' };
    return {
      status: 'fail',
      measured,
      expected,
      message: {
        zh: `${hidden.zh}被遮挡或不可见。`,
        en: `${hidden.en[0]!.toUpperCase()}${hidden.en.slice(1)} ${!left && !right ? 'are' : 'is'} covered or not visible.`,
      },
      fix: {
        zh: '请将头发拢到耳后露出双耳，正对镜头后重新拍摄。',
        en: 'Tuck your hair behind your ears so both show, face the camera squarely and shoot again.',
      },
    };
  },
});
