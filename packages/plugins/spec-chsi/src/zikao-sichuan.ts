import { defineSpec, type SpecDefinition } from '@idphoto/sdk';
import { chsiSources } from './sources.js';
import { chsiZikaoGraduation } from './zikao-graduation.js';

/**
 * 四川自考报名照片 — also printed on the certificate: **360×480** (S53 writes 480×360 高×宽),
 * **≤ 30 KB** (S53; about 20 KB in 2015, S54), light-blue cloth. Sichuan publishes only 成像区
 * ratios (top 1/10, head 7/10, shoulders 1/5); the 99号 ranges are scaled by 360/480 (derived), and
 * the 1/10 top margin (48 px) lies inside them. See README.md.
 */
export const chsiZikaoSichuan: SpecDefinition = defineSpec({
  ...chsiZikaoGraduation,
  id: 'chsi-zikao-sichuan',
  version: '2015.sc.1',
  name: { zh: '四川自考照片（360×480）', en: 'Sichuan self-taught exam photo (360×480)' },
  description: {
    zh: '四川省高等教育自学考试报名及毕业证书照片：360×480 像素，不超过 30 KB，浅蓝色背景。',
    en: 'Sichuan self-taught exam (自考) registration and certificate photo: 360×480 px, at most 30 KB, light blue.',
  },
  authority: {
    name: { zh: '四川省教育考试院', en: 'Sichuan Education Examination Authority' },
    document: '四川省高等教育自学考试报名照片要求',
  },
  sources: chsiSources('S1', 'S4', 'S5', 'S26', 'S53', 'S54', 'S102', 'IDP'),
  citations: {
    canvas: ['S53'],
    'canvas.dpi': ['S4', 'IDP'],
    'file.format': ['S53'],
    'file.minQuality': ['S4', 'S5'],
    'file.bytes': ['S53', 'S54'],
    'file.colourDepth': ['S4', 'S5'],
    'background.options': ['S53', 'S5'],
    'composition.headTop': ['S1', 'S53'],
    'composition.eyeLine': ['S1'],
    'composition.faceWidth': ['S1'],
    'composition.centreTolerance': ['S1', 'IDP'],
    pose: ['S102', 'S26'],
    rules: ['S26', 'IDP'],
  },
  canvas: { width: 360, height: 480, dpi: 300 },
  // "≤30KB" — the upper bound read as 30 000 bytes so the file fits however the portal counts a KB.
  file: { ...chsiZikaoGraduation.file, bytes: { max: 30_000 } },
  composition: {
    unit: 'px',
    // 99号's 50–110, 200–300, 180–300 px on 480×640, × 0.75 and rounded inwards.
    headTop: { min: 38, max: 82 },
    eyeLine: { min: 150, max: 225 },
    faceWidth: { min: 135, max: 225 },
    centreTolerance: 18,
  },
  // No dpi is published for Sichuan; 300 dpi (the 99号 template) is written but not checked.
  rules: chsiZikaoGraduation.rules.filter((r) => r.id !== 'file.dpi'),
  tags: ['chsi', '自考', 'sichuan', '四川', 'graduation'],
});
