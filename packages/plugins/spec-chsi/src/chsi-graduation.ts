import { defineSpec, type SpecDefinition } from '@idphoto/sdk';
import { chsiSources } from './sources.js';

/**
 * 高等教育学历证书电子注册图像 — the photo registered with 学信网 (CHSI) for the electronic record of a
 * graduation certificate, per 教毕指〔2017〕99号. Every number is cited; see README.md.
 */
export const chsiGraduation: SpecDefinition = defineSpec({
  id: 'chsi-graduation',
  version: '2017.99.1',
  name: { zh: '学信网学历证书电子注册照片', en: 'CHSI graduation-certificate registration photo' },
  description: {
    zh: '高等教育学历证书电子注册图像（教毕指〔2017〕99号）：480×640 像素，浅蓝/白/浅灰背景。',
    en: 'Electronic registration image for Chinese higher-education certificates (教毕指〔2017〕99号): 480×640 px, light blue, white or light grey background.',
  },
  category: 'graduation',
  region: 'CN',
  authority: {
    name: {
      zh: '全国高等学校学生信息咨询与就业指导中心（学信网）',
      en: 'CHSI (China Higher Education Student Information)',
    },
    document: '教毕指〔2017〕99号《高等教育学历证书电子注册图像采集规范及信息标准》',
  },
  sources: chsiSources('S1', 'S2', 'S3', 'S7', 'S11', 'S12', 'S26', 'S102', 'IDP'),
  citations: {
    canvas: ['S1', 'S2', 'S3'],
    'file.format': ['S1', 'S2'],
    'file.minQuality': ['S1', 'S2', 'S3'],
    'file.bytes': ['S1', 'S2'],
    'file.colourDepth': ['S1', 'S2', 'S3'],
    'background.options': ['S1', 'S2', 'S7', 'S11'],
    'composition.headTop': ['S1', 'S2', 'S3'],
    'composition.eyeLine': ['S1', 'S2', 'S3'],
    'composition.faceWidth': ['S1', 'S2', 'S3'],
    'composition.centreTolerance': ['S1', 'IDP'],
    pose: ['S102', 'S26'],
    rules: ['S26', 'IDP'],
  },
  canvas: { width: 480, height: 640, dpi: 300 },
  file: {
    format: 'jpeg',
    baseline: true,
    minQuality: 60,
    // "一般为 20–40KB" — KB read as 1024 bytes, as Windows and the upload portals display it.
    bytes: { min: 20 * 1024, max: 40 * 1024 },
    colourDepth: 24,
    extension: '.jpg',
  },
  background: {
    default: 'blue',
    options: [
      { id: 'blue', name: { zh: '浅蓝色', en: 'Light blue' }, rgb: [100, 197, 255] },
      { id: 'white', name: { zh: '白色', en: 'White' }, rgb: [255, 255, 255] },
      { id: 'grey', name: { zh: '浅灰色', en: 'Light grey' }, rgb: [240, 240, 240] },
    ],
    maxDeltaE: 8,
    maxSpread: 6,
  },
  composition: {
    unit: 'px',
    headTop: { min: 50, max: 110 },
    eyeLine: { min: 200, max: 300 },
    faceWidth: { min: 180, max: 300 },
    // "人像水平居中，左右对称" gives no number: 5 % of the width is our tolerance.
    centreTolerance: 24,
  },
  pose: { maxRoll: 5, maxYaw: 10, maxPitch: 10 },
  edits: 'retouch',
  rules: [
    { id: 'file.format' },
    { id: 'file.dimensions' },
    { id: 'file.size' },
    { id: 'file.dpi' },
    { id: 'file.colour-depth' },
    { id: 'file.quality' },
    { id: 'file.metadata', severity: 'warn' },
    { id: 'face.count' },
    { id: 'composition.head-top' },
    { id: 'composition.eye-line' },
    { id: 'composition.face-width' },
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
      zh: '面向光源，在明亮处拍摄，避免阴阳脸。',
      en: 'Face the light in a bright place; no half-shadowed face.',
    },
    { zh: '背景纯色、无杂物。', en: 'Plain background with nothing behind you.' },
    { zh: '露出双耳和眉毛，头发不遮挡眼睛。', en: 'Ears and eyebrows visible; hair off the eyes.' },
    {
      zh: '双肩平齐，端坐正视镜头，嘴巴自然闭合。',
      en: 'Shoulders level, sit upright facing the camera, lips closed.',
    },
    { zh: '不戴帽子、耳环、项链等饰物。', en: 'No hat, earrings, necklace or other jewellery.' },
    {
      zh: '请他人用手机后置摄像头拍摄，不使用美颜。',
      en: "Have someone else shoot with the phone's rear camera, without beauty filters.",
    },
    {
      zh: '衣服颜色不要与背景相近（蓝底不要穿蓝色衣服）。',
      en: 'Clothes must differ from the background (no blue top on blue).',
    },
  ],
  tags: ['chsi', '学信网', 'graduation'],
});
