import { defineRule } from '../engine/standard-rule.js';
import { rangeOutcome } from '../engine/text.js';

/** Bytes per KB in messages: 1024, as Windows and the upload portals display sizes. */
const KB = 1024;

/** `file.size`: file size within the spec's byte range, reported in KB. */
export const fileSize = defineRule({
  id: 'file.size',
  title: { zh: '文件大小', en: 'File size' },
  measures: { zh: '文件字节数，以 KB（1024 字节）显示', en: 'File size in bytes, shown in KB (1024 bytes)' },
  unit: 'KB',
  params: {},
  source: 'spec `file.bytes` (CHSI “一般为 20–40KB”, 99号)',
  reasons: {
    'too-small': 'fewer bytes than `file.bytes.min`',
    'too-large': 'more bytes than `file.bytes.max`',
  },
  evaluate(ctx) {
    const bytes = ctx.subject.bytes.length;
    const r = ctx.spec.file.bytes;
    const range = {
      ...(r.min === undefined ? {} : { min: r.min / KB }),
      ...(r.max === undefined ? {} : { max: r.max / KB }),
    };
    const q = ctx.spec.file.minQuality;
    return rangeOutcome(
      bytes / KB,
      range,
      'KB',
      {
        lowReason: 'too-small',
        highReason: 'too-large',
        subject: (v) => ({ zh: `文件大小为 ${v}`, en: `The file is ${v}` }),
        low: {
          zh: '文件过小：请提高 JPEG 压缩质量后重新保存；若照片本身模糊或尺寸过小，请用清晰的原图重新制作。',
          en: 'The file is too small: save again at a higher JPEG quality; if the photo itself is blurry or tiny, start again from a sharp original.',
        },
        high: {
          zh: `文件过大：请适当降低 JPEG 压缩质量（不低于 ${q}）并去除元数据后重新保存。`,
          en: `The file is too large: save again at a lower JPEG quality (not below ${q}) without metadata.`,
        },
      },
      1,
    );
  },
});
