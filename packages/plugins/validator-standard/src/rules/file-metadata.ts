import { booleanParam, defineRule } from '../engine/standard-rule.js';
import { NOTHING_TO_DO } from '../engine/text.js';
import { readMetadata } from '../file/metadata.js';

/**
 * `file.metadata`: warns when the file carries EXIF, GPS, XMP or comments (personal data, and an
 * EXIF orientation other viewers may ignore). Only presence is read, never values.
 */
export const fileMetadata = defineRule({
  id: 'file.metadata',
  title: { zh: '元数据', en: 'Metadata' },
  measures: {
    zh: '是否含 EXIF、GPS、XMP、注释或 EXIF 方向标记（只检查是否存在）',
    en: 'Presence of EXIF, GPS, XMP, comments or an EXIF orientation (presence only)',
  },
  unit: '',
  params: {
    fail: { type: 'boolean', default: false, description: 'Fail instead of warn when metadata is present.' },
  },
  source: 'PIPL practice (ARCHITECTURE §6): strip metadata from every stored image',
  reasons: {},
  evaluate(ctx) {
    const m = readMetadata(ctx.subject.bytes);
    const found: string[] = [];
    if (m.exif) found.push('exif');
    if (m.gps) found.push('gps');
    if (m.xmp) found.push('xmp');
    if (m.comment) found.push('comment');
    if (m.orientation !== 1) found.push('orientation');
    const expected = { equals: 'none', text: 'no EXIF/GPS/XMP/comments' };
    if (found.length === 0) {
      return {
        status: 'pass',
        measured: 'none',
        expected,
        message: {
          zh: '文件不含 EXIF、GPS 等元数据。',
          en: 'The file carries no EXIF, GPS or other metadata.',
        },
        fix: NOTHING_TO_DO,
      };
    }
    const zh = found
      .map(
        (f) =>
          ({ exif: 'EXIF', gps: 'GPS 位置', xmp: 'XMP', comment: '注释', orientation: 'EXIF 方向标记' })[f],
      )
      .join('、');
    const en = found
      .map(
        (f) =>
          ({
            exif: 'EXIF',
            gps: 'GPS location',
            xmp: 'XMP',
            comment: 'comments',
            orientation: 'an EXIF orientation',
          })[f],
      )
      .join(', ');
    return {
      status: booleanParam(ctx, 'file.metadata', 'fail', false) ? 'fail' : 'warn',
      measured: found.join(','),
      expected,
      message: {
        zh: `文件含有元数据：${zh}${m.gps ? '（会泄露拍摄地点）' : ''}${m.orientation !== 1 ? '；部分系统会忽略方向标记而显示为横向' : ''}。`,
        en: `The file carries metadata: ${en}${m.gps ? ' (it reveals where the photo was taken)' : ''}${m.orientation !== 1 ? '; some systems ignore the orientation and show the photo sideways' : ''}.`,
      },
      fix: {
        zh: '请去除元数据后再提交（例如用本工具重新导出，或在图像软件中“导出为”时不保留元数据）。',
        en: 'Remove the metadata before submitting (export again with this tool, or export without metadata in an image editor).',
      },
    };
  },
});
