import { defineSpec, type SpecDefinition } from '@idphoto/sdk';
import { chsiGraduation } from './chsi-graduation.js';
import { chsiSources } from './sources.js';
import { chsiZikaoGraduation } from './zikao-graduation.js';

/**
 * 新疆自考毕业证书电子注册图像 (2023): the national 自考 template on a **white background only**
 * (S8, S9), photo taken within half a year before applying. See README.md.
 */
export const chsiZikaoXinjiang: SpecDefinition = defineSpec({
  ...chsiZikaoGraduation,
  id: 'chsi-zikao-xinjiang',
  version: '2023.xj.1',
  name: {
    zh: '新疆自考毕业证书电子注册照片（白底）',
    en: 'Xinjiang self-taught exam graduation photo (white)',
  },
  description: {
    zh: '新疆高等教育自学考试毕业图像：480×640 像素，仅限白色背景，半年内近照。',
    en: 'Xinjiang self-taught exam (自考) graduation image: 480×640 px, white background only, taken within half a year.',
  },
  authority: {
    name: { zh: '新疆维吾尔自治区高等教育自学考试委员会', en: 'Xinjiang self-taught exam (自考) office' },
    document: '《高等教育自学考试毕业证书电子注册图像采集规范及信息标准》（新疆 2023 通知）',
  },
  sources: chsiSources('S1', 'S4', 'S5', 'S8', 'S9', 'S10', 'S26', 'S102', 'IDP'),
  citations: { ...chsiZikaoGraduation.citations, 'background.options': ['S8', 'S9'] },
  background: {
    ...chsiGraduation.background,
    default: 'white',
    options: [{ id: 'white', name: { zh: '白色', en: 'White' }, rgb: [255, 255, 255] }],
  },
  guidelines: [
    { zh: '须为报名前半年内拍摄的近照。', en: 'The photo must be taken within half a year before applying.' },
    ...chsiGraduation.guidelines.filter((g) => !g.zh.includes('蓝底')),
    {
      zh: '白底照片请勿穿白色或浅色上衣。',
      en: 'On the white background, do not wear a white or very light top.',
    },
  ],
  tags: ['chsi', '自考', 'xinjiang', '新疆', 'graduation'],
});
