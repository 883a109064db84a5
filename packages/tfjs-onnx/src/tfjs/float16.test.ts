import { describe, expect, it } from 'vitest';
import { float16Table, float16ToFloat32 } from './float16.js';

describe('float16ToFloat32', () => {
  it('decodes normal, subnormal and special values exactly', () => {
    expect(float16ToFloat32(0x3c00)).toBe(1);
    expect(float16ToFloat32(0xc000)).toBe(-2);
    expect(float16ToFloat32(0x3555)).toBe(0.333251953125);
    expect(float16ToFloat32(0x7bff)).toBe(65504);
    expect(float16ToFloat32(0x0001)).toBe(2 ** -24);
    expect(float16ToFloat32(0x03ff)).toBe(1023 * 2 ** -24);
    expect(float16ToFloat32(0x0000)).toBe(0);
    expect(Object.is(float16ToFloat32(0x8000), -0)).toBe(true);
    expect(float16ToFloat32(0x7c00)).toBe(Number.POSITIVE_INFINITY);
    expect(float16ToFloat32(0xfc00)).toBe(Number.NEGATIVE_INFINITY);
    expect(float16ToFloat32(0x7e00)).toBeNaN();
  });

  it('has a lookup table that matches the function for every bit pattern', () => {
    const table = float16Table();
    for (let bits = 0; bits < 65536; bits++) {
      const expected = Math.fround(float16ToFloat32(bits));
      if (!Object.is(table[bits], expected)) expect.unreachable(`bits ${bits}`);
    }
  });
});
