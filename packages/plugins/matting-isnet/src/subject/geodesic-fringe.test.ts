import { describe, expect, it } from 'vitest';
import { CORE_ALPHA, geodesicFringe } from './geodesic-fringe.js';

const W = 40;
const H = 20;
const at = (x: number, y: number): number => y * W + x;

/** A confident block (x 0–9) with a soft U-shaped strip hanging off it, and a stray confident patch. */
function map(): Float32Array {
  const m = new Float32Array(W * H);
  for (let y = 0; y < H; y++) for (let x = 0; x < 10; x++) m[at(x, y)] = 1;
  for (let x = 10; x < 30; x++) m[at(x, 2)] = 0.4; // out along row 2…
  for (let y = 2; y < 18; y++) m[at(30, y)] = 0.4; // …down column 30…
  for (let x = 12; x <= 30; x++) m[at(x, 17)] = 0.4; // …and back along row 17
  m[at(20, 17)] = CORE_ALPHA; // confident, but only reachable through the strip
  m[at(35, 10)] = 0.9; // selected but cut off from everything
  return m;
}

describe('geodesicFringe', () => {
  it('grows the core from the face and counts steps through the selection, not across it', () => {
    const result = geodesicFringe(map(), W, H, { x: 2, y: 5, width: 4, height: 4 });
    expect(result).toBeDefined();
    const { steps, fringe } = result!;
    expect(steps[at(0, 19)]).toBe(0);
    expect(steps[at(10, 2)]).toBe(1);
    expect(steps[at(29, 2)]).toBe(20);
    expect(steps[at(30, 17)]).toBe(35);
    // (12, 17) is 3 pixels from the block in a straight line, 52 steps along the strip.
    expect(steps[at(12, 17)]).toBe(52);
    // A confident pixel cut off from the face is fringe.
    expect(steps[at(20, 17)]).toBe(44);
    expect(steps[at(35, 10)]).toBe(-1);
    // Every fringe pixel remembers where on the core its path starts.
    const { root } = result!;
    expect(root[at(10, 2)]).toBe(at(9, 1));
    expect(root[at(12, 17)]).toBe(at(9, 1));
    expect(root[at(0, 19)]).toBe(-1);
    expect(steps[at(20, 10)]).toBe(-1);
    // Fringe in order of distance.
    for (let k = 1; k < fringe.length; k++)
      expect(steps[fringe[k]!]!).toBeGreaterThanOrEqual(steps[fringe[k - 1]!]!);
    expect(fringe).toHaveLength(20 + 16 + 18);
  });

  it('needs a confident pixel under the face', () => {
    expect(geodesicFringe(map(), W, H, { x: 15, y: 5, width: 4, height: 4 })).toBeUndefined();
  });
});
