import { describe, expect, it } from 'vitest';
import { convexHull, fillPolygon, growPolygon, polygonPixels } from './polygon.js';

describe('polygon helpers', () => {
  it('fills the pixels whose centres are inside', () => {
    const mask = new Float32Array(10 * 10);
    fillPolygon(
      mask,
      10,
      10,
      [
        { x: 2, y: 2 },
        { x: 6, y: 2 },
        { x: 6, y: 5 },
        { x: 2, y: 5 },
      ],
      1,
    );
    expect(mask.reduce((a, b) => a + b, 0)).toBe(12);
    expect(mask[2 * 10 + 2]).toBe(1);
    expect(mask[5 * 10 + 2]).toBe(0);
    const indices = polygonPixels(
      [
        { x: 2, y: 2 },
        { x: 6, y: 2 },
        { x: 6, y: 5 },
        { x: 2, y: 5 },
      ],
      10,
      10,
    );
    expect([...indices]).toEqual([...mask.keys()].filter((i) => mask[i] === 1));
  });

  it('offsets every edge of a convex polygon by the margin, whatever its orientation', () => {
    const square = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
      { x: 0, y: 10 },
    ];
    for (const poly of [square, [...square].reverse()]) {
      const g = growPolygon(poly, 2);
      const xs = g.map((p) => p.x);
      const ys = g.map((p) => p.y);
      expect(Math.min(...xs)).toBeCloseTo(-2, 9);
      expect(Math.max(...xs)).toBeCloseTo(12, 9);
      expect(Math.min(...ys)).toBeCloseTo(-2, 9);
      expect(Math.max(...ys)).toBeCloseTo(12, 9);
    }
  });

  it('keeps the thin sides of an elongated hull a full margin away', () => {
    // An eye-like 60×12 hull: every point of the original stays ≥ margin inside the grown one.
    const eye = convexHull(
      Array.from({ length: 24 }, (_, i) => {
        const t = (i / 24) * 2 * Math.PI;
        return { x: 30 + 30 * Math.cos(t), y: 6 + 6 * Math.sin(t) };
      }),
    );
    const grown = growPolygon(eye, 4);
    const mask = new Float32Array(100 * 40);
    const shifted = grown.map((p) => ({ x: p.x + 20, y: p.y + 14 }));
    fillPolygon(mask, 100, 40, shifted, 1);
    for (const p of eye)
      for (const [dx, dy] of [
        [0, 3.5],
        [0, -3.5],
        [3.5, 0],
        [-3.5, 0],
      ] as const) {
        const x = Math.floor(p.x + 20 + dx);
        const y = Math.floor(p.y + 14 + dy);
        expect(mask[y * 100 + x]).toBe(1);
      }
  });
});
