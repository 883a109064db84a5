import { defineSpec, type SpecDefinition } from '@idphoto/sdk';
import { ICAO_GUIDELINES, ICAO_POSE, icaoRules, WHITE } from './common.js';
import { intlSources } from './sources.js';

/**
 * US passport and visa photo, digital (DS-160 upload and the 2×2 in print scanned at 300 ppi): square
 * 600–1200 px, 24-bit sRGB JPEG/JFIF, at most 240 kB with compression no stronger than 20:1, head
 * (chin to top of the hair) 50–69 % of the height, eyes 56–69 % of the height from the bottom, white
 * or off-white, no glasses, no digital alteration. See README.md.
 */
export const usPassportVisa: SpecDefinition = defineSpec({
  id: 'us-passport-visa',
  version: '2016.1',
  name: { zh: '美国护照/签证照片（电子版）', en: 'US passport / visa photo (digital)' },
  description: {
    zh: '美国护照及签证（DS-160）电子照片：正方形 600–1200 像素，不超过 240 kB，白色背景，不戴眼镜。',
    en: 'US passport and visa (DS-160) digital photo: square 600–1200 px, at most 240 kB, white background, no glasses.',
  },
  category: 'visa',
  region: 'US',
  authority: {
    name: { zh: '美国国务院', en: 'US Department of State' },
    document: 'Photo requirements (travel.state.gov); Digital Image Requirements (DS-160)',
  },
  sources: intlSources('S97', 'S102', 'S104', 'USEMB', 'S105', 'S106', 'USPPT', 'IDP'),
  citations: {
    canvas: ['S104', 'USEMB', 'S106'],
    'canvas.accept': ['S104', 'USEMB'],
    'file.format': ['S104', 'USEMB'],
    'file.bytes': ['S104', 'USEMB'],
    'file.colourDepth': ['S104', 'USEMB'],
    'background.options': ['S106'],
    'composition.headHeight': ['S105', 'S106'],
    'composition.eyeLineFromBottom': ['S105', 'S106'],
    'composition.centreTolerance': ['IDP'],
    pose: ['S102'],
    edits: ['USPPT'],
    rules: ['S97', 'S104', 'IDP'],
  },
  // 2 in at 300 ppi: the smallest accepted square, and what a scanned 2×2 in print gives.
  canvas: {
    width: 600,
    height: 600,
    dpi: 300,
    printMm: { width: 51, height: 51 },
    accept: {
      minWidth: 600,
      maxWidth: 1200,
      minHeight: 600,
      maxHeight: 1200,
      aspect: { ratio: 1, tolerance: 0.001 },
    },
  },
  file: {
    format: 'jpeg',
    // ≤ 240 kilobytes; compression ≤ 20:1 means ≥ 600 × 600 × 3 / 20 = 54 000 bytes at this size.
    bytes: { min: 54_000, max: 240_000 },
    colourDepth: 24,
  },
  // "White or off-white": off-white lies within the default ΔE00 tolerance of white.
  background: { default: 'white', options: [WHITE] },
  composition: {
    unit: 'fraction',
    headHeight: { min: 0.5, max: 0.69 },
    eyeLineFromBottom: { min: 0.56, max: 0.69 },
    centreTolerance: 0.05,
  },
  pose: ICAO_POSE,
  edits: 'none',
  rules: icaoRules(['composition.head-height', 'composition.eye-line']),
  guidelines: [
    { zh: '不戴眼镜（2016 年 11 月起）。', en: 'No glasses (since November 2016).' },
    {
      zh: '请他人拍摄，不要自拍；白色或米白色背景。',
      en: 'Have someone else take the photo, no selfies; white or off-white background.',
    },
    ...ICAO_GUIDELINES,
  ],
  tags: ['US', 'passport', 'visa', 'DS-160'],
});
