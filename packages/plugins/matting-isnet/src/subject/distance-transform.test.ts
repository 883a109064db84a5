import { describe, expect, it } from 'vitest';
import { chamferDistance } from './distance-transform.js';

describe('chamferDistance', () => {
  it('measures axis and diagonal steps to the nearest source inside the rectangle', () => {
    const source = new Uint8Array(10 * 8);
    source[3 * 10 + 4] = 1;
    const d = chamferDistance(source, 10, 8, { x0: 0, y0: 0, x1: 9, y1: 7 });
    expect(d[3 * 10 + 4]).toBe(0);
    expect(d[3 * 10 + 9]).toBe(5);
    expect(d[7 * 10 + 4]).toBe(4);
    expect(d[6 * 10 + 7]).toBeCloseTo(3 * Math.SQRT2, 5);
    expect(d[0]).toBeCloseTo(3 * Math.SQRT2 + 1, 5);
  });

  it('leaves everything outside the rectangle at Infinity and ignores sources there', () => {
    const source = new Uint8Array(10 * 8);
    source[0] = 1;
    source[5 * 10 + 5] = 1;
    const d = chamferDistance(source, 10, 8, { x0: 4, y0: 4, x1: 7, y1: 6 });
    expect(d[0]).toBe(Number.POSITIVE_INFINITY);
    expect(d[4 * 10 + 4]).toBeCloseTo(Math.SQRT2, 5);
    expect(d[6 * 10 + 7]).toBeCloseTo(1 + Math.SQRT2, 5);
    expect(d[7 * 10 + 7]).toBe(Number.POSITIVE_INFINITY);
  });
});
