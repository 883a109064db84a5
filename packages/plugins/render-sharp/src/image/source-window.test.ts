import { describe, expect, it } from 'vitest';
import { sourceWindow } from './source-window.js';

describe('sourceWindow', () => {
  it('realises a fractional plan within half an output pixel', () => {
    const plan = { scale: 0.2637, offsetX: -173.4, offsetY: -91.7 };
    const w = sourceWindow(plan, 3000, 4000, 480, 640)!;
    expect(w.covered).toEqual({ x: 0, y: 0, width: 480, height: 640 });
    for (const x of [w.source.x, 1500, w.source.x + w.source.width])
      expect(Math.abs(w.mapX.scale * x + w.mapX.offset - (plan.scale * x + plan.offsetX))).toBeLessThan(0.6);
    for (const y of [w.source.y, 2000, w.source.y + w.source.height])
      expect(Math.abs(w.mapY.scale * y + w.mapY.offset - (plan.scale * y + plan.offsetY))).toBeLessThan(0.6);
  });

  it('covers only the part of the output the source reaches', () => {
    // Source 500×400 at scale 1, placed 100 px right of and 50 px below the output origin.
    const w = sourceWindow({ scale: 1, offsetX: 100, offsetY: 50 }, 500, 400, 480, 640)!;
    expect(w.source).toEqual({ x: 0, y: 0, width: 380, height: 400 });
    expect(w.covered).toEqual({ x: 100, y: 50, width: 380, height: 400 });
  });

  it('returns null when the plan misses the source', () => {
    expect(sourceWindow({ scale: 1, offsetX: 1000, offsetY: 0 }, 500, 400, 480, 640)).toBeNull();
  });
});
