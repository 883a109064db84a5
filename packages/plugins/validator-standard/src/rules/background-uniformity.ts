import { defineRule, numberParam } from '../engine/standard-rule.js';
import { fmt, NOTHING_TO_DO, round } from '../engine/text.js';
import { backgroundStats } from '../measure/background.js';

/**
 * `background.uniformity`: spread of the background — the 95th-percentile CIEDE2000 distance of
 * background pixels from their median. Catches gradients, shadows and objects; the message says
 * which (a gradient shows as a difference between opposite halves).
 */
export const backgroundUniformity = defineRule({
  id: 'background.uniformity',
  title: { zh: '背景均匀', en: 'Background uniformity' },
  measures: {
    zh: '背景像素与背景中位色之间 ΔE00 的 95% 分位数（渐变另以相对两半的中位色差判断）',
    en: '95th percentile of the ΔE00 of background pixels from the background median (gradients: ΔE between opposite halves)',
  },
  unit: 'ΔE00',
  params: {
    maxSpread: {
      type: 'number',
      default: 'spec',
      description: 'Largest spread (default `spec.background.maxSpread`).',
    },
  },
  source:
    'spec `background.maxSpread` (spec default 8); CHSI “背景均匀，无渐变、阴影、杂物” (99号, §1.9 背景不纯)',
  reasons: {
    gradient: 'a gradient: opposite halves of the background differ (uneven light)',
    'not-uniform': 'shadows, objects or other colours in the background',
  },
  evaluate(ctx) {
    const stats = backgroundStats(ctx);
    if (!stats) return null; // background.colour reports a missing background
    const max = numberParam(ctx, 'background.uniformity', 'maxSpread', ctx.spec.background.maxSpread);
    const spread = stats.spread;
    const expected = { max, text: `≤ ${fmt(max)} ΔE00` };
    const base = { measured: round(spread), unit: 'ΔE00', expected };
    if (spread <= max) {
      return {
        ...base,
        status: 'pass',
        message: {
          zh: `背景均匀：色差离散度（95% 分位）为 ΔE ${fmt(spread)}，不超过 ${fmt(max)}。`,
          en: `The background is even: its spread (95th percentile) is ΔE ${fmt(spread)}, within ${fmt(max)}.`,
        },
        fix: NOTHING_TO_DO,
      };
    }
    const gradient = stats.gradient >= max * 0.6;
    const axis =
      stats.gradientAxis === 'vertical'
        ? { zh: '上下', en: 'top-to-bottom' }
        : { zh: '左右', en: 'left-to-right' };
    return {
      ...base,
      status: 'fail',
      reason: gradient ? 'gradient' : 'not-uniform',
      message: gradient
        ? {
            zh: `背景不均匀：存在${axis.zh}渐变（两半相差 ΔE ${fmt(stats.gradient)}），离散度 ΔE ${fmt(spread)}，应不超过 ${fmt(max)}。`,
            en: `The background is uneven: a ${axis.en} gradient (halves differ by ΔE ${fmt(stats.gradient)}), spread ΔE ${fmt(spread)}; expected at most ${fmt(max)}.`,
          }
        : {
            zh: `背景不均匀：有阴影、杂物或其他颜色，离散度 ΔE ${fmt(spread)}，应不超过 ${fmt(max)}。`,
            en: `The background is uneven: shadows, objects or other colours, spread ΔE ${fmt(spread)}; expected at most ${fmt(max)}.`,
          },
      fix: gradient
        ? ctx.spec.edits === 'none'
          ? {
              zh: '该规格不允许替换背景：请均匀照亮背景（避免一侧亮一侧暗）后重新拍摄；不要使用渐变背景。',
              en: 'This spec allows no background replacement: light the background evenly (not brighter on one side) and shoot again; no gradient backdrops.',
            }
          : {
              zh: '请均匀照亮背景（避免一侧亮一侧暗），或用本工具替换为纯色背景；不要使用渐变背景。',
              en: 'Light the background evenly (not brighter on one side), or replace it with a plain colour using this tool; no gradient backdrops.',
            }
        : {
            zh: '请在干净的纯色背景前拍摄，人离背景 0.5–1 米以免留下影子，背景中不要有杂物或他人。',
            en: 'Shoot in front of a clean plain backdrop, standing 0.5–1 m away from it so no shadow falls on it, with no objects or people behind you.',
          },
    };
  },
});
