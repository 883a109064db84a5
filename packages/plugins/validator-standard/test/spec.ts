import { defineSpec, type SpecDefinition, type SpecDefinitionInput } from '@idphoto/sdk';

/** A CHSI-like spec (numbers of 教毕指〔2017〕99号) whose rule list tests choose. */
export function testSpec(
  rules: SpecDefinitionInput['rules'],
  overrides: Partial<Omit<SpecDefinitionInput, 'rules'>> = {},
): SpecDefinition {
  return defineSpec({
    id: 'test-chsi',
    version: '1',
    name: { zh: '测试规格', en: 'Test spec' },
    category: 'graduation',
    region: 'CN',
    authority: { name: { zh: '测试', en: 'Test' } },
    sources: [{ id: 'S1', title: '教毕指〔2017〕99号 (as reposted)' }],
    citations: { canvas: ['S1'] },
    canvas: { width: 480, height: 640, dpi: 300 },
    file: {
      format: 'jpeg',
      baseline: true,
      minQuality: 60,
      bytes: { min: 20 * 1024, max: 40 * 1024 },
      colourDepth: 24,
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
      centreTolerance: 24,
    },
    pose: { maxRoll: 5, maxYaw: 10, maxPitch: 10 },
    edits: 'retouch',
    rules,
    ...overrides,
  });
}
