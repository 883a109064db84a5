import { defineSpec, type SpecDefinition } from '@idphoto/sdk';
import { IDCARD_GUIDELINES, idcardRules, WHITE } from './common.js';
import { idcardSources } from './sources.js';

/**
 * 机动车驾驶证档案用数字相片: 260×378 px at 300 dpi (22×32 mm), white, JPEG quality ≥ 70, 14–30 KB,
 * head length 224–260 px, hair top 10–20 px below the top edge, dark clothes. The head width
 * (165–189 px, ears included) is not mapped to our cheek-to-cheek face width; head length and hair
 * top fix the scale. See README.md.
 */
export const cnDrivingLicence: SpecDefinition = defineSpec({
  id: 'cn-driving-licence',
  version: '2024.1',
  name: { zh: '驾驶证照片', en: 'Chinese driving licence photo' },
  description: {
    zh: '机动车驾驶证档案用数字相片：260×378 像素，300 dpi，白色背景，14–30 KB。',
    en: 'Digital photo for the driving licence record: 260×378 px, 300 dpi, white background, 14–30 KB.',
  },
  category: 'id-card',
  region: 'CN',
  authority: {
    name: { zh: '公安部交通管理局', en: 'MPS Traffic Management Bureau' },
    document: '机动车驾驶证档案用数字相片要求（交管12123 提交驾驶证证件照片）',
  },
  sources: idcardSources('S94', 'S95', 'S96', 'S97', 'S102', 'IDP'),
  citations: {
    canvas: ['S94', 'S95'],
    'file.format': ['S94', 'S95'],
    'file.minQuality': ['S94', 'S95'],
    'file.bytes': ['S94', 'S95'],
    'file.colourDepth': ['S94', 'S95'],
    'background.options': ['S94', 'S95'],
    'composition.headTop': ['S94'],
    'composition.headHeight': ['S94', 'S96'],
    'composition.centreTolerance': ['IDP'],
    pose: ['S102', 'IDP'],
    rules: ['S94', 'S95', 'S97', 'IDP'],
  },
  canvas: { width: 260, height: 378, dpi: 300, printMm: { width: 22, height: 32 } },
  file: { format: 'jpeg', minQuality: 70, bytes: { min: 14 * 1024, max: 30_000 }, colourDepth: 24 },
  background: { default: 'white', options: [WHITE] },
  composition: {
    unit: 'px',
    headTop: { min: 10, max: 20 },
    headHeight: { min: 224, max: 260 },
    centreTolerance: 13,
  },
  pose: { maxRoll: 5, maxYaw: 10, maxPitch: 10 },
  edits: 'background',
  rules: idcardRules({
    composition: ['composition.head-top', 'composition.head-height'],
    clothes: 'fail',
    mouth: 'warn',
  }),
  guidelines: [
    ...IDCARD_GUIDELINES,
    { zh: '请穿深色衣服。', en: 'Wear dark clothes.' },
    {
      zh: '通过“交管12123”App 提交：驾驶证业务 → 提交驾驶证证件照片。',
      en: 'Submit in the 交管12123 app: 驾驶证业务 → 提交驾驶证证件照片.',
    },
  ],
  tags: ['驾驶证', 'driving-licence'],
});
