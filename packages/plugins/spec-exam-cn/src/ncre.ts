import { defineSpec, type SpecDefinition } from '@idphoto/sdk';
import {
  CALIBRATED_POSE,
  EXAM_GUIDELINES,
  examRules,
  LIGHT_BLUE,
  NEEA_ACCEPT,
  NEEA_COMPOSITION,
  WHITE,
} from './common.js';
import { examSources } from './sources.js';

/**
 * 全国计算机等级考试 (NCRE) photo (NEEA), printed on the admission ticket and the certificate: light
 * blue or white, at least 144×192 px, JPG 20–200 KB, 成像区 1/10 · 7/10 · 1/5. Crop only: the review
 * rejects Photoshopped backgrounds ("不得PS背景") and clothes close to the background. See README.md.
 */
export const ncre: SpecDefinition = defineSpec({
  id: 'ncre',
  version: '2024.1',
  name: { zh: '计算机等级考试报名照片', en: 'NCRE (National Computer Rank Examination) photo' },
  description: {
    zh: '全国计算机等级考试报名照片：浅蓝或白色背景，不小于 144×192 像素，20–200 KB，不得 PS 背景。',
    en: 'NCRE photo: light blue or white, at least 144×192 px, 20–200 KB, background must not be edited.',
  },
  category: 'exam',
  region: 'CN',
  authority: { name: { zh: '教育部教育考试院', en: 'National Education Examinations Authority (NEEA)' } },
  sources: examSources('S1', 'S41', 'S60', 'S61', 'S102', 'IDP'),
  citations: {
    canvas: ['S60', 'IDP'],
    'canvas.accept': ['S60', 'S41', 'IDP'],
    'file.format': ['S41', 'S60'],
    'file.bytes': ['S41', 'S60', 'S61'],
    'background.options': ['S60', 'S61', 'S1'],
    'composition.headTop': ['S60', 'IDP'],
    'composition.headHeight': ['S60', 'IDP'],
    'composition.centreTolerance': ['IDP'],
    pose: ['S102', 'IDP'],
    edits: ['S41'],
    rules: ['S41', 'IDP'],
  },
  canvas: { width: 480, height: 640, dpi: 300, accept: NEEA_ACCEPT },
  file: { format: 'jpeg', bytes: { min: 20 * 1024, max: 200_000 }, colourDepth: 24 },
  background: { default: 'blue', options: [LIGHT_BLUE, WHITE] },
  composition: NEEA_COMPOSITION,
  pose: CALIBRATED_POSE,
  edits: 'none',
  rules: examRules({
    composition: ['composition.head-top', 'composition.head-height'],
    clothes: 'fail',
    ears: true,
  }),
  guidelines: [
    ...EXAM_GUIDELINES,
    {
      zh: '背景须为实拍的浅蓝或白色墙面，不得 PS 替换背景。',
      en: 'Shoot against a real light-blue or white wall: the background must not be replaced.',
    },
  ],
  tags: ['exam', 'NCRE', '计算机等级考试'],
});
