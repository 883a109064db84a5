import { describe, expect, it } from 'vitest';
import { resamplePlane } from './resample-plane.js';

describe('resamplePlane', () => {
  it('is the identity for scale 1, offset 0', () => {
    const data = Uint8Array.from({ length: 12 * 9 }, (_, i) => (i * 37) % 256);
    const out = resamplePlane(
      { data, width: 12, height: 9 },
      12,
      9,
      { scale: 1, offset: 0 },
      { scale: 1, offset: 0 },
    );
    for (let i = 0; i < data.length; i++) expect(out.data[i]).toBeCloseTo(data[i]!, 9);
    expect(out.known.every((k) => k === 1)).toBe(true);
  });

  it('averages when halving (no thin line is lost) and preserves the mean', () => {
    // A one-pixel vertical line in a 40×40 plane: halved, it must still show (not alias away).
    const data = new Uint8Array(40 * 40);
    for (let y = 0; y < 40; y++) data[y * 40 + 21] = 255;
    const out = resamplePlane(
      { data, width: 40, height: 40 },
      20,
      20,
      { scale: 0.5, offset: 0 },
      { scale: 0.5, offset: 0 },
    );
    const row = Array.from(out.data.subarray(10 * 20, 11 * 20));
    expect(Math.max(...row)).toBeGreaterThan(60);
    const sum = row.reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(255 / 2, 0);
  });

  it('maps through offsets and marks pixels outside the input unknown', () => {
    const data = new Uint8Array(10 * 10).fill(200);
    // Input placed at output x ∈ [5, 15), y ∈ [0, 10) on a 20×10 grid.
    const out = resamplePlane(
      { data, width: 10, height: 10 },
      20,
      10,
      { scale: 1, offset: 5 },
      { scale: 1, offset: 0 },
    );
    expect(out.known[4]).toBe(0);
    expect(out.known[5]).toBe(1);
    expect(out.known[14]).toBe(1);
    expect(out.known[15]).toBe(0);
    expect(out.data[5]).toBeCloseTo(200, 6);
    expect(out.data[4]).toBe(0);
  });
});
