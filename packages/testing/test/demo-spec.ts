import { defineSpec, type SpecDefinition, type SpecDefinitionInput } from '@idphoto/sdk';

/**
 * A consistent spec for the kit's own tests, on the 学信网 numbers (480×640, 20–40 KB at q ≥ 60,
 * light blue): real photos can meet it, so each test breaks one thing on purpose.
 */
export const demoInput: SpecDefinitionInput = {
  id: 'kit-demo',
  version: '1',
  name: { zh: '测试规格', en: 'Kit demo spec' },
  category: 'other',
  region: 'intl',
  authority: { name: { zh: '测试', en: 'Test' } },
  sources: [{ id: 'T1', title: 'Numbers of 教毕指〔2017〕99号, reused for the kit tests' }],
  citations: { canvas: ['T1'], file: ['T1'], background: ['T1'], composition: ['T1'], pose: ['T1'] },
  canvas: { width: 480, height: 640, dpi: 300 },
  file: { format: 'jpeg', minQuality: 60, bytes: { min: 20 * 1024, max: 40 * 1024 } },
  background: {
    default: 'blue',
    options: [{ id: 'blue', name: { zh: '浅蓝色', en: 'Light blue' }, rgb: [100, 197, 255] }],
  },
  composition: {
    unit: 'px',
    headTop: { min: 50, max: 110 },
    eyeLine: { min: 200, max: 300 },
    faceWidth: { min: 180, max: 300 },
    centreTolerance: 24,
  },
  pose: { maxRoll: 5, maxYaw: 10, maxPitch: 10 },
  edits: 'background',
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
    { id: 'background.colour' },
  ],
};

/** {@link demoInput} with some fields replaced, validated. */
export function demoSpec(overrides: Partial<SpecDefinitionInput> = {}): SpecDefinition {
  return defineSpec({ ...demoInput, ...overrides } as SpecDefinitionInput);
}
