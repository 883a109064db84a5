import { defineSpec, type LocalizedText, type SpecDefinition } from '@idphoto/sdk';
import { EXIT_ENTRY_SOURCES } from './sources.js';

/** What differs between the documents that share the guide. */
export interface ExitEntryDocument {
  readonly id: string;
  readonly name: LocalizedText;
  readonly document: LocalizedText;
  readonly tags: readonly string[];
}

/**
 * A photo for a Chinese exit-entry document per 《出入境证件相片照相指引》 (MPS Exit-Entry
 * Administration, on the basis of ICAO Doc 9303). The digital photo is the guide's 30×40 mm effective
 * area: 354×472 px is exactly that area at the guide's lowest 300 dpi, and 480×640 px its largest
 * accepted size; every composition number is a fraction of that area (the consular millimetres
 * divided by 30 or 40 mm). Crop only: the guide forbids post-editing. See README.md for each choice.
 */
export function exitEntrySpec(doc: ExitEntryDocument): SpecDefinition {
  return defineSpec({
    id: doc.id,
    version: '2024.1',
    name: doc.name,
    description: {
      zh: `${doc.document.zh}相片（《出入境证件相片照相指引》）：数字相片 354×472 像素（3:4），白色/浅灰/淡蓝背景，不得后期修改。`,
      en: `${doc.document.en} photo per the exit-entry photo guide: digital 354×472 px (3:4), white, light grey or light blue, no post-editing.`,
    },
    category: doc.id === 'cn-passport' ? 'passport' : 'travel',
    region: 'CN',
    authority: {
      name: {
        zh: '国家移民管理局（原公安部出入境管理局）',
        en: 'National Immigration Administration (China)',
      },
      document: '《出入境证件相片照相指引》',
    },
    sources: [...EXIT_ENTRY_SOURCES],
    citations: {
      canvas: ['S77', 'S118'],
      'canvas.accept': ['S77', 'S118'],
      'canvas.dpi': ['S77'],
      'file.format': ['S77', 'S78'],
      'file.bytes': ['S77', 'S82', 'S83', 'S135'],
      'file.colourDepth': ['S77'],
      'file.minQuality': ['S80', 'IDP'],
      'background.options': ['S77', 'S78', 'S83'],
      'composition.headTop': ['S82', 'S83', 'S135'],
      'composition.headHeight': ['S82', 'S83', 'S135'],
      'composition.faceWidth': ['S82', 'S83', 'S135'],
      'composition.eyeDistance': ['S79'],
      'composition.centreTolerance': ['S79', 'IDP'],
      pose: ['S102'],
      edits: ['S83', 'S135'],
      rules: ['S79', 'S97', 'IDP'],
    },
    canvas: {
      width: 354,
      height: 472,
      dpi: 300,
      printMm: { width: 30, height: 40 },
      accept: {
        minWidth: 354,
        maxWidth: 480,
        minHeight: 472,
        maxHeight: 640,
        aspect: { ratio: 0.75, tolerance: 0.005 },
      },
    },
    file: {
      format: 'jpeg',
      // Not in the current guide; the older technical text used 85. 75 is only the encoder's floor.
      minQuality: 75,
      // Guide 20–80 KB, consular 30–80 KB: 30 KB–80 KB satisfies both (KB read strictly at each end).
      bytes: { min: 30 * 1024, max: 80_000 },
      colourDepth: 24,
    },
    background: {
      default: 'white',
      options: [
        { id: 'white', name: { zh: '白色', en: 'White' }, rgb: [255, 255, 255] },
        // Hue 0, saturation 0, luminance ≥ 198 on the 0–240 scale → 198/240 × 255 = 210.
        { id: 'grey', name: { zh: '浅灰色', en: 'Light grey' }, rgb: [210, 210, 210] },
        // Hue 135, saturation 240, luminance ≥ 167 → RGB (100, 197, 255), the 99号 light blue.
        { id: 'blue', name: { zh: '淡蓝色', en: 'Light blue' }, rgb: [100, 197, 255] },
      ],
    },
    composition: {
      unit: 'fraction',
      headTop: { min: 3 / 40, max: 5 / 40 }, // crown 3–5 mm below the top edge
      headHeight: { min: 28 / 40, max: 33 / 40 }, // chin to crown 28–33 mm
      faceWidth: { min: 15 / 30, max: 22 / 30 }, // head width 15–22 mm
      eyeDistance: { min: 0.23, max: 0.33 },
      centreTolerance: 0.05,
    },
    pose: { maxRoll: 8, maxYaw: 5, maxPitch: 5 },
    edits: 'none',
    rules: [
      { id: 'file.format' },
      { id: 'file.dimensions' },
      { id: 'file.size' },
      { id: 'file.dpi', params: { min: 300, max: 600 } },
      { id: 'file.colour-depth' },
      { id: 'file.metadata', severity: 'warn' },
      { id: 'face.count' },
      { id: 'composition.head-top' },
      { id: 'composition.head-height' },
      { id: 'composition.face-width' },
      { id: 'composition.eye-distance' },
      { id: 'composition.centring' },
      { id: 'composition.cut-off' },
      { id: 'pose.roll' },
      { id: 'pose.yaw' },
      { id: 'pose.pitch' },
      { id: 'face.eyes-open' },
      { id: 'face.mouth-closed' },
      { id: 'face.ears-visible', severity: 'warn' },
      { id: 'background.colour' },
      { id: 'background.uniformity' },
      { id: 'background.black-edge' },
      { id: 'quality.sharpness' },
      { id: 'quality.exposure' },
      { id: 'lighting.face-balance' },
    ],
    guidelines: [
      {
        zh: '六个月内近照，正面免冠，坐姿端正，双肩水平，正视镜头。',
        en: 'Taken within six months: bare-headed, upright, shoulders level, facing the camera.',
      },
      {
        zh: '表情自然，双眼睁开，嘴唇自然闭合，不化浓妆。',
        en: 'Natural expression, eyes open, lips closed, no heavy make-up.',
      },
      {
        zh: '在白墙前拍摄（白色最稳妥）；宜穿深色有领服装，不穿制服。',
        en: 'Shoot against a white wall (white is the safest); wear dark clothes with a collar, no uniform.',
      },
      {
        zh: '不戴有色眼镜，镜片无反光，镜框不遮挡眼睛；头发不遮挡眼睛。',
        en: 'No tinted glasses, no glare, frames clear of the eyes; hair off the eyes.',
      },
      {
        zh: '光线均匀，脸部和背景无阴影。照片不得修图或合成。',
        en: 'Even light, no shadow on the face or background. No retouching or compositing.',
      },
    ],
    tags: ['出入境', ...doc.tags],
  });
}
