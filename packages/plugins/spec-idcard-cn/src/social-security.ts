import { defineSpec, type SpecDefinition } from '@idphoto/sdk';
import { IDCARD_GUIDELINES, idcardRules, WHITE } from './common.js';
import { idcardSources } from './sources.js';

/**
 * 社会保障卡制证用数字相片 (MOHRSS): 358×441 px at 350 dpi, white, JPEG quality factor 70,
 * 14–40 KB, face 179–255 px, hair top 7–21 px, eye-line midpoint 162–196 px from the left edge,
 * eyes at least 207 px above the bottom. Normative references ISO/IEC 19794-5 and ICAO 9303, so the
 * ICAO pose limits and a closed mouth apply. See README.md.
 */
export const cnSocialSecurity: SpecDefinition = defineSpec({
  id: 'cn-social-security',
  version: '2019.1',
  name: { zh: '社会保障卡照片', en: 'Chinese social security card photo' },
  description: {
    zh: '社会保障卡制证用数字相片：358×441 像素，350 dpi，白色背景，14–40 KB。',
    en: 'Digital photo for the social security card: 358×441 px, 350 dpi, white background, 14–40 KB.',
  },
  category: 'id-card',
  region: 'CN',
  authority: {
    name: { zh: '人力资源和社会保障部', en: 'Ministry of Human Resources and Social Security' },
    document: '《社会保障卡制证用数字相片技术要求》',
  },
  sources: idcardSources('S86', 'S90', 'S91', 'S92', 'S93', 'S97', 'S102', 'IDP'),
  citations: {
    canvas: ['S90'],
    'file.format': ['S90'],
    'file.minQuality': ['S90'],
    'file.bytes': ['S90'],
    'file.colourDepth': ['S90'],
    'background.options': ['S90'],
    'composition.headTop': ['S90'],
    'composition.faceWidth': ['S90'],
    'composition.eyeLineFromBottom': ['S90'],
    'composition.centreTolerance': ['S90'],
    pose: ['S91', 'S102'],
    rules: ['S91', 'S97', 'S86', 'IDP'],
  },
  canvas: { width: 358, height: 441, dpi: 350, printMm: { width: 26, height: 32 } },
  file: { format: 'jpeg', minQuality: 70, bytes: { min: 14 * 1024, max: 40_000 }, colourDepth: 24 },
  background: { default: 'white', options: [WHITE] },
  composition: {
    unit: 'px',
    headTop: { min: 7, max: 21 },
    faceWidth: { min: 179, max: 255 },
    eyeLineFromBottom: { min: 207 },
    // Eye-line midpoint 162–196 px from the left edge = the centre (179) ± 17.
    centreTolerance: 17,
  },
  pose: { maxRoll: 8, maxYaw: 5, maxPitch: 5 },
  edits: 'background',
  rules: idcardRules({
    composition: ['composition.head-top', 'composition.eye-line', 'composition.face-width'],
    clothes: 'warn',
    mouth: 'fail',
  }),
  guidelines: IDCARD_GUIDELINES,
  tags: ['社保卡', 'social-security'],
});
