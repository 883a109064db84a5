import { defineRule, numberParam } from '../engine/standard-rule.js';
import { fmt, NOTHING_TO_DO, round } from '../engine/text.js';
import { cheekBalance } from '../measure/face-light.js';
import { subjectFace } from '../measure/subject.js';

/**
 * `lighting.face-balance` (阴阳脸): ratio of the darker to the brighter cheek's mean relative
 * luminance (linear light), cheeks taken from the face mesh.
 */
export const lightingFaceBalance = defineRule({
  id: 'lighting.face-balance',
  title: { zh: '阴阳脸', en: 'Face light balance' },
  measures: {
    zh: '左右脸颊（网格区域）平均相对亮度（线性）之比：较暗 / 较亮',
    en: 'Darker / brighter mean relative luminance (linear light) of the two cheeks (mesh regions)',
  },
  unit: 'ratio',
  params: {
    minRatio: { type: 'number', default: 0.5, description: 'Lowest darker/brighter ratio (0.5 = one stop).' },
  },
  source:
    'CHSI §1.9 阴阳脸 (no number). 0.5 (one stop): our calibration (bench/calibration.bench.ts) — 12 rendered fixtures measure 0.55–0.91; with their darker half one stop darker still, 0.28–0.46',
  reasons: {
    'left-darker': 'the image-left cheek is much darker than the right',
    'right-darker': 'the image-right cheek is much darker than the left',
  },
  evaluate(ctx) {
    const face = subjectFace(ctx);
    if (!face) return null;
    const b = cheekBalance(ctx, face);
    if (!b) return null;
    const min = numberParam(ctx, 'lighting.face-balance', 'minRatio', 0.5);
    const stops = b.ratio > 0 ? Math.log2(1 / b.ratio) : Number.POSITIVE_INFINITY;
    const expected = { min, text: `≥ ${fmt(min, 2)}` };
    const base = { measured: round(b.ratio, 2), unit: 'ratio', expected };
    if (b.ratio >= min) {
      return {
        ...base,
        status: 'pass',
        message: {
          zh: `左右脸颊亮度比为 ${fmt(b.ratio, 2)}（相差约 ${fmt(stops)} 档），光线均匀。`,
          en: `The cheeks' light ratio is ${fmt(b.ratio, 2)} (about ${fmt(stops)} stop apart): even light.`,
        },
        fix: NOTHING_TO_DO,
      };
    }
    const side = b.darker === 'left' ? { zh: '左', en: 'left' } : { zh: '右', en: 'right' };
    return {
      ...base,
      status: 'fail',
      reason: b.darker === 'left' ? 'left-darker' : 'right-darker',
      message: {
        zh: `阴阳脸：画面${side.zh}侧脸颊明显偏暗，亮度比 ${fmt(b.ratio, 2)}（相差约 ${fmt(stops)} 档），应不低于 ${fmt(min, 2)}。`,
        en: `Half-shadowed face: the image-${side.en} cheek is much darker, light ratio ${fmt(b.ratio, 2)} (about ${fmt(stops)} stops); expected at least ${fmt(min, 2)}.`,
      },
      fix: {
        zh: '请正面朝向光源或使用左右两侧均匀的补光（如两盏灯各 45°），避免侧光、窗边单侧光和顶光后重新拍摄。',
        en: 'Face the light, or light both sides evenly (e.g. two lamps at 45° left and right); avoid side light, a window on one side, or overhead light, and shoot again.',
      },
    };
  },
});
