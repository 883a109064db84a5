import { defineRule, numberParam } from '../engine/standard-rule.js';
import { fmt, NOTHING_TO_DO, round } from '../engine/text.js';
import { faceExposure } from '../measure/face-light.js';
import { subjectFace } from '../measure/subject.js';

/**
 * `quality.exposure`: mean face luma within range, and few clipped highlights (blown-out skin) or
 * crushed shadows inside the face oval.
 */
export const qualityExposure = defineRule({
  id: 'quality.exposure',
  title: { zh: '曝光', en: 'Exposure' },
  measures: {
    zh: '脸部轮廓内平均亮度（Rec.601 luma 0–255），以及过曝（luma ≥ 250）和死黑（luma ≤ 8）像素占比',
    en: 'Mean luma (Rec. 601, 0–255) inside the face oval, and the share of blown (luma ≥ 250) and crushed (luma ≤ 8) pixels',
  },
  unit: 'luma',
  params: {
    minLuma: { type: 'number', default: 70, description: 'Lowest mean face luma.' },
    maxLuma: { type: 'number', default: 210, description: 'Highest mean face luma.' },
    maxClipped: {
      type: 'number',
      default: 0.05,
      description: 'Largest share of blown or of crushed face pixels.',
    },
  },
  source:
    'CHSI 99号 “曝光均匀、无明显高光” (no number). 70–210 and 5 %: our calibration (bench/calibration.bench.ts) — 12 rendered fixtures, dark and light skin, measure 102–182 with ≤ 0.1 % blown; three stops darker 34–67; one stop brighter up to 46 % blown',
  reasons: {
    'too-dark': 'mean face luma below `minLuma`',
    'crushed-shadows': 'more than `maxClipped` of the face crushed to black',
    'too-bright': 'mean face luma above `maxLuma`',
    'blown-highlights': 'more than `maxClipped` of the face blown out',
  },
  evaluate(ctx) {
    const face = subjectFace(ctx);
    if (!face) return null;
    const e = faceExposure(ctx, face);
    if (!e) return null;
    const minLuma = numberParam(ctx, 'quality.exposure', 'minLuma', 70);
    const maxLuma = numberParam(ctx, 'quality.exposure', 'maxLuma', 210);
    const maxClipped = numberParam(ctx, 'quality.exposure', 'maxClipped', 0.05);
    const expected = {
      min: minLuma,
      max: maxLuma,
      text: `${minLuma}–${maxLuma}, ≤ ${fmt(maxClipped * 100)} % clipped`,
    };
    const base = { measured: round(e.meanLuma, 0), unit: 'luma', expected };
    const luma = fmt(e.meanLuma, 0);
    const blown = fmt(e.highlights * 100);
    const crushed = fmt(e.shadows * 100);
    if (e.meanLuma < minLuma || e.shadows > maxClipped) {
      return {
        ...base,
        status: 'fail',
        reason: e.meanLuma < minLuma ? 'too-dark' : 'crushed-shadows',
        message: {
          zh: `脸部曝光不足：平均亮度 ${luma}（应为 ${minLuma}–${maxLuma}），死黑像素 ${crushed}%。`,
          en: `The face is underexposed: mean luma ${luma} (expected ${minLuma}–${maxLuma}), ${crushed} % crushed to black.`,
        },
        fix: {
          zh: '请在光线充足、均匀的地方面向光源重新拍摄，避免逆光。',
          en: 'Shoot again in bright, even light facing the light source; avoid backlight.',
        },
      };
    }
    if (e.meanLuma > maxLuma || e.highlights > maxClipped) {
      return {
        ...base,
        status: 'fail',
        reason: e.meanLuma > maxLuma ? 'too-bright' : 'blown-highlights',
        message: {
          zh: `脸部曝光过度：平均亮度 ${luma}（应为 ${minLuma}–${maxLuma}），过曝像素 ${blown}%（应 ≤ ${fmt(maxClipped * 100)}%）。`,
          en: `The face is overexposed: mean luma ${luma} (expected ${minLuma}–${maxLuma}), ${blown} % blown out (expected ≤ ${fmt(maxClipped * 100)} %).`,
        },
        fix: {
          zh: '请避免闪光灯和强光直射，使用柔和均匀的光线重新拍摄；不要使用美颜或提亮滤镜。',
          en: 'Avoid flash and harsh direct light; shoot again in soft, even light, without beauty or brightening filters.',
        },
      };
    }
    return {
      ...base,
      status: 'pass',
      message: {
        zh: `脸部曝光正常：平均亮度 ${luma}，过曝 ${blown}%，死黑 ${crushed}%。`,
        en: `The face is well exposed: mean luma ${luma}, ${blown} % blown, ${crushed} % crushed.`,
      },
      fix: NOTHING_TO_DO,
    };
  },
});
