import { describe, expect, it } from 'vitest';
import type { Detection } from './detection.js';
import { suppress } from './nms.js';

const det = (x: number, y: number, side: number, score: number): Detection => ({
  box: { x, y, width: side, height: side },
  score,
  keypoints: [{ x: x + side * 0.3, y: y + side * 0.4 }],
  window: 256,
});

describe('suppress', () => {
  it('merges overlapping boxes into the best one, blending their position by score', () => {
    const kept = suppress([det(100, 100, 50, 0.9), det(104, 100, 50, 0.9)], { iou: 0.3, containment: 0.6 });
    expect(kept).toHaveLength(1);
    expect(kept[0]!.box.x).toBeCloseTo(102, 5);
    expect(kept[0]!.score).toBe(0.9);
  });

  it('keeps separate faces apart', () => {
    const kept = suppress([det(0, 0, 50, 0.8), det(200, 0, 50, 0.95)], { iou: 0.3, containment: 0.6 });
    expect(kept.map((d) => d.score)).toEqual([0.95, 0.8]);
  });

  it('drops a partial detection lying inside a better one (a face cut by a tile edge)', () => {
    const kept = suppress([det(0, 0, 100, 0.9), det(10, 10, 40, 0.6)], { iou: 0.3, containment: 0.6 });
    expect(kept).toHaveLength(1);
    expect(kept[0]!.box.width).toBe(100);
  });
});
