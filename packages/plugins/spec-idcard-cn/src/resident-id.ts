import { defineSpec, type SpecDefinition } from '@idphoto/sdk';
import { IDCARD_GUIDELINES, idcardRules, WHITE } from './common.js';
import { idcardSources } from './sources.js';

/**
 * 居民身份证制证用数字相片 — GA 461-2004: 358×441 px at 350 dpi (26×32 mm), white, JPEG quality
 * factor 70, face 207 ± 14 px (ear root to ear root), hair top 7–21 px below the top edge, eye line
 * at least 207 px above the bottom edge (which wins over the hair: very tall hair may be cropped).
 * Background replacement only — no retouch: the photo is the reference for face matching. See README.md.
 */
export const cnResidentId: SpecDefinition = defineSpec({
  id: 'cn-resident-id',
  version: '2004.1',
  name: { zh: '居民身份证照片', en: 'Chinese resident identity card photo' },
  description: {
    zh: '居民身份证制证用数字相片（GA 461-2004）：358×441 像素，350 dpi，白色背景。',
    en: 'Digital photo for the resident identity card (GA 461-2004): 358×441 px, 350 dpi, white background.',
  },
  category: 'id-card',
  region: 'CN',
  authority: {
    name: { zh: '公安部', en: 'Ministry of Public Security' },
    document: 'GA 461-2004《居民身份证制证用数字相片技术要求》',
  },
  sources: idcardSources('S86', 'S87', 'S88', 'S89', 'GA2019', 'S97', 'S102', 'IDP'),
  citations: {
    canvas: ['S86', 'S87'],
    'file.format': ['S86', 'S89'],
    'file.minQuality': ['S88', 'S89'],
    'file.bytes': ['S88', 'S89'],
    'file.colourDepth': ['S86', 'S87'],
    'background.options': ['S86', 'S87'],
    'composition.headTop': ['S86', 'S87'],
    'composition.faceWidth': ['S86', 'S87'],
    'composition.eyeLineFromBottom': ['S86', 'S87'],
    'composition.centreTolerance': ['S86', 'IDP'],
    pose: ['S102', 'IDP'],
    rules: ['S86', 'S97', 'IDP'],
  },
  canvas: { width: 358, height: 441, dpi: 350, printMm: { width: 26, height: 32 } },
  file: {
    format: 'jpeg',
    minQuality: 70,
    // GA 461's rule is quality factor 70; its "一般 14k~20k 字节" is typical, and a detailed photo at
    // q70 runs past 20 KB. The 居住证 reposts of GA 461 give 14–30 KB: the hard range.
    bytes: { min: 14 * 1024, max: 30_000 },
    colourDepth: 24,
  },
  background: { default: 'white', options: [WHITE] },
  composition: {
    unit: 'px',
    headTop: { min: 7, max: 21 },
    faceWidth: { min: 193, max: 221 },
    eyeLineFromBottom: { min: 207 },
    // "人像在相片矩形框内水平居中" gives no number: 5 % of the width.
    centreTolerance: 18,
  },
  pose: { maxRoll: 5, maxYaw: 10, maxPitch: 10 },
  edits: 'background',
  rules: idcardRules({
    composition: ['composition.head-top', 'composition.eye-line', 'composition.face-width'],
    clothes: 'fail',
    mouth: 'warn',
  }),
  guidelines: IDCARD_GUIDELINES,
  tags: ['身份证', 'id-card', 'GA 461'],
});
