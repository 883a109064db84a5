import { defineSpec, type SpecDefinition } from '@idphoto/sdk';
import { ICAO_GUIDELINES, ICAO_POSE, icaoRules, LIGHT_GREY, WHITE } from './common.js';
import { intlSources } from './sources.js';

/**
 * A generic ICAO Doc 9303 / ISO/IEC 19794-5 full-frontal portrait: the typical 35×45 mm frame at
 * 300 dpi (413×531 px), chin to crown 70–80 % of the height, eye line 50–70 % of the height from the
 * bottom, head width 50–57 % of the width (width : head 7:4–2:1), pose within ICAO's limits, plain
 * light background, no digital alteration. See README.md.
 */
export const icao9303: SpecDefinition = defineSpec({
  id: 'icao-9303',
  version: '2005.1',
  name: { zh: 'ICAO 9303 通用证件照', en: 'ICAO 9303 portrait (generic)' },
  description: {
    zh: '国际民航组织 Doc 9303 / ISO/IEC 19794-5 正面全脸证件照（35×45 毫米，300 dpi）。',
    en: 'ICAO Doc 9303 / ISO/IEC 19794-5 full-frontal portrait (35×45 mm at 300 dpi).',
  },
  category: 'passport',
  region: 'intl',
  authority: {
    name: { zh: '国际民用航空组织', en: 'International Civil Aviation Organization (ICAO)' },
    document: 'ICAO Doc 9303; ISO/IEC 19794-5:2005',
  },
  sources: intlSources('S77', 'S97', 'S98', 'S100', 'S100b', 'S102', 'USPPT', 'S108', 'SI', 'IDP'),
  citations: {
    canvas: ['S100b', 'S98'],
    'canvas.accept': ['S100b', 'IDP'],
    'file.format': ['S98'],
    'file.bytes': ['IDP'],
    'background.options': ['S97', 'S77'],
    'composition.headHeight': ['S97'],
    'composition.eyeLineFromBottom': ['S100'],
    'composition.faceWidth': ['S100'],
    'composition.centreTolerance': ['IDP'],
    pose: ['S102'],
    edits: ['USPPT', 'S108', 'SI'],
    rules: ['S97', 'IDP'],
  },
  canvas: {
    width: 413,
    height: 531,
    dpi: 300,
    printMm: { width: 35, height: 45 },
    accept: {
      minWidth: 413,
      maxWidth: 1654,
      minHeight: 531,
      maxHeight: 2126,
      aspect: { ratio: 35 / 45, tolerance: 0.01 },
    },
  },
  file: { format: 'jpeg', bytes: { max: 10_000_000 }, colourDepth: 24 },
  background: { default: 'white', options: [WHITE, LIGHT_GREY] },
  composition: {
    unit: 'fraction',
    headHeight: { min: 0.7, max: 0.8 },
    eyeLineFromBottom: { min: 0.5, max: 0.7 },
    faceWidth: { min: 1 / 2, max: 4 / 7 },
    centreTolerance: 0.05,
  },
  pose: ICAO_POSE,
  edits: 'none',
  rules: icaoRules(['composition.head-height', 'composition.eye-line', 'composition.face-width']),
  guidelines: ICAO_GUIDELINES,
  tags: ['ICAO', 'passport', 'biometric'],
});
