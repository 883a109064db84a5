import { defineSpec, type SpecDefinitionInput } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { specConsistencyProblems } from './spec-consistency.js';

const base: SpecDefinitionInput = {
  id: 'demo',
  version: '1',
  name: { zh: '示例', en: 'Demo' },
  category: 'badge',
  region: 'intl',
  authority: { name: { zh: '示例', en: 'Demo' } },
  sources: [{ id: 'S1', title: 'Demo' }],
  citations: { canvas: ['S1'], 'file.bytes': ['S1'], 'background.options': ['S1'], composition: ['S1'] },
  canvas: { width: 480, height: 640, dpi: 300 },
  file: { format: 'jpeg', bytes: { min: 20_480, max: 40_960 } },
  background: {
    default: 'white',
    options: [{ id: 'white', name: { zh: '白', en: 'White' }, rgb: [255, 255, 255] }],
  },
  composition: {
    unit: 'px',
    headTop: { min: 50, max: 110 },
    eyeLine: { min: 200, max: 300 },
    faceWidth: { min: 180, max: 300 },
    centreTolerance: 24,
  },
  edits: 'background',
  rules: [{ id: 'file.size' }],
};

describe('specConsistencyProblems', () => {
  it('accepts a consistent, cited spec', () => {
    expect(specConsistencyProblems(defineSpec(base))).toEqual([]);
  });

  it('finds a composition that does not fit the frame', () => {
    const spec = defineSpec({
      ...base,
      composition: { ...base.composition, eyeLine: { min: 600, max: 700 } },
    } as SpecDefinitionInput);
    expect(specConsistencyProblems(spec).join('\n')).toMatch(/eyeLine/);
  });

  it('finds a head top that cannot sit above the eyes', () => {
    const spec = defineSpec({
      ...base,
      composition: { ...base.composition, headTop: { min: 320, max: 330 } },
    } as SpecDefinitionInput);
    expect(specConsistencyProblems(spec)).toContain('the head top must be able to sit above the eye line');
  });

  it('finds numbers without a citation', () => {
    const spec = defineSpec({ ...base, citations: { canvas: ['S1'] } });
    const problems = specConsistencyProblems(spec);
    expect(problems).toContain('file.bytes has no citation');
    expect(problems).toContain('composition.eyeLine has no citation');
  });

  it('finds a composition without a size target', () => {
    const spec = defineSpec({
      ...base,
      composition: { unit: 'px', eyeLine: { min: 200, max: 300 }, centreTolerance: 24 },
    });
    expect(specConsistencyProblems(spec).join('\n')).toMatch(/size target/);
  });
});
