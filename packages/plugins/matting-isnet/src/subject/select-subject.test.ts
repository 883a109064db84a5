import { describe, expect, it } from 'vitest';
import { selectSubject } from './select-subject.js';

/** A map with soft-edged discs (centre x, y, radius) on a 100×60 grid. */
function discs(list: readonly [number, number, number][]): Float32Array {
  const map = new Float32Array(100 * 60);
  for (let y = 0; y < 60; y++) {
    for (let x = 0; x < 100; x++) {
      let v = 0;
      for (const [cx, cy, r] of list)
        v = Math.max(v, Math.min(1, Math.max(0, (r - Math.hypot(x - cx, y - cy)) / 4 + 0.5)));
      map[y * 100 + x] = v;
    }
  }
  return map;
}

const at = (keep: Uint8Array, x: number, y: number): number => keep[y * 100 + x]!;

describe('selectSubject', () => {
  it('keeps the component under the face, with its soft edge, and drops the others', () => {
    const map = discs([
      [25, 30, 12],
      [75, 30, 14],
    ]);
    const keep = selectSubject(map, 100, 60, {
      core: { x: 20, y: 26, width: 10, height: 8 },
      center: { x: 25, y: 30 },
    });
    expect(at(keep, 25, 30)).toBe(1);
    expect(at(keep, 25 + 13, 30)).toBe(1); // soft fringe, alpha < 0.5
    expect(at(keep, 75, 30)).toBe(0);
    expect(at(keep, 75 - 15, 30)).toBe(0); // the other disc's fringe goes with it
  });

  it('takes the nearest component when the face lies outside every component', () => {
    const map = discs([
      [20, 30, 8],
      [80, 30, 8],
    ]);
    const keep = selectSubject(map, 100, 60, {
      core: { x: 60, y: 5, width: 4, height: 4 },
      center: { x: 62, y: 7 },
    });
    expect(at(keep, 80, 30)).toBe(1);
    expect(at(keep, 20, 30)).toBe(0);
  });

  it('without a face keeps the largest central component', () => {
    const map = discs([
      [50, 30, 10],
      [8, 8, 6],
      [94, 54, 5],
    ]);
    const keep = selectSubject(map, 100, 60);
    expect(at(keep, 50, 30)).toBe(1);
    expect(at(keep, 8, 8)).toBe(0);
    expect(at(keep, 94, 54)).toBe(0);
  });

  it('keeps nothing in an empty map', () => {
    expect(selectSubject(new Float32Array(100 * 60), 100, 60).some((v) => v !== 0)).toBe(false);
  });
});
