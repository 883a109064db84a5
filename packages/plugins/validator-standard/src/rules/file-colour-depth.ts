import { defineRule } from '../engine/standard-rule.js';
import { NOTHING_TO_DO } from '../engine/text.js';
import { fileFacts } from '../file/file-facts.js';

/** `file.colour-depth`: bits per pixel as stored (24 = three 8-bit components). */
export const fileColourDepth = defineRule({
  id: 'file.colour-depth',
  title: { zh: '色彩深度', en: 'Colour depth' },
  measures: {
    zh: '存储的每像素位数（JPEG：分量数 × 精度；PNG：通道数 × 位深）',
    en: 'Stored bits per pixel (JPEG components × precision; PNG channels × bit depth)',
  },
  unit: 'bit',
  params: {},
  source: 'spec `file.colourDepth` (CHSI 24-bit true colour, 99号)',
  reasons: {
    greyscale: 'a greyscale file where colour is required',
    cmyk: 'a CMYK JPEG',
    'has-alpha': 'a PNG with an alpha channel',
    palette: 'a palette (indexed) PNG',
    'wrong-depth': 'RGB, but not at the bits per pixel the spec requires (e.g. 48-bit PNG)',
  },
  evaluate(ctx) {
    const { jpeg, png } = fileFacts(ctx);
    const want = ctx.spec.file.colourDepth;
    const expected = { equals: want, text: want === 24 ? '24-bit RGB' : `${want}-bit` };
    const bits = jpeg ? jpeg.components * jpeg.precision : png ? png.bitsPerPixel : null;
    if (bits === null) return null; // not a JPEG or PNG: file.format reports that
    const kind = describe(jpeg ? jpeg.components : (png?.colourType ?? 2), jpeg !== null);
    if (bits === want && (want !== 24 || kind.en === 'RGB')) {
      return {
        status: 'pass',
        measured: bits,
        unit: 'bit',
        expected,
        message: {
          zh: `色彩深度为 ${bits} 位（${kind.zh}）。`,
          en: `Colour depth is ${bits}-bit (${kind.en}).`,
        },
        fix: NOTHING_TO_DO,
      };
    }
    return {
      status: 'fail',
      reason: kind.reason,
      measured: bits,
      unit: 'bit',
      expected,
      message: {
        zh: `色彩深度为 ${bits} 位（${kind.zh}），应为 ${want} 位${want === 24 ? '真彩色（RGB）' : ''}。`,
        en: `Colour depth is ${bits}-bit (${kind.en}); expected ${expected.text}.`,
      },
      fix: {
        zh: '请转换为 RGB 颜色模式、每通道 8 位后重新保存（不要保存为灰度、CMYK 或带透明通道）。',
        en: 'Convert to RGB, 8 bits per channel, and save again (not greyscale, CMYK or with transparency).',
      },
    };
  },
});

/** What the stored components are, and the `reason` when they are not what the spec wants. */
function describe(code: number, jpeg: boolean): { zh: string; en: string; reason: string } {
  if (jpeg) {
    if (code === 3) return { zh: 'RGB', en: 'RGB', reason: 'wrong-depth' };
    if (code === 1) return { zh: '灰度', en: 'greyscale', reason: 'greyscale' };
    if (code === 4) return { zh: 'CMYK', en: 'CMYK', reason: 'cmyk' };
    return { zh: `${code} 个分量`, en: `${code} components`, reason: 'wrong-depth' };
  }
  if (code === 2) return { zh: 'RGB', en: 'RGB', reason: 'wrong-depth' };
  if (code === 6) return { zh: 'RGB + 透明通道', en: 'RGB + alpha', reason: 'has-alpha' };
  if (code === 3) return { zh: '索引色', en: 'palette', reason: 'palette' };
  // 0 = greyscale, 4 = greyscale + alpha
  return { zh: '灰度', en: 'greyscale', reason: 'greyscale' };
}
