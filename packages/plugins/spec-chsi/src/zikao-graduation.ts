import { defineSpec, type SpecDefinition } from '@idphoto/sdk';
import { chsiGraduation } from './chsi-graduation.js';
import { chsiSources } from './sources.js';

/**
 * 高等教育自学考试毕业证书电子注册图像 — the national 自考 template. Same structure and numbers as
 * 教毕指〔2017〕99号 (480×640, 300 dpi, q ≥ 60, 20–40 KB, hairline 50–110 px, eyes 200–300 px,
 * face 180–300 px), with the light-blue background the template names (S5). Tianjin and Yunnan use it
 * as is; Jiangsu also accepts white and light grey (use `chsi-graduation`). See README.md.
 */
export const chsiZikaoGraduation: SpecDefinition = defineSpec({
  ...chsiGraduation,
  id: 'chsi-zikao-graduation',
  version: '2017.zk.1',
  name: {
    zh: '自考毕业证书电子注册照片（全国模板）',
    en: 'Self-taught exam (自考) graduation photo, national template',
  },
  description: {
    zh: '高等教育自学考试毕业证书电子注册图像：480×640 像素，浅蓝色背景 RGB(100,197,255)。',
    en: 'Electronic registration image for self-taught higher-education exam (自考) certificates: 480×640 px, light blue RGB (100, 197, 255).',
  },
  authority: {
    name: {
      zh: '各省高等教育自学考试委员会（全国模板）',
      en: 'Provincial self-taught exam (自考) offices, national template',
    },
    document: '《高等教育自学考试毕业证书电子注册图像采集规范及信息标准》',
  },
  sources: chsiSources('S1', 'S4', 'S5', 'S10', 'S26', 'S102', 'IDP'),
  citations: {
    canvas: ['S4', 'S5', 'S10'],
    'file.format': ['S4', 'S5'],
    'file.minQuality': ['S4', 'S5'],
    'file.bytes': ['S5', 'S10'],
    'file.colourDepth': ['S4', 'S5'],
    'background.options': ['S5'],
    'composition.headTop': ['S4', 'S5'],
    'composition.eyeLine': ['S4', 'S5'],
    'composition.faceWidth': ['S4', 'S5'],
    'composition.centreTolerance': ['S1', 'IDP'],
    pose: ['S102', 'S26'],
    rules: ['S26', 'IDP'],
  },
  background: {
    ...chsiGraduation.background,
    default: 'blue',
    options: [{ id: 'blue', name: { zh: '浅蓝色', en: 'Light blue' }, rgb: [100, 197, 255] }],
  },
  tags: ['chsi', '学信网', '自考', 'graduation'],
});
