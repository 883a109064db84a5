import { defineSpec, type SpecDefinition } from '@idphoto/sdk';

/**
 * ACME Corp. employee badge photo. A company's own spec: the numbers come from its brand guide, cited
 * below the way official specs cite their regulations.
 */
export const acmeBadge: SpecDefinition = defineSpec({
  id: 'acme-badge',
  version: '2026.1',
  name: { zh: 'ACME 工牌照片', en: 'ACME employee badge photo' },
  description: {
    zh: 'ACME 公司工牌与门禁系统使用的员工照片。',
    en: 'Employee photo printed on ACME badges and used by the door-access system.',
  },
  category: 'badge',
  region: 'intl',
  authority: {
    name: { zh: 'ACME 行政部', en: 'ACME Facilities' },
    document: 'ACME Brand Guide 2026, §7 Badges',
  },
  sources: [
    { id: 'B1', title: 'ACME Brand Guide 2026, §7.2 Badge photo (internal)' },
    { id: 'B2', title: 'ACME door-access vendor import spec v3 (internal)' },
    { id: 'B3', title: 'ACME Brand Guide 2026, §7.4 Badge layout: logo over the photo (internal)' },
  ],
  citations: {
    canvas: ['B1'],
    'file.bytes': ['B2'],
    'file.minQuality': ['B2'],
    'background.options': ['B1'],
    'composition.headTop': ['B1'],
    'composition.eyeLine': ['B1'],
    'composition.faceWidth': ['B1'],
    'composition.centreTolerance': ['B1'],
    pose: ['B1'],
    edits: ['B1'],
    'file.naming': ['B2'],
    'rules.acme.logo-zone': ['B3'],
  },
  canvas: { width: 600, height: 800, dpi: 300, printMm: { width: 50.8, height: 67.7 } },
  file: {
    format: 'jpeg',
    minQuality: 80,
    bytes: { min: 40_000, max: 200_000 },
    naming: { pattern: '{employeeId}.jpg', description: { zh: '以工号命名', en: 'Named by employee id' } },
  },
  background: {
    default: 'acme-blue',
    options: [
      { id: 'acme-blue', name: { zh: 'ACME 蓝', en: 'ACME blue' }, rgb: [0, 82, 155] },
      { id: 'white', name: { zh: '白色', en: 'White' }, rgb: [255, 255, 255] },
    ],
    maxDeltaE: 8,
  },
  composition: {
    unit: 'fraction',
    headTop: { min: 0.06, max: 0.14 },
    eyeLine: { min: 0.36, max: 0.46 },
    faceWidth: { min: 0.4, max: 0.56 },
    centreTolerance: 0.04,
  },
  pose: { maxRoll: 6, maxYaw: 12, maxPitch: 12 },
  edits: 'retouch',
  rules: [
    { id: 'file.format' },
    { id: 'file.dimensions' },
    { id: 'file.size' },
    { id: 'file.quality' },
    { id: 'face.count' },
    { id: 'composition.head-top' },
    { id: 'composition.eye-line' },
    { id: 'composition.face-width' },
    { id: 'composition.centring' },
    { id: 'pose.roll' },
    { id: 'face.eyes-open' },
    { id: 'background.colour' },
    { id: 'quality.sharpness', severity: 'warn' },
    // Contributed by this plugin (src/logo-zone-rule.ts): the logo corner must stay clear of hair.
    { id: 'acme.logo-zone', params: { zoneWidth: 0.2, zoneHeight: 0.1, maxShare: 0.01 } },
  ],
  guidelines: [{ zh: '请穿着工作服，面带自然微笑。', en: 'Wear work attire and smile naturally.' }],
  tags: ['example'],
});
