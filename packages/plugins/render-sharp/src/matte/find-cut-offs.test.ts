import { describe, expect, it } from 'vitest';
import { findCutOffs } from './find-cut-offs.js';

/** 40×50 output; known rows 0–39 (the source ends 10 px above the bottom). */
function scene(subjectAtBottom: boolean): { alpha: Float32Array; known: Uint8Array } {
  const W = 40;
  const H = 50;
  const alpha = new Float32Array(W * H);
  const known = new Uint8Array(W * H);
  for (let y = 0; y < 40; y++)
    for (let x = 0; x < W; x++) {
      known[y * W + x] = 1;
      // A head-and-shoulders blob: body columns 10–29 down to row 39 or ending at row 30.
      if (x >= 10 && x < 30 && y >= 8 && (subjectAtBottom || y < 30)) alpha[y * W + x] = 1;
    }
  return { alpha, known };
}

describe('findCutOffs', () => {
  it('reports a subject running into the missing strip at the bottom', () => {
    const { alpha, known } = scene(true);
    expect(findCutOffs(alpha, known, 40, 50)).toEqual([{ edge: 'bottom', missing: 10, subject: true }]);
  });

  it('reports empty background beyond the edge as not cut', () => {
    const { alpha, known } = scene(false);
    expect(findCutOffs(alpha, known, 40, 50)).toEqual([{ edge: 'bottom', missing: 10, subject: false }]);
  });

  it('reports nothing when the known area fills the output', () => {
    const alpha = new Float32Array(100).fill(1);
    const known = new Uint8Array(100).fill(1);
    expect(findCutOffs(alpha, known, 10, 10)).toEqual([]);
  });
});
