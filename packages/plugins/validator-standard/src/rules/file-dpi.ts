import { defineRule, numberParam } from '../engine/standard-rule.js';
import { NOTHING_TO_DO } from '../engine/text.js';
import { readMetadata } from '../file/metadata.js';

/**
 * `file.dpi`: the resolution tag (JPEG JFIF density, PNG pHYs) equals the spec's DPI — or, when the
 * spec gives `min`/`max`, lies in that range (e.g. 出入境 photos: 300–600 dpi).
 */
export const fileDpi = defineRule({
  id: 'file.dpi',
  title: { zh: '分辨率（DPI）', en: 'Resolution (DPI)' },
  measures: {
    zh: 'JFIF 密度（JPEG，无 JFIF 时取 EXIF XResolution）或 pHYs（PNG）中的每英寸像素数',
    en: 'Pixels per inch from the JFIF density (JPEG; EXIF XResolution when there is no JFIF header) or pHYs (PNG)',
  },
  unit: 'dpi',
  params: {
    tolerance: {
      type: 'number',
      default: 1,
      description: 'Allowed |dpi − canvas.dpi| (dots-per-cm files round 300 dpi to 299.7).',
    },
    min: {
      type: 'number',
      default: 'spec',
      description:
        'Lowest accepted dpi when the authority gives a range (replaces the equality with canvas.dpi).',
    },
    max: {
      type: 'number',
      default: 'spec',
      description:
        'Highest accepted dpi when the authority gives a range (replaces the equality with canvas.dpi).',
    },
  },
  source: 'spec `canvas.dpi` (CHSI 300 dpi, 99号)',
  reasons: {
    missing: 'the file records no resolution',
    'too-low': 'below `canvas.dpi` (or the `min` param)',
    'too-high': 'above `canvas.dpi` (or the `max` param)',
  },
  evaluate(ctx) {
    const dpi = readMetadata(ctx.subject.bytes).dpi;
    const want = ctx.spec.canvas.dpi;
    const tolerance = numberParam(ctx, 'file.dpi', 'tolerance', 1);
    const ranged = ctx.params['min'] !== undefined || ctx.params['max'] !== undefined;
    const lo = numberParam(ctx, 'file.dpi', 'min', want);
    const hi = numberParam(ctx, 'file.dpi', 'max', want);
    const wanted = ranged ? `${lo}–${hi} dpi` : `${want} dpi`;
    const expected = ranged ? { min: lo, max: hi, text: wanted } : { equals: want, text: wanted };
    if (dpi === null) {
      return {
        status: 'fail',
        reason: 'missing',
        measured: null,
        unit: 'dpi',
        expected,
        message: {
          zh: `文件没有记录分辨率（DPI），应为 ${wanted}。`,
          en: `The file records no resolution (DPI); expected ${wanted}.`,
        },
        fix: {
          zh: `请在图像软件中把分辨率设为 ${want} 像素/英寸后重新保存。`,
          en: `Set the resolution to ${want} pixels per inch in an image editor and save again.`,
        },
      };
    }
    if (dpi >= lo - tolerance && dpi <= hi + tolerance) {
      return {
        status: 'pass',
        measured: dpi,
        unit: 'dpi',
        expected,
        message: { zh: `分辨率为 ${dpi} dpi。`, en: `The resolution is ${dpi} dpi.` },
        fix: NOTHING_TO_DO,
      };
    }
    return {
      status: 'fail',
      reason: dpi < lo - tolerance ? 'too-low' : 'too-high',
      measured: dpi,
      unit: 'dpi',
      expected,
      message: {
        zh: `分辨率为 ${dpi} dpi，应为 ${wanted}。`,
        en: `The resolution is ${dpi} dpi; expected ${wanted}.`,
      },
      fix: {
        zh: `请只修改分辨率标记为 ${want} dpi（不要重新采样改变像素尺寸）后重新保存。`,
        en: `Change only the resolution tag to ${want} dpi (without resampling the pixels) and save again.`,
      },
    };
  },
});
