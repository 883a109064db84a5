import { defineRule } from '../engine/standard-rule.js';
import { NOTHING_TO_DO } from '../engine/text.js';
import { fileFacts, formatName } from '../file/file-facts.js';

/** `file.format`: the container the authority accepts, and baseline (not progressive) JPEG when required. */
export const fileFormat = defineRule({
  id: 'file.format',
  title: { zh: '文件格式', en: 'File format' },
  measures: {
    zh: '文件头识别的格式（不看扩展名）；JPEG 是否为基线编码',
    en: 'Format sniffed from the bytes (never the name); baseline vs progressive JPEG',
  },
  unit: '',
  params: {},
  source: 'spec `file.format`, `file.baseline` (CHSI: baseline JPEG, 99号)',
  reasons: {
    'wrong-format': 'the bytes are another format than `file.format` (renamed files included)',
    'not-baseline': 'a progressive or extended JPEG where the spec requires baseline',
  },
  evaluate(ctx) {
    const { format, jpeg } = fileFacts(ctx);
    const want = ctx.spec.file.format;
    const wantBaseline = want === 'jpeg' && ctx.spec.file.baseline;
    const expectedText = wantBaseline ? 'JPEG (baseline)' : formatName(want);
    const expectedZh = wantBaseline ? 'JPEG（基线）' : formatName(want);
    const measured =
      format === 'jpeg' && jpeg
        ? jpeg.baseline
          ? 'jpeg-baseline'
          : jpeg.progressive
            ? 'jpeg-progressive'
            : 'jpeg-extended'
        : format;
    const expected = { equals: wantBaseline ? 'jpeg-baseline' : want, text: expectedText };
    if (format !== want) {
      return {
        status: 'fail',
        reason: 'wrong-format',
        measured,
        expected,
        message: {
          zh: `文件实际格式为 ${formatName(format)}，应为 ${formatName(want)}。`,
          en: `The file is ${formatName(format)}; expected ${expectedText}.`,
        },
        fix: {
          zh: `请用图像软件另存为 ${formatName(want)} 格式（只改扩展名无效）。`,
          en: `Save the photo as ${formatName(want)} in an image editor (renaming the file does not convert it).`,
        },
      };
    }
    if (wantBaseline && measured !== 'jpeg-baseline') {
      const kind =
        measured === 'jpeg-progressive'
          ? { zh: '渐进式', en: 'progressive' }
          : { zh: '扩展（非基线）', en: 'extended (non-baseline)' };
      return {
        status: 'fail',
        reason: 'not-baseline',
        measured,
        expected,
        message: {
          zh: `文件为${kind.zh} JPEG，应为基线（baseline）JPEG。`,
          en: `The file is a ${kind.en} JPEG; expected a baseline JPEG.`,
        },
        fix: {
          zh: '请以“基线（标准）”方式重新保存 JPEG，不要勾选“渐进式”。',
          en: 'Save the JPEG again as baseline (standard), with "progressive" turned off.',
        },
      };
    }
    return {
      status: 'pass',
      measured,
      expected,
      message: { zh: `文件格式为 ${expectedZh}。`, en: `The file is ${expectedText}.` },
      fix: NOTHING_TO_DO,
    };
  },
});
