import { defineSpec, type SpecDefinition } from '@idphoto/sdk';
import { CALIBRATED_POSE, EXAM_GUIDELINES, examRules, LIGHT_BLUE, WHITE } from './common.js';
import { examSources } from './sources.js';

/**
 * 普通话水平测试 photo — **low confidence**: provincial test stations set their own rules; the only
 * text found (one unattributed excerpt) gives 390×567 px, white/blue/red, JPG ≤ 200 KB, named by ID
 * number. The composition is the 出入境 technical version for the same 390×567 frame. See README.md.
 */
export const putonghua: SpecDefinition = defineSpec({
  id: 'putonghua',
  version: '2024.0',
  name: { zh: '普通话水平测试照片（参考）', en: 'Putonghua proficiency test photo (indicative)' },
  description: {
    zh: '普通话水平测试报名照片（各省测试站要求不一，仅供参考）：390×567 像素，白色或蓝色背景，不超过 200 KB。',
    en: 'Putonghua proficiency test photo (stations differ; indicative only): 390×567 px, white or blue, at most 200 KB.',
  },
  category: 'exam',
  region: 'CN',
  authority: { name: { zh: '各省普通话水平测试站', en: 'Provincial Putonghua test stations' } },
  sources: examSources('S1', 'PTH', 'S80', 'S102', 'IDP'),
  citations: {
    canvas: ['PTH'],
    'file.format': ['PTH'],
    'file.bytes': ['PTH'],
    'file.naming': ['PTH'],
    'background.options': ['PTH', 'S1'],
    'composition.headTop': ['S80'],
    'composition.eyeLine': ['S80'],
    'composition.faceWidth': ['S80'],
    'composition.headHeight': ['S80'],
    'composition.centreTolerance': ['IDP'],
    pose: ['S102', 'IDP'],
    rules: ['IDP'],
  },
  canvas: { width: 390, height: 567, dpi: 300, printMm: { width: 33, height: 48 } },
  file: {
    format: 'jpeg',
    bytes: { max: 200_000 },
    colourDepth: 24,
    naming: {
      pattern: '{idNumber}.jpg',
      description: { zh: '以身份证号命名', en: 'Named by the ID-card number' },
    },
  },
  background: { default: 'white', options: [WHITE, LIGHT_BLUE] },
  composition: {
    unit: 'px',
    headTop: { min: 25, max: 45 },
    eyeLine: { min: 152, max: 246 },
    faceWidth: { min: 189, max: 283 },
    headHeight: { min: 354, max: 402 },
    centreTolerance: 20,
  },
  pose: CALIBRATED_POSE,
  edits: 'background',
  rules: examRules({
    composition: [
      'composition.head-top',
      'composition.eye-line',
      'composition.face-width',
      'composition.head-height',
    ],
    clothes: 'warn',
  }),
  guidelines: [
    {
      zh: '各省测试站要求不同，请以报名通知为准。',
      en: 'Provincial test stations differ: follow your registration notice.',
    },
    ...EXAM_GUIDELINES,
  ],
  tags: ['exam', '普通话', 'putonghua', 'low-confidence'],
});
