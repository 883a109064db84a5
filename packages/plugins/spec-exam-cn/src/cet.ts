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
 * 全国大学英语四、六级考试 (CET) registration photo (NEEA): light blue or white, at least 144×192 px,
 * JPG 20–200 KB, named `{idNumber}.jpg`, 成像区 1/10 · 7/10 · 1/5. The output is 480×640 px
 * (Chongqing 2025): at 144×192 no JPEG reaches the 20 KB floor. See README.md.
 */
export const cet: SpecDefinition = defineSpec({
  id: 'cet',
  version: '2024.1',
  name: { zh: '英语四六级报名照片', en: 'CET (College English Test) registration photo' },
  description: {
    zh: '全国大学英语四、六级考试报名照片：浅蓝或白色背景，不小于 144×192 像素，20–200 KB，以身份证号命名。',
    en: 'CET registration photo: light blue or white, at least 144×192 px, 20–200 KB, named by ID number.',
  },
  category: 'exam',
  region: 'CN',
  authority: { name: { zh: '教育部教育考试院', en: 'National Education Examinations Authority (NEEA)' } },
  sources: examSources('S1', 'S56', 'S57', 'S58', 'S102', 'IDP'),
  citations: {
    canvas: ['S58', 'IDP'],
    'canvas.accept': ['S56', 'IDP'],
    'file.format': ['S56'],
    'file.bytes': ['S56'],
    'file.naming': ['S56', 'S57'],
    'background.options': ['S56', 'S1'],
    'composition.headTop': ['S56', 'IDP'],
    'composition.headHeight': ['S56', 'IDP'],
    'composition.centreTolerance': ['IDP'],
    pose: ['S102', 'IDP'],
    rules: ['S56', 'IDP'],
  },
  canvas: { width: 480, height: 640, dpi: 300, accept: NEEA_ACCEPT },
  file: {
    format: 'jpeg',
    bytes: { min: 20 * 1024, max: 200_000 },
    colourDepth: 24,
    naming: {
      pattern: '{idNumber}.jpg',
      description: { zh: '以身份证号命名', en: 'Named by the ID-card number' },
    },
  },
  background: { default: 'blue', options: [LIGHT_BLUE, WHITE] },
  composition: NEEA_COMPOSITION,
  pose: CALIBRATED_POSE,
  edits: 'background',
  rules: examRules({ composition: ['composition.head-top', 'composition.head-height'], clothes: 'warn' }),
  guidelines: [
    ...EXAM_GUIDELINES,
    {
      zh: '照片须竖直向上，不能横置或倒置。',
      en: 'Upload the photo upright, never sideways or upside down.',
    },
  ],
  tags: ['exam', 'CET', '四六级'],
});
