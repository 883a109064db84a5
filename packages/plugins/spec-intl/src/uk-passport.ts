import { defineSpec, type SpecDefinition } from '@idphoto/sdk';
import { ICAO_GUIDELINES, ICAO_POSE, icaoRules, LIGHT_GREY } from './common.js';
import { intlSources } from './sources.js';

/**
 * UK passport photo for the online application: at least 600×750 px, JPEG 50 KB–10 MB, plain light
 * grey or cream (white is a common rejection), chin to crown 29–34 mm of the 45 mm photo, unaltered
 * by software. Neither colour has a published value; the references are our choice. See README.md.
 */
export const ukPassportDigital: SpecDefinition = defineSpec({
  id: 'uk-passport-digital',
  version: '2024.1',
  name: { zh: '英国护照照片（在线申请）', en: 'UK passport photo (online application)' },
  description: {
    zh: '英国护照在线申请电子照片：不小于 600×750 像素，50 KB–10 MB，浅灰或奶油色背景，不得软件修改。',
    en: 'UK passport digital photo: at least 600×750 px, 50 KB–10 MB, plain light grey or cream, not altered by software.',
  },
  category: 'passport',
  region: 'GB',
  authority: {
    name: { zh: '英国护照办公室', en: 'HM Passport Office' },
    document: 'gov.uk: Photos for passports',
  },
  sources: intlSources('S77', 'S97', 'S100', 'S102', 'S108', 'S109', 'S110', 'IDP'),
  citations: {
    canvas: ['S108'],
    'canvas.accept': ['S108', 'IDP'],
    'canvas.dpi': ['IDP'],
    'file.format': ['S108'],
    'file.bytes': ['S108'],
    'background.options': ['S109', 'S110', 'S77', 'IDP'],
    'composition.headHeight': ['S109'],
    'composition.eyeLineFromBottom': ['S100'],
    'composition.centreTolerance': ['IDP'],
    pose: ['S102'],
    edits: ['S108'],
    rules: ['S97', 'S110', 'IDP'],
  },
  canvas: {
    width: 600,
    height: 750,
    dpi: 300,
    accept: { minWidth: 600, maxWidth: 6000, minHeight: 750, maxHeight: 7500 },
  },
  // 50 KB read as 51 200 bytes, 10 MB as 10 000 000: the file passes however the portal counts.
  file: { format: 'jpeg', bytes: { min: 50 * 1024, max: 10_000_000 }, colourDepth: 24 },
  background: {
    default: 'grey',
    options: [LIGHT_GREY, { id: 'cream', name: { zh: '奶油色', en: 'Cream' }, rgb: [240, 234, 214] }],
  },
  composition: {
    unit: 'fraction',
    headHeight: { min: 29 / 45, max: 34 / 45 },
    // Not published by HMPO: ICAO's 50–70 % from the bottom.
    eyeLineFromBottom: { min: 0.5, max: 0.7 },
    centreTolerance: 0.05,
  },
  pose: ICAO_POSE,
  edits: 'none',
  rules: icaoRules(['composition.head-height', 'composition.eye-line']),
  guidelines: [
    {
      zh: '一个月内拍摄；浅灰或奶油色背景（白色常被拒）。',
      en: 'Taken within the last month; plain light grey or cream background (white is often rejected).',
    },
    { zh: '不戴眼镜（医疗需要除外）。', en: 'No glasses unless medically necessary.' },
    ...ICAO_GUIDELINES,
  ],
  tags: ['UK', 'passport', 'HMPO'],
});
