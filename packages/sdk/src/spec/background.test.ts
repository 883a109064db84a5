import { describe, expect, it } from 'vitest';
import { isIdPhotoError } from '../errors/id-photo-error.js';
import { parseHexColour, resolveBackground } from './background.js';
import { compositionInPixels, formatRange, inRange, intersect } from './composition.js';
import { defineSpec } from './define-spec.js';
import type { SpecDefinitionInput } from './spec-definition.schema.js';

const base: SpecDefinitionInput = {
  id: 'demo',
  version: '1',
  name: { zh: '示例', en: 'Demo' },
  category: 'badge',
  region: 'intl',
  authority: { name: { zh: '示例', en: 'Demo' } },
  sources: [{ id: 'S1', title: 'Demo' }],
  citations: { canvas: ['S1'] },
  canvas: { width: 400, height: 500, dpi: 300 },
  file: { format: 'jpeg', bytes: { min: 10_000, max: 50_000 } },
  background: {
    default: 'blue',
    options: [
      { id: 'blue', name: { zh: '浅蓝', en: 'Light blue' }, rgb: [100, 197, 255] },
      { id: 'white', name: { zh: '白', en: 'White' }, rgb: [255, 255, 255] },
    ],
  },
  composition: {
    unit: 'fraction',
    eyeLine: { min: 0.3, max: 0.5 },
    eyeLineFromBottom: { min: 0.55 },
    faceWidth: { min: 0.4, max: 0.6 },
    centreTolerance: 0.05,
  },
  edits: 'retouch',
  rules: [{ id: 'file.size' }],
};

describe('defineSpec', () => {
  it('fills defaults and freezes', () => {
    const spec = defineSpec(base);
    expect(spec.file.minQuality).toBe(75);
    expect(spec.file.baseline).toBe(true);
    expect(spec.rules[0]).toEqual({ id: 'file.size', severity: 'fail', params: {} });
    expect(Object.isFrozen(spec.canvas)).toBe(true);
  });

  it.each([
    ['unknown default background', { background: { ...base.background, default: 'pink' } }],
    ['citation of an undeclared source', { citations: { canvas: ['S9'] } }],
    ['min above max', { file: { format: 'jpeg', bytes: { min: 50_000, max: 10_000 } } }],
    ['duplicate rule', { rules: [{ id: 'file.size' }, { id: 'file.size' }] }],
    ['non-kebab id', { id: 'Demo Spec' }],
  ])('rejects %s with SDK_SPEC_INVALID', (_label, patch) => {
    try {
      defineSpec({ ...base, ...patch } as SpecDefinitionInput);
      expect.unreachable();
    } catch (error) {
      expect(isIdPhotoError(error, 'SDK_SPEC_INVALID')).toBe(true);
    }
  });
});

describe('resolveBackground', () => {
  const spec = defineSpec(base);
  it('resolves defaults, ids, aliases and matching hex colours', () => {
    expect(resolveBackground(spec)).toEqual({ id: 'blue', rgb: { r: 100, g: 197, b: 255 } });
    expect(resolveBackground(spec, 'white').id).toBe('white');
    expect(resolveBackground(spec, '浅蓝色').id).toBe('blue');
    expect(resolveBackground(spec, '#64C5FF').id).toBe('blue');
  });
  it('refuses colours the spec does not allow', () => {
    expect(() => resolveBackground(spec, 'red')).toThrowError(
      expect.objectContaining({ code: 'SDK_BACKGROUND_NOT_ALLOWED' }),
    );
    expect(() => resolveBackground(spec, '#123456')).toThrowError(
      expect.objectContaining({ code: 'SDK_BACKGROUND_NOT_ALLOWED' }),
    );
    expect(() => resolveBackground(spec, '#12345')).toThrowError(
      expect.objectContaining({ code: 'SDK_BACKGROUND_INVALID' }),
    );
  });
  it('refuses an { r, g, b } colour whose channels are not whole numbers 0–255, even where custom colours are allowed', () => {
    const custom = defineSpec({ ...base, background: { ...base.background, allowCustom: true } });
    expect(resolveBackground(custom, { r: 10, g: 20, b: 30 })).toEqual({
      id: 'custom',
      rgb: { r: 10, g: 20, b: 30 },
    });
    for (const rgb of [
      { r: 300, g: -5, b: 0.5 },
      { r: Number.NaN, g: 0, b: 0 },
      { r: 0, g: 0 } as unknown as { r: number; g: number; b: number },
    ]) {
      expect(() => resolveBackground(custom, rgb), JSON.stringify(rgb)).toThrowError(
        expect.objectContaining({ code: 'SDK_BACKGROUND_INVALID' }),
      );
    }
  });
  it('parses short and long hex', () => {
    expect(parseHexColour('#fff')).toEqual({ r: 255, g: 255, b: 255 });
    expect(parseHexColour('#64c5ff')).toEqual({ r: 100, g: 197, b: 255 });
  });
});

describe('composition', () => {
  it('converts fractions to pixels and folds eye-line-from-bottom into eye-line', () => {
    const c = compositionInPixels(defineSpec(base), 400, 500);
    // eyeLine 150–250 from top; from bottom ≥ 275 → from top ≤ 225.
    expect(c.eyeLine).toEqual({ min: 150, max: 225 });
    expect(c.faceWidth).toEqual({ min: 160, max: 240 });
    expect(c.centreTolerance).toBe(20);
  });
  it('intersects and formats ranges', () => {
    expect(intersect({ min: 1, max: 10 }, { min: 5 })).toEqual({ min: 5, max: 10 });
    expect(inRange(5, { min: 5, max: 5 })).toBe(true);
    expect(inRange(4.9, { min: 5 })).toBe(false);
    expect(formatRange({ min: 50, max: 110 }, 'px')).toBe('50–110 px');
    expect(formatRange({ min: 207 }, 'px')).toBe('≥ 207 px');
  });
});
