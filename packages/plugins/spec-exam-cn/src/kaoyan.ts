import { defineSpec, type SpecDefinition } from '@idphoto/sdk';
import { EXAM_GUIDELINES, examRules, LIGHT_BLUE, WHITE } from './common.js';
import { examSources } from './sources.js';

/**
 * 全国硕士研究生招生考试 (考研) 网上确认 photo (研招网): 3:4 of any size, JPG ≤ 10 MB, white (blue where
 * the 报考点 allows), pose within ±10°, eye line 30–50 % of the height from the top, no glasses, no
 * make-up. It is compared with the 学信网 photos, so no retouching. See README.md.
 */
export const kaoyan: SpecDefinition = defineSpec({
  id: 'kaoyan',
  version: '2024.1',
  name: { zh: '考研网上确认照片', en: 'Postgraduate entrance exam (考研) confirmation photo' },
  description: {
    zh: '研究生考试网上确认照片：宽高比 3:4，白色背景（报考点允许时可蓝色），不超过 10 MB，不戴眼镜、不化妆。',
    en: 'Postgraduate exam online-confirmation photo: 3:4, white (blue where allowed), at most 10 MB, no glasses, no make-up.',
  },
  category: 'exam',
  region: 'CN',
  authority: {
    name: {
      zh: '教育部学生服务与素质发展中心（研招网）',
      en: 'China Graduate Admissions Information Network (研招网)',
    },
  },
  sources: examSources('S1', 'S71', 'S72', 'S73', 'IDP'),
  citations: {
    canvas: ['S71', 'IDP'],
    'canvas.accept': ['S71', 'IDP'],
    'file.format': ['S71', 'S72'],
    'file.bytes': ['S71', 'S72'],
    'background.options': ['S71', 'S72', 'S1'],
    'composition.eyeLine': ['S71'],
    'composition.faceWidth': ['S1', 'IDP'],
    'composition.centreTolerance': ['IDP'],
    pose: ['S71'],
    edits: ['S71', 'S72', 'S73'],
    rules: ['S71', 'IDP'],
  },
  canvas: {
    width: 480,
    height: 640,
    dpi: 300,
    accept: {
      minWidth: 240,
      maxWidth: 6000,
      minHeight: 320,
      maxHeight: 8000,
      aspect: { ratio: 0.75, tolerance: 0.01 },
    },
  },
  file: { format: 'jpeg', bytes: { max: 10_000_000 }, colourDepth: 24 },
  background: { default: 'white', options: [WHITE, LIGHT_BLUE] },
  composition: {
    unit: 'fraction',
    eyeLine: { min: 0.3, max: 0.5 },
    // Not published; 99号's 180–300 px of 480 — the 学籍/学历 photos it is compared with.
    faceWidth: { min: 0.375, max: 0.625 },
    centreTolerance: 0.05,
  },
  pose: { maxRoll: 10, maxYaw: 10, maxPitch: 10 },
  edits: 'background',
  rules: examRules({
    composition: ['composition.eye-line', 'composition.face-width'],
    clothes: 'warn',
    ears: true,
  }),
  guidelines: [
    {
      zh: '三个月内近照；不戴眼镜（含隐形眼镜、美瞳），不化妆。',
      en: 'Taken within three months; no glasses (nor contact or coloured lenses), no make-up.',
    },
    ...EXAM_GUIDELINES,
  ],
  tags: ['exam', '考研', 'kaoyan'],
});
