import { describe, expect, it } from 'vitest';
import { deltaE2000, rgbToLab } from './colour.js';

// Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula", Table 1 (selected pairs).
const SHARMA: readonly [number[], number[], number][] = [
  [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
  [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
  [[50, 2.8361, -74.02], [50, 0, -82.7485], 3.4412],
  [[50, -1, 2], [50, 0, 0], 2.3669],
  [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
  [[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
  [[50, -0.001, 2.49], [50, 0.0009, -2.49], 4.8045],
  [[50, 2.5, 0], [73, 25, -18], 27.1492],
  [[50, 2.5, 0], [61, -5, 29], 22.8977],
  [[50, 2.5, 0], [56, -27, -3], 31.903],
  [[50, 2.5, 0], [58, 24, 15], 19.4535],
  [[50, 2.5, 0], [50, 3.1736, 0.5854], 1],
  [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
];

describe('deltaE2000', () => {
  it.each(SHARMA)('reproduces Sharma et al. %j vs %j', (p, q, expected) => {
    const lab = (v: number[]) => ({ l: v[0]!, a: v[1]!, b: v[2]! });
    expect(deltaE2000(lab(p), lab(q))).toBeCloseTo(expected, 4);
    expect(deltaE2000(lab(q), lab(p))).toBeCloseTo(expected, 4);
  });
});

describe('rgbToLab', () => {
  it('maps white, black and sRGB red to their CIELAB values', () => {
    const white = rgbToLab(255, 255, 255);
    expect(white.l).toBeCloseTo(100, 2);
    expect(Math.abs(white.a) + Math.abs(white.b)).toBeLessThan(0.01);
    expect(rgbToLab(0, 0, 0).l).toBeCloseTo(0, 5);
    const red = rgbToLab(255, 0, 0);
    expect(red.l).toBeCloseTo(53.24, 1);
    expect(red.a).toBeCloseTo(80.09, 1);
    expect(red.b).toBeCloseTo(67.2, 1);
  });
});
