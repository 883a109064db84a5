import { defineSpec, type SpecDefinition } from '@idphoto/sdk';
import { CALIBRATED_POSE, EXAM_GUIDELINES, examRules, LIGHT_BLUE, WHITE } from './common.js';
import { examSources } from './sources.js';

/**
 * 中央机关及其直属机构公务员考录 (国考) — the **source photo** for the mandatory official photo tool
 * used at 报名确认: blue or white, JPG, at least 295×413 px, never enlarged; the tool then writes the
 * ≈10 KB upload itself. The 30–100 KB range and the composition are widely repeated but not in the
 * tool manual (low confidence). See README.md.
 */
export const civilService: SpecDefinition = defineSpec({
  id: 'civil-service',
  version: '2024.1',
  name: { zh: '国考报名照片（处理工具原图）', en: 'National civil-service exam photo (tool source)' },
  description: {
    zh: '国家公务员考试报名确认照片的原图：蓝色或白色背景，不小于 295×413 像素，须经官方照片处理工具处理后上传。',
    en: 'Source photo for the national civil-service exam confirmation: blue or white, at least 295×413 px, processed by the official tool before upload.',
  },
  category: 'exam',
  region: 'CN',
  authority: { name: { zh: '国家公务员局', en: 'National Civil Service Administration' } },
  sources: examSources('S1', 'S63', 'S64', 'S65', 'S132', 'S102', 'IDP'),
  citations: {
    canvas: ['S63', 'S64'],
    'canvas.accept': ['S63', 'S64', 'IDP'],
    'file.format': ['S63'],
    'file.bytes': ['S65', 'S132'],
    'background.options': ['S63', 'S64', 'S1'],
    'composition.headTop': ['S65', 'IDP'],
    'composition.headHeight': ['S65'],
    'composition.centreTolerance': ['IDP'],
    pose: ['S102', 'IDP'],
    rules: ['S63', 'S65', 'IDP'],
  },
  canvas: {
    width: 295,
    height: 413,
    dpi: 300,
    printMm: { width: 25, height: 35 },
    accept: { minWidth: 295, maxWidth: 1180, minHeight: 413, maxHeight: 1652 },
  },
  file: { format: 'jpeg', bytes: { min: 30 * 1024, max: 100_000 }, colourDepth: 24 },
  background: { default: 'blue', options: [LIGHT_BLUE, WHITE] },
  composition: {
    unit: 'fraction',
    // "头部约占 2/3" (low confidence) ± 0.05; the top margin is our choice.
    headTop: { min: 0.05, max: 0.15 },
    headHeight: { min: 0.62, max: 0.72 },
    centreTolerance: 0.05,
  },
  pose: CALIBRATED_POSE,
  edits: 'background',
  rules: examRules({
    composition: ['composition.head-top', 'composition.head-height'],
    clothes: 'warn',
    ears: true,
  }),
  guidelines: [
    ...EXAM_GUIDELINES,
    {
      zh: '本照片须再经报名确认网站下载的“照片处理工具”处理，工具输出的“报名照片.JPG”才能上传。',
      en: 'Run this photo through the official photo tool from the confirmation site; only its output (报名照片.JPG) can be uploaded.',
    },
  ],
  tags: ['exam', '国考', 'civil-service'],
});
