import { defineSpec, type SpecDefinition } from '@idphoto/sdk';
import { CALIBRATED_POSE, EXAM_GUIDELINES, examRules, WHITE } from './common.js';
import { examSources } from './sources.js';

/**
 * 中小学教师资格考试 (NTCE) written-exam registration photo: white, 150×200 px, JPG ≤ 200 KB, head and
 * top of the shoulders, within 6 months. The board gives no composition numbers; 99号's proportions
 * are used (low confidence). See README.md.
 */
export const ntce: SpecDefinition = defineSpec({
  id: 'ntce',
  version: '2024.1',
  name: { zh: '教师资格考试报名照片', en: 'Teacher qualification exam (NTCE) photo' },
  description: {
    zh: '中小学教师资格考试报名照片：白色背景，150×200 像素，JPG 不超过 200 KB，半年内近照。',
    en: 'Teacher qualification written-exam photo: white, 150×200 px, JPG at most 200 KB, taken within 6 months.',
  },
  category: 'exam',
  region: 'CN',
  authority: { name: { zh: '教育部教育考试院', en: 'National Education Examinations Authority (NEEA)' } },
  sources: examSources('S1', 'S67', 'S68', 'S69', 'S102', 'IDP'),
  citations: {
    canvas: ['S67', 'S68'],
    'canvas.dpi': ['IDP'],
    'file.format': ['S67', 'S68'],
    'file.bytes': ['S67', 'S68'],
    'background.options': ['S67', 'S68'],
    'composition.headTop': ['S1', 'IDP'],
    'composition.eyeLine': ['S1', 'IDP'],
    'composition.faceWidth': ['S1', 'IDP'],
    'composition.centreTolerance': ['IDP'],
    pose: ['S102', 'IDP'],
    rules: ['S67', 'IDP'],
  },
  canvas: { width: 150, height: 200, dpi: 300 },
  file: { format: 'jpeg', bytes: { max: 200_000 }, colourDepth: 24 },
  background: { default: 'white', options: [WHITE] },
  composition: {
    unit: 'fraction',
    // 99号's 50–110, 200–300 and 180–300 px on 480×640 as fractions (the board gives none).
    headTop: { min: 50 / 640, max: 110 / 640 },
    eyeLine: { min: 200 / 640, max: 300 / 640 },
    faceWidth: { min: 180 / 480, max: 300 / 480 },
    centreTolerance: 0.05,
  },
  pose: CALIBRATED_POSE,
  edits: 'background',
  rules: examRules({
    composition: ['composition.head-top', 'composition.eye-line', 'composition.face-width'],
    clothes: 'warn',
  }),
  guidelines: [
    {
      zh: '半年内近照，露出头部和肩膀上部；不戴帽子、头巾、发带、墨镜。',
      en: 'Taken within 6 months, head and top of the shoulders; no hat, headscarf, hairband or sunglasses.',
    },
    ...EXAM_GUIDELINES,
  ],
  tags: ['exam', '教师资格', 'NTCE'],
});
