import { type BackgroundOption, tupleToRgb } from '@idphoto/sdk';
import { deltaE2000, hex, type Lab, labOf } from '../colour/colour.js';
import { defineRule, numberParam } from '../engine/standard-rule.js';
import { fmt, NOTHING_TO_DO, round } from '../engine/text.js';
import { backgroundStats } from '../measure/background.js';

/**
 * `background.colour`: CIEDE2000 between the robust median background colour and the expected
 * option — the one the photo was made for (`background`, possibly a custom colour the spec allows),
 * else the nearest spec option.
 */
export const backgroundColour = defineRule({
  id: 'background.colour',
  title: { zh: '背景颜色', en: 'Background colour' },
  measures: {
    zh: '背景中位色与规定背景色之间的 CIEDE2000 色差（背景 = 抠图判定的非人像区域并远离边缘；无抠图时取上/左右边带并去除人脸与躯干）',
    en: 'CIEDE2000 between the median background colour and the expected option (background = matte non-subject pixels away from the edge; without a matte, edge bands minus face and torso)',
  },
  unit: 'ΔE00',
  params: {
    maxDeltaE: {
      type: 'number',
      default: 'spec',
      description: 'Largest ΔE00 (default `spec.background.maxDeltaE`).',
    },
  },
  source:
    'spec `background.options` (CHSI RGB values, 99号), `background.maxDeltaE` (spec default 10; ΔE00 ≈ 2 is just noticeable)',
  reasons: {
    'no-background': 'the subject fills the frame: no background to measure',
    'wrong-colour': 'the background is another colour than the expected option',
    'too-dark':
      'the background is much darker than the expected option (CIE L* more than 8 below): under-lit',
  },
  evaluate(ctx) {
    const stats = backgroundStats(ctx);
    const max = numberParam(ctx, 'background.colour', 'maxDeltaE', ctx.spec.background.maxDeltaE);
    const options = ctx.spec.background.options;
    if (!stats) {
      return {
        status: 'fail',
        reason: 'no-background',
        measured: null,
        unit: 'ΔE00',
        expected: { max, text: `≤ ${fmt(max)} ΔE00` },
        message: {
          zh: '照片中几乎没有背景区域，无法测量背景颜色。',
          en: 'The photo shows almost no background, so its colour cannot be measured.',
        },
        fix: {
          zh: '人像占满了画面：请重新裁剪，在头部周围留出背景。',
          en: 'The subject fills the frame: crop again with background around the head.',
        },
      };
    }
    const measuredLab = stats.medianLab;
    const requested = ctx.background;
    const chosen: BackgroundOption | undefined = requested
      ? (options.find((o) => o.id === requested.id) ?? {
          id: 'custom',
          name: { zh: '自定义颜色', en: 'Custom colour' },
          rgb: [requested.rgb.r, requested.rgb.g, requested.rgb.b],
        })
      : undefined;
    const nearest = nearestOption(options, measuredLab);
    const target = chosen ?? nearest.option;
    const targetLab = labOf(tupleToRgb(target.rgb));
    const de = deltaE2000(measuredLab, targetLab);
    const name = target.name;
    const rgbText = `(${target.rgb.join(', ')})`;
    const measuredHex = hex(stats.median);
    const expected = { max, text: `≤ ${fmt(max)} ΔE00 from ${name.en} ${rgbText}` };
    const base = { measured: round(de), unit: 'ΔE00', expected };
    if (de <= max) {
      return {
        ...base,
        status: 'pass',
        message: {
          zh: `背景颜色 ${measuredHex} 与规定的${name.zh} ${rgbText} 相差 ΔE ${fmt(de)}，不超过 ${fmt(max)}。`,
          en: `The background ${measuredHex} is ΔE ${fmt(de)} from ${name.en} ${rgbText}, within ${fmt(max)}.`,
        },
        fix: NOTHING_TO_DO,
      };
    }
    const custom = !chosen && ctx.spec.background.allowCustom;
    const other =
      chosen && nearest.option.id !== chosen.id && nearest.deltaE <= max ? nearest.option : undefined;
    const darker = measuredLab.l < targetLab.l - 8;
    return {
      ...base,
      status: custom ? 'warn' : 'fail',
      reason: darker ? 'too-dark' : 'wrong-colour',
      message: {
        zh: `背景颜色 ${measuredHex} 与规定的${name.zh} ${rgbText} 相差 ΔE ${fmt(de)}，应不超过 ${fmt(max)}${other ? `（实际更接近${other.name.zh}）` : ''}${darker ? '；背景偏暗' : ''}。`,
        en: `The background ${measuredHex} is ΔE ${fmt(de)} from ${name.en} ${rgbText}; expected at most ${fmt(max)}${other ? ` (it is closer to ${other.name.en})` : ''}${darker ? '; the background is too dark' : ''}.`,
      },
      fix:
        ctx.spec.edits === 'none'
          ? {
              // Crop-only specs: the authority accepts no edited pixels, so only a new photo helps.
              zh: `该规格不允许替换背景：请在${name.zh}纯色背景前重新拍摄${darker ? '，并给背景补光（背景偏暗）' : ''}；同时检查是否偏色（白平衡）。`,
              en: `This spec allows no background replacement: shoot again in front of a plain ${name.en.toLowerCase()} background${darker ? ', with the background lit (it is too dark)' : ''}; also check the white balance.`,
            }
          : {
              zh: `请使用${name.zh}纯色背景重新拍摄，或用本工具替换为${name.zh}背景${darker ? '；背景偏暗时请给背景补光' : ''}；同时检查是否偏色（白平衡）。`,
              en: `Shoot again in front of a plain ${name.en.toLowerCase()} background, or replace the background with this tool${darker ? '; light the background, it is too dark' : ''}; also check the white balance.`,
            },
    };
  },
});

function nearestOption(
  options: readonly BackgroundOption[],
  lab: Lab,
): { option: BackgroundOption; deltaE: number } {
  let best = { option: options[0]!, deltaE: Number.POSITIVE_INFINITY };
  for (const option of options) {
    const de = deltaE2000(lab, labOf(tupleToRgb(option.rgb)));
    if (de < best.deltaE) best = { option, deltaE: de };
  }
  return best;
}
