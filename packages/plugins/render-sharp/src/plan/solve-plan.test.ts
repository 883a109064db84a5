import type { PixelComposition } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { sourceWindow } from '../image/source-window.js';
import { type PlanProblem, solvePlan } from './solve-plan.js';
import type { SubjectGeometry } from './subject-geometry.js';

/** CHSI 99号 on 480×640: head top 50–110, eye line 200–300, face width 180–300, ±24 px centring. */
const CHSI: PixelComposition = {
  headTop: { min: 50, max: 110 },
  eyeLine: { min: 200, max: 300 },
  faceWidth: { min: 180, max: 300 },
  centreTolerance: 24,
};
const CANVAS = { width: 480, height: 640 };

/** A head-and-shoulders phone photo (3000×4000) with ordinary proportions. */
const PORTRAIT: SubjectGeometry = {
  eyeY: 1500,
  headTopY: 1080,
  headTopFromMatte: true,
  chinY: 1950,
  faceWidth: 620,
  eyeDistance: 250,
  centreX: 1500,
};
const WHOLE = { x: 0, y: 0, width: 3000, height: 4000 };
const BOTTOM_ONLY = { top: false, bottom: true, left: false, right: false };

const problem = (over: Partial<PlanProblem> = {}): PlanProblem => ({
  geometry: PORTRAIT,
  canvas: CANVAS,
  composition: CHSI,
  margin: 0.1,
  known: WHOLE,
  keepInside: BOTTOM_ONLY,
  ...over,
});

describe('solvePlan', () => {
  it('puts an ordinary portrait inside every range, clear of the margins, face centred', () => {
    const s = solvePlan(problem());
    expect(s.violations).toEqual([]);
    expect(s.coverageMet).toBe(true);
    expect(s.predicted.headTop).toBeGreaterThanOrEqual(56);
    expect(s.predicted.headTop).toBeLessThanOrEqual(104);
    expect(s.predicted.eyeLine).toBeGreaterThanOrEqual(210);
    expect(s.predicted.eyeLine).toBeLessThanOrEqual(290);
    expect(s.predicted.faceWidth).toBeGreaterThanOrEqual(192);
    expect(s.predicted.faceWidth).toBeLessThanOrEqual(288);
    expect(s.predicted.centreOffset).toBe(0);
    expect(s.scale * PORTRAIT.centreX + s.offsetX).toBeCloseTo(240, 9);
    // The mapping reproduces the predictions.
    expect(s.scale * PORTRAIT.eyeY + s.offsetY).toBeCloseTo(s.predicted.eyeLine, 9);
  });

  it('is the minimiser of the normalised distances to the range centres when nothing binds', () => {
    const s = solvePlan(problem());
    const f = (scale: number, t: number): number =>
      ((PORTRAIT.headTopY * scale + t - 80) / 30) ** 2 +
      ((PORTRAIT.eyeY * scale + t - 250) / 50) ** 2 +
      ((PORTRAIT.faceWidth * scale - 240) / 60) ** 2;
    const best = f(s.scale, s.offsetY);
    for (const [ds, dt] of [
      [0.001, 0],
      [-0.001, 0],
      [0, 1],
      [0, -1],
    ] as const)
      expect(f(s.scale + ds, s.offsetY + dt)).toBeGreaterThan(best - 1e-9);
  });

  it('reports the ranges it cannot meet for a very tall bun, and shares the miss', () => {
    // Head top 1.6 face widths above the eyes (ordinary: ~0.7): a face width ≥ 180 px puts the
    // eyes ≥ 288 px below the head top, so head top ≥ 50 and eye line ≤ 300 cannot both hold.
    const bun = { ...PORTRAIT, headTopY: PORTRAIT.eyeY - 1.6 * PORTRAIT.faceWidth };
    const s = solvePlan(problem({ geometry: bun }));
    expect(s.violations.length).toBeGreaterThan(0);
    for (const v of s.violations) {
      const range = CHSI[v.quantity]!;
      const miss = Math.max((range.min ?? -Infinity) - v.predicted, v.predicted - (range.max ?? Infinity));
      expect(miss).toBeGreaterThan(0.5);
      expect(miss).toBeLessThan(30);
    }
  });

  it('keeps the crop inside the source bottom when the ranges allow it', () => {
    // The photo ends just below the chin: the centred plan would need pixels below it.
    const known = { x: 0, y: 0, width: 3000, height: 2450 };
    const free = solvePlan(problem());
    expect(free.scale * 2450 + free.offsetY).toBeLessThan(640);
    const s = solvePlan(problem({ known }));
    expect(s.coverageMet).toBe(true);
    expect(s.violations).toEqual([]);
    expect(s.scale * 2450 + s.offsetY).toBeGreaterThanOrEqual(639.5);
  });

  it('gives up the safety margins, not the coverage, when only the ranges leave room for the source', () => {
    // With the margins the photo's bottom (730 px below the eyes) cannot reach the frame's bottom
    // (eye line ≤ 290, face ≤ 288 px); within the ranges it can (eye line ≤ 300, face ≤ 300 px).
    const known = { x: 0, y: 0, width: 3000, height: 2230 };
    const s = solvePlan(problem({ known }));
    expect(s.coverageMet).toBe(true);
    expect(s.violations).toEqual([]);
    expect(s.scale * 2230 + s.offsetY).toBeGreaterThanOrEqual(639.5);
    expect(s.predicted.eyeLine > 290 || s.predicted.faceWidth > 288).toBe(true);
  });

  it('covers every output pixel from a source only just wide enough, face off-centre (crop-only)', () => {
    // 1000 source px wide, the face 20 px right of its middle: the frame needs a 299 px face (range
    // ≤ 300, margin ≤ 288) and a shift of the face within the ±12 px allowance.
    const known = { x: 980, y: 0, width: 1000, height: 4000 };
    const all = { top: true, bottom: true, left: true, right: true };
    const s = solvePlan(problem({ known, keepInside: all }));
    expect(s.coverageMet).toBe(true);
    expect(s.violations).toEqual([]);
    const window = sourceWindow({ ...s, offsetX: s.offsetX + 980 * s.scale }, 1000, 4000, 480, 640);
    // (the window is computed on a source that starts at the known area's left edge)
    expect(window?.covered).toEqual({ x: 0, y: 0, width: 480, height: 640 });
  });

  it('keeps the composition and says coverage failed when the source is cut too high', () => {
    const known = { x: 0, y: 0, width: 3000, height: 2050 };
    const s = solvePlan(problem({ known }));
    expect(s.coverageMet).toBe(false);
    expect(s.violations).toEqual([]);
    expect(s.predicted.eyeLine).toBeGreaterThan(210);
  });

  it('moves the face off-centre by at most half the tolerance to avoid a side cut', () => {
    const cx = PORTRAIT.centreX;
    const base = solvePlan(problem());
    const halfWidth = 240 / base.scale;
    // The source ends 30 output px short of the crop's left edge.
    const known = { x: cx - halfWidth + 30 / base.scale, y: 0, width: 3000, height: 4000 };
    const s = solvePlan(problem({ known, keepInside: { ...BOTTOM_ONLY, left: true } }));
    expect(Math.abs(s.predicted.centreOffset)).toBeLessThanOrEqual(12);
  });

  it('is well-posed for a spec with only an eye line from the bottom (folded into eyeLine)', () => {
    const s = solvePlan(problem({ composition: { eyeLine: { min: 320, max: 380 }, centreTolerance: 20 } }));
    expect(s.violations).toEqual([]);
    expect(s.predicted.eyeLine).toBeCloseTo(350, 0);
    expect(s.predicted.faceWidth).toBeCloseTo(240, 0);
  });

  it('keeps a margin from a one-sided bound (GA 461: eye line ≥ 207 px above the bottom of 441)', () => {
    // Long hair (head 1.84 face widths tall, eyes 0.56 of it below the top): centring head top and
    // face width would put the eyes at ~238 px, past the 441 − 207 = 234 px bound.
    const hair = { ...PORTRAIT, headTopY: 1500 - 0.56 * 1.84 * 620, chinY: 1500 + 0.44 * 1.84 * 620 };
    const composition: PixelComposition = {
      headTop: { min: 7, max: 21 },
      faceWidth: { min: 179, max: 255 },
      eyeLine: { max: 234 },
      centreTolerance: 17,
    };
    const s = solvePlan(problem({ geometry: hair, canvas: { width: 358, height: 441 }, composition }));
    expect(s.violations).toEqual([]);
    expect(s.predicted.eyeLine).toBeLessThanOrEqual(234 - 0.1 * 0.2 * 441 + 0.5);
    expect(s.predicted.headTop).toBeGreaterThanOrEqual(7);
  });

  it('picks a smaller face within its range rather than cut long hair at the sides', () => {
    // Hair spreads 0.85 face widths either side of the face centre; 社保卡's 179–255 px face on a
    // 358 px frame would put it past the sides at the range centre (217 px → 369 px of hair).
    const hair = { ...PORTRAIT, headSpan: { left: 1500 - 0.85 * 620, right: 1500 + 0.85 * 620 } };
    const composition: PixelComposition = {
      headTop: { min: 7, max: 21 },
      faceWidth: { min: 179, max: 255 },
      eyeLine: { max: 234 },
      centreTolerance: 17,
    };
    const canvas = { width: 358, height: 441 };
    const without = solvePlan(problem({ canvas, composition }));
    expect(without.predicted.faceWidth * 1.7).toBeGreaterThan(358);
    const s = solvePlan(problem({ geometry: hair, canvas, composition }));
    expect(s.violations).toEqual([]);
    expect(s.scale * 0.85 * 620).toBeLessThanOrEqual(179 - 0.02 * 358 + 0.5);
    expect(s.predicted.faceWidth).toBeGreaterThanOrEqual(179);
  });

  it('keeps a guard inside the range when the hair pushes the face towards its bound', () => {
    // Hair 0.95 face widths either side: inside the sides only with a face ≤ 160 px (range ≥ 179):
    // the face stops a guard (≥ 1.5 px, 0.3 × margin) above 179 instead of on the bound, where the
    // re-measured photo would fall a pixel short.
    const hair = { ...PORTRAIT, headSpan: { left: 1500 - 0.95 * 620, right: 1500 + 0.95 * 620 } };
    const composition: PixelComposition = {
      faceWidth: { min: 179, max: 255 },
      eyeLine: { max: 234 },
      centreTolerance: 17,
    };
    const s = solvePlan(problem({ geometry: hair, canvas: { width: 358, height: 441 }, composition }));
    expect(s.violations).toEqual([]);
    expect(s.predicted.faceWidth).toBeGreaterThanOrEqual(179 + 0.3 * 0.1 * 76 - 0.05);
    expect(s.predicted.faceWidth).toBeLessThan(185);
  });

  it('lets the ranges win when even the smallest face leaves the hair outside', () => {
    const wide = { ...PORTRAIT, headSpan: { left: 1500 - 1.2 * 620, right: 1500 + 1.2 * 620 } };
    const composition: PixelComposition = {
      faceWidth: { min: 179, max: 255 },
      eyeLine: { max: 234 },
      centreTolerance: 17,
    };
    const s = solvePlan(problem({ geometry: wide, canvas: { width: 358, height: 441 }, composition }));
    expect(s.violations).toEqual([]);
    expect(s.predicted.faceWidth).toBeGreaterThanOrEqual(178.5);
  });

  it('keeps the hair below the top edge when the spec has no head-top range (考研)', () => {
    // Eye line 30–50 % and face width 37.5–62.5 % only: centring both puts a tall head's top at −40.
    const tall = { ...PORTRAIT, headTopY: 1500 - 1.1 * 620 };
    const composition: PixelComposition = {
      eyeLine: { min: 192, max: 320 },
      faceWidth: { min: 180, max: 300 },
      centreTolerance: 24,
    };
    const free = solvePlan(problem({ geometry: { ...tall, headTopFromMatte: false }, composition }));
    expect(free.predicted.headTop).toBeLessThan(0);
    const s = solvePlan(problem({ geometry: tall, composition }));
    expect(s.violations).toEqual([]);
    expect(s.predicted.headTop).toBeGreaterThanOrEqual(0.02 * 640 - 0.5);
  });

  it('honours head height, chin-to-bottom and eye distance ranges', () => {
    const composition: PixelComposition = {
      headHeight: { min: 380, max: 420 },
      chinToBottom: { min: 100, max: 160 },
      eyeDistance: { min: 90, max: 130 },
      centreTolerance: 20,
    };
    const s = solvePlan(problem({ composition }));
    expect(s.violations).toEqual([]);
    expect(s.predicted.headHeight).toBeGreaterThanOrEqual(384);
    expect(s.predicted.chinToBottom).toBeGreaterThanOrEqual(106);
    expect(s.predicted.eyeDistance).toBeLessThanOrEqual(126);
  });
});
