import { defineSpec, type SpecDefinition } from '@idphoto/sdk';
import { CALIBRATED_POSE, EXAM_GUIDELINES, examRules, LIGHT_BLUE, LIGHT_GREY, WHITE } from './common.js';
import { examSources } from './sources.js';

/**
 * 成人高考 (adult college entrance exam) registration photo — provincial; most provinces reuse the
 * 99号 template: 480×640 px, 300 dpi, JPG 20–40 KB, white, light grey or light blue, ears and brows
 * visible, used later for 学籍 and graduation checks. Henan's 360×480 white-only variant is not
 * covered. See README.md.
 */
export const adultCollegeEntrance: SpecDefinition = defineSpec({
  id: 'adult-college-entrance',
  version: '2024.1',
  name: { zh: '成人高考报名照片', en: 'Adult college entrance exam (成人高考) photo' },
  description: {
    zh: '成人高考报名照片：480×640 像素，JPG 20–40 KB，白色、浅灰或浅蓝背景，以身份证号命名。',
    en: 'Adult college entrance exam photo: 480×640 px, JPG 20–40 KB, white, light grey or light blue, named by ID number.',
  },
  category: 'exam',
  region: 'CN',
  authority: { name: { zh: '各省教育考试院', en: 'Provincial education examination authorities' } },
  sources: examSources('S1', 'S74', 'S75', 'S76', 'S76b', 'S102', 'IDP'),
  citations: {
    canvas: ['S76', 'S74'],
    'file.format': ['S76'],
    'file.minQuality': ['S74', 'S1'],
    'file.bytes': ['S76'],
    'file.naming': ['S76b'],
    'background.options': ['S74', 'S76', 'S1'],
    'composition.headTop': ['S74', 'S1'],
    'composition.eyeLine': ['S74', 'S1'],
    'composition.faceWidth': ['S74', 'S1'],
    'composition.centreTolerance': ['S1', 'IDP'],
    pose: ['S102', 'IDP'],
    rules: ['S76', 'IDP'],
  },
  canvas: { width: 480, height: 640, dpi: 300 },
  file: {
    format: 'jpeg',
    minQuality: 60,
    bytes: { min: 20 * 1024, max: 40_000 },
    colourDepth: 24,
    naming: {
      pattern: '{idNumber}.jpg',
      description: { zh: '以身份证号命名（部分省份）', en: 'Named by the ID-card number (some provinces)' },
    },
  },
  background: { default: 'white', options: [WHITE, LIGHT_GREY, LIGHT_BLUE] },
  composition: {
    unit: 'px',
    headTop: { min: 50, max: 110 },
    eyeLine: { min: 200, max: 300 },
    faceWidth: { min: 180, max: 300 },
    centreTolerance: 24,
  },
  pose: CALIBRATED_POSE,
  edits: 'background',
  rules: examRules({
    composition: ['composition.head-top', 'composition.eye-line', 'composition.face-width'],
    dpi: true,
    clothes: 'warn',
    ears: true,
  }),
  guidelines: EXAM_GUIDELINES,
  tags: ['exam', '成人高考'],
});
