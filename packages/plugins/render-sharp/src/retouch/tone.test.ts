import { describe, expect, it } from 'vitest';
import { applyGains, measureTone } from './tone.js';

/** `n` skin pixels of colour `rgb`, then 8 eye-white pixels of luma `white` (the face's highlights). */
function face(
  rgb: readonly [number, number, number],
  white = 215,
  n = 400,
): { pixels: Float32Array; skin: Uint8Array; face: Uint8Array } {
  const pixels = new Float32Array((n + 8) * 3);
  for (let i = 0; i < n; i++)
    for (let c = 0; c < 3; c++) pixels[3 * i + c] = rgb[c]! * (1 + (0.3 * ((i * 7 + c * 3) % 11)) / 110);
  pixels.fill(white, 3 * n);
  const skin = new Uint8Array(n + 8).fill(1, 0, n);
  return { pixels, skin, face: new Uint8Array(n + 8).fill(1) };
}

describe('measureTone', () => {
  it('leaves well-balanced skin of any tone alone', () => {
    for (const skin of [
      [224, 172, 150],
      [160, 110, 85],
      [95, 62, 48],
    ] as const) {
      const f = face(skin);
      const t = measureTone(f.pixels, f.skin, f.face)!;
      for (const k of t.gains) expect(k).toBeCloseTo(1, 2);
    }
  });

  it('pulls a blue cast back towards the skin locus by a capped amount, keeping luma', () => {
    const { pixels: px, skin, face: all } = face([150, 140, 150]);
    const t = measureTone(px, skin, all)!;
    expect(t.gains[0]).toBeGreaterThan(1);
    expect(t.gains[2]).toBeLessThan(1);
    expect(t.chromaticity.after[0] - t.chromaticity.before[0]).toBeCloseTo(0.03, 6);
    const luma = (r: number, g: number, b: number): number => 0.299 * r + 0.587 * g + 0.114 * b;
    applyGains(px, t.gains);
    let y0 = 0;
    let y1 = 0;
    for (let i = 0; i < 400; i++) {
      y0 += luma(150, 140, 150) * (1 + (0.3 * ((i * 7) % 11)) / 110);
      y1 += luma(px[3 * i]!, px[3 * i + 1]!, px[3 * i + 2]!);
    }
    expect(y1 / y0).toBeCloseTo(1, 2);
  });

  it('lifts an under-exposed face (dim highlights) by at most 18 %, never darkens', () => {
    const dim = face([70, 50, 40], 120);
    expect(measureTone(dim.pixels, dim.skin, dim.face)!.exposure).toBeCloseTo(1.18, 6);
    const slight = face([150, 110, 90], 190);
    expect(measureTone(slight.pixels, slight.skin, slight.face)!.exposure).toBeCloseTo(200 / 190, 6);
    const bright = face([250, 230, 220], 255);
    expect(measureTone(bright.pixels, bright.skin, bright.face)!.exposure).toBe(1);
  });

  it('needs enough skin pixels', () => {
    const f = face([200, 150, 120], 215, 10);
    expect(measureTone(f.pixels, f.skin, f.face)).toBeNull();
  });
});
