import { defineRule, numberParam } from '../engine/standard-rule.js';
import { fmt, NOTHING_TO_DO, round } from '../engine/text.js';
import { faceSharpness, SHARPNESS_FACE_WIDTH } from '../measure/sharpness.js';
import { subjectFace } from '../measure/subject.js';

/** Default lowest sharpness index (see README: calibration on the fixtures). */
export const DEFAULT_MIN_SHARPNESS = 100;

/**
 * `quality.sharpness` (清晰度): fine-detail index of the face at a normalised face width —
 * RMS Laplacian / RMS gradient × 100 inside the face oval (see `faceSharpness`).
 */
export const qualitySharpness = defineRule({
  id: 'quality.sharpness',
  title: { zh: '清晰度', en: 'Sharpness' },
  measures: {
    zh: `人脸缩放到宽 ${SHARPNESS_FACE_WIDTH} px 后，脸部轮廓内拉普拉斯均方根与梯度均方根之比 × 100（与对比度、肤色无关）`,
    en: `RMS Laplacian / RMS gradient × 100 inside the face oval, with the face resampled to ${SHARPNESS_FACE_WIDTH} px wide (contrast- and skin-tone-independent)`,
  },
  unit: '',
  params: { min: { type: 'number', default: DEFAULT_MIN_SHARPNESS, description: 'Lowest sharpness index.' } },
  source:
    'CHSI §1.8 清晰度 (threshold unpublished). 100: our calibration (bench/calibration.bench.ts) — 12 fixtures rendered to 480×640 at q75 measure 115–212; blurred σ 1.5 px 75–89, enlarged ×3 from a small copy 80–94, ×4 68–80',
  reasons: {},
  evaluate(ctx) {
    const face = subjectFace(ctx);
    if (!face) return null;
    const measure = faceSharpness(ctx, face);
    if (!measure) return null;
    const min = numberParam(ctx, 'quality.sharpness', 'min', DEFAULT_MIN_SHARPNESS);
    const index = measure.index;
    const expected = { min, text: `≥ ${fmt(min, 0)}` };
    if (index >= min) {
      return {
        status: 'pass',
        measured: round(index, 0),
        expected,
        message: {
          zh: `清晰度指数为 ${fmt(index, 0)}，不低于 ${fmt(min, 0)}。`,
          en: `The sharpness index is ${fmt(index, 0)}, at least ${fmt(min, 0)}.`,
        },
        fix: NOTHING_TO_DO,
      };
    }
    return {
      status: 'fail',
      measured: round(index, 0),
      expected,
      message: {
        zh: `照片不够清晰：清晰度指数为 ${fmt(index, 0)}，应不低于 ${fmt(min, 0)}（模糊、对焦不准，或由小图放大而来）。`,
        en: `The photo is not sharp enough: sharpness index ${fmt(index, 0)}; expected at least ${fmt(min, 0)} (blurred, out of focus, or enlarged from a small image).`,
      },
      fix: {
        zh: '请在光线充足处对焦清晰后重新拍摄，手机保持稳定；不要使用翻拍、截图、扫描件或放大的小照片。',
        en: 'Shoot again in good light with the face in focus and the phone held still; do not use photos of prints, screenshots, scans or enlarged small photos.',
      },
    };
  },
});
