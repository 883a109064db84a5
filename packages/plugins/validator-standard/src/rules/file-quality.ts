import { estimateJpegQuality } from '@idphoto/sdk';
import { defineRule, numberParam } from '../engine/standard-rule.js';
import { NOTHING_TO_DO } from '../engine/text.js';

/**
 * `file.quality`: the JPEG quality factor, estimated from the quantisation tables, is at least the
 * spec's floor. Not applicable to PNG.
 */
export const fileQuality = defineRule({
  id: 'file.quality',
  title: { zh: 'JPEG 压缩质量', en: 'JPEG quality' },
  measures: {
    zh: '由量化表估算的 JPEG 质量因子（IJG 1–100，兼容 libjpeg 与 mozjpeg 量化表）',
    en: 'JPEG quality factor estimated from the quantisation tables (IJG 1–100; libjpeg and mozjpeg tables)',
  },
  unit: '',
  params: {
    min: { type: 'number', default: 'spec', description: 'Lowest quality (default `spec.file.minQuality`).' },
  },
  source: 'spec `file.minQuality` (CHSI “压缩质量不低于 60”, 99号)',
  reasons: {
    unreadable: 'the JPEG has no quantisation tables (damaged file)',
    'too-low': 'estimated quality below the floor',
  },
  evaluate(ctx) {
    if (ctx.spec.file.format !== 'jpeg') return null;
    const bytes = ctx.subject.bytes;
    if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null; // file.format reports a non-JPEG
    const min = numberParam(ctx, 'file.quality', 'min', ctx.spec.file.minQuality);
    const estimate = estimateJpegQuality(bytes);
    const expected = { min, text: `≥ ${min}` };
    if (!estimate) {
      return {
        status: 'fail',
        reason: 'unreadable',
        measured: null,
        expected,
        message: {
          zh: 'JPEG 文件中没有量化表，无法判断压缩质量。',
          en: 'The JPEG has no quantisation tables, so its quality cannot be read.',
        },
        fix: {
          zh: '文件可能已损坏，请用图像软件重新保存为标准 JPEG。',
          en: 'The file may be damaged: save it again as a standard JPEG.',
        },
      };
    }
    const q = estimate.quality;
    if (q >= min) {
      return {
        status: 'pass',
        measured: q,
        expected,
        message: {
          zh: `JPEG 压缩质量约为 ${q}，不低于 ${min}。`,
          en: `JPEG quality is about ${q}, at least ${min}.`,
        },
        fix: NOTHING_TO_DO,
      };
    }
    return {
      status: 'fail',
      reason: 'too-low',
      measured: q,
      expected,
      message: {
        zh: `JPEG 压缩质量约为 ${q}，应不低于 ${min}。`,
        en: `JPEG quality is about ${q}; expected at least ${min}.`,
      },
      fix: {
        zh: `请从原图以不低于 ${min} 的质量重新保存，不要对已压缩的照片反复压缩。`,
        en: `Save again from the original at quality ${min} or higher; do not recompress an already compressed photo.`,
      },
    };
  },
});
