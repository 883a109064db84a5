import { defineSpec, type SpecDefinition } from '@idphoto/sdk';
import { ICAO_GUIDELINES, ICAO_POSE, icaoRules, LIGHT_GREY, WHITE } from './common.js';
import { intlSources } from './sources.js';

/**
 * Schengen visa photo: 35×45 mm, chin to crown 32–36 mm (≈ 70–80 %), light grey or white, within 6
 * months, no graphical modification. Made at 300 dpi (413×531 px), ICAO's minimum for a scan; a
 * print shop may ask for 600 dpi (827×1063 px, accepted by `check`). See README.md.
 */
export const schengenVisa: SpecDefinition = defineSpec({
  id: 'schengen-visa',
  version: '2024.1',
  name: { zh: '申根签证照片', en: 'Schengen visa photo' },
  description: {
    zh: '申根签证照片：35×45 毫米，下巴至头顶 32–36 毫米，浅灰或白色背景，不得修改。',
    en: 'Schengen visa photo: 35×45 mm, chin to crown 32–36 mm, light grey or white, no alteration.',
  },
  category: 'visa',
  region: 'EU',
  authority: { name: { zh: '申根国家领事机构', en: 'Schengen consulates (Visa Code, ICAO 9303)' } },
  sources: intlSources('S97', 'S100', 'S100b', 'S102', 'S112', 'S113', 'S114', 'SI', 'S77', 'IDP'),
  citations: {
    canvas: ['S112', 'S113', 'S100b'],
    'canvas.accept': ['S114', 'IDP'],
    'file.format': ['IDP'],
    'file.bytes': ['IDP'],
    'background.options': ['S113', 'S112', 'S77'],
    'composition.headHeight': ['S113', 'S112'],
    'composition.eyeLineFromBottom': ['S100'],
    'composition.centreTolerance': ['IDP'],
    pose: ['S102'],
    edits: ['SI'],
    rules: ['S97', 'IDP'],
  },
  canvas: {
    width: 413,
    height: 531,
    dpi: 300,
    printMm: { width: 35, height: 45 },
    accept: {
      minWidth: 413,
      maxWidth: 827,
      minHeight: 531,
      maxHeight: 1063,
      aspect: { ratio: 35 / 45, tolerance: 0.01 },
    },
  },
  file: { format: 'jpeg', bytes: { max: 10_000_000 }, colourDepth: 24 },
  background: { default: 'grey', options: [LIGHT_GREY, WHITE] },
  composition: {
    unit: 'fraction',
    headHeight: { min: 32 / 45, max: 36 / 45 },
    eyeLineFromBottom: { min: 0.5, max: 0.7 },
    centreTolerance: 0.05,
  },
  pose: ICAO_POSE,
  edits: 'none',
  rules: icaoRules(['composition.head-height', 'composition.eye-line']),
  guidelines: [
    { zh: '六个月内拍摄，两张相同照片。', en: 'Taken within 6 months; two identical prints.' },
    ...ICAO_GUIDELINES,
  ],
  tags: ['Schengen', 'visa', 'EU'],
});
