import { defineRule } from '../engine/standard-rule.js';
import { fmt, NOTHING_TO_DO } from '../engine/text.js';

/**
 * `file.dimensions`: exactly the spec's canvas, or — when the spec has `canvas.accept` — within its
 * width/height ranges and aspect ratio. Measured on the upright (EXIF-applied) pixels.
 */
export const fileDimensions = defineRule({
  id: 'file.dimensions',
  title: { zh: '像素尺寸', en: 'Pixel size' },
  measures: { zh: '照片宽×高（像素）', en: 'Photo width × height (pixels)' },
  unit: 'px',
  params: {},
  source: 'spec `canvas` (CHSI 480×640, 99号)',
  reasons: {
    sideways: 'width and height are swapped (exact canvas)',
    'wrong-size': 'other pixel dimensions than the exact canvas',
    'wrong-aspect': 'outside `canvas.accept.aspect`',
    'too-small': 'narrower or lower than `canvas.accept` allows',
    'too-large': 'wider or taller than `canvas.accept` allows',
  },
  evaluate(ctx) {
    const { width: w, height: h } = ctx.subject.image;
    const c = ctx.spec.canvas;
    const measured = `${w}x${h}`;
    const accept = c.accept;
    if (!accept) {
      const expected = { equals: `${c.width}x${c.height}`, text: `${c.width}×${c.height} px` };
      if (w === c.width && h === c.height) {
        return {
          status: 'pass',
          measured,
          unit: 'px',
          expected,
          message: { zh: `照片尺寸为 ${w}×${h} 像素。`, en: `The photo is ${w}×${h} px.` },
          fix: NOTHING_TO_DO,
        };
      }
      const swapped = w === c.height && h === c.width;
      return {
        status: 'fail',
        reason: swapped ? 'sideways' : 'wrong-size',
        measured,
        unit: 'px',
        expected,
        message: {
          zh: `照片尺寸为 ${w}×${h} 像素（宽×高），应为 ${c.width}×${c.height} 像素。`,
          en: `The photo is ${w}×${h} px (width×height); expected ${c.width}×${c.height} px.`,
        },
        fix: swapped
          ? {
              zh: '照片方向错了（横竖颠倒），请旋转为竖版后重新保存。',
              en: 'The photo is turned sideways: rotate it upright and save again.',
            }
          : {
              zh: `请按比例裁剪后缩放为 ${c.width}×${c.height} 像素，不要拉伸变形。`,
              en: `Crop to the right proportions, then resize to ${c.width}×${c.height} px without stretching.`,
            },
      };
    }
    const aspect = accept.aspect;
    const ratio = w / h;
    const text = `${accept.minWidth}–${accept.maxWidth} × ${accept.minHeight}–${accept.maxHeight} px${
      aspect ? `, ${fmt(aspect.ratio, 3)} ± ${fmt(aspect.tolerance, 3)}` : ''
    }`;
    const expected = { text };
    const widthOk = w >= accept.minWidth && w <= accept.maxWidth;
    const heightOk = h >= accept.minHeight && h <= accept.maxHeight;
    const aspectOk = !aspect || Math.abs(ratio - aspect.ratio) <= aspect.tolerance;
    if (widthOk && heightOk && aspectOk) {
      return {
        status: 'pass',
        measured,
        unit: 'px',
        expected,
        message: {
          zh: `照片尺寸为 ${w}×${h} 像素，符合 ${text}。`,
          en: `The photo is ${w}×${h} px, within ${text}.`,
        },
        fix: NOTHING_TO_DO,
      };
    }
    const small = w < accept.minWidth || h < accept.minHeight;
    return {
      status: 'fail',
      reason: !aspectOk ? 'wrong-aspect' : small ? 'too-small' : 'too-large',
      measured,
      unit: 'px',
      expected,
      message: {
        zh: `照片尺寸为 ${w}×${h} 像素（宽高比 ${fmt(ratio, 3)}），应为 ${text}。`,
        en: `The photo is ${w}×${h} px (aspect ${fmt(ratio, 3)}); expected ${text}.`,
      },
      fix: !aspectOk
        ? {
            zh: `宽高比不符，请按 ${fmt(aspect!.ratio, 3)}（宽/高）重新裁剪，不要拉伸。`,
            en: `Wrong proportions: crop again to ${fmt(aspect!.ratio, 3)} (width/height) without stretching.`,
          }
        : small
          ? {
              zh: '照片像素太少，请使用更高分辨率的原图重新制作，不要放大小图。',
              en: 'Too few pixels: start again from a higher-resolution original; do not upscale a small image.',
            }
          : {
              zh: '照片像素过多，请按要求缩小尺寸后重新保存。',
              en: 'Too many pixels: scale the photo down to the accepted size and save again.',
            },
    };
  },
});
