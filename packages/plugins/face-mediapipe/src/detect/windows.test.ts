import { describe, expect, it } from 'vitest';
import { BOX_PER_EYE_DISTANCE, MIN_BOX_IN_WINDOW, searchPlan } from './windows.js';

describe('searchPlan', () => {
  it('starts with one letterboxed window over the whole image', () => {
    const [first] = searchPlan(970, 2204, 16);
    expect(first!.windows).toEqual([{ x: (970 - 2204) / 2, y: 0, side: 2204 }]);
  });

  it('tiles finer scales over the whole image until the smallest face fits the model', () => {
    const plan = searchPlan(4000, 3000, 16);
    const last = plan[plan.length - 1]!;
    const smallestBox = 16 * BOX_PER_EYE_DISTANCE;
    expect((smallestBox / last.side) * 256).toBeGreaterThanOrEqual(MIN_BOX_IN_WINDOW - 1e-9);
    for (const scale of plan.slice(1)) {
      const right = Math.max(...scale.windows.map((w) => w.x + w.side));
      const bottom = Math.max(...scale.windows.map((w) => w.y + w.side));
      expect(right).toBeGreaterThanOrEqual(4000 - 1e-6);
      expect(bottom).toBeGreaterThanOrEqual(3000 - 1e-6);
      expect(Math.min(...scale.windows.map((w) => w.x))).toBeLessThanOrEqual(0);
    }
  });

  it('needs a single scale for a small image', () => {
    expect(searchPlan(128, 128, 16)).toHaveLength(1);
  });
});

describe('searchPlan spacing', () => {
  it('spaces scales evenly, never more than 3× apart and never nearly equal', () => {
    const sides = searchPlan(4000, 3000, 16).map((s) => s.side);
    for (let i = 1; i < sides.length; i++) {
      const ratio = sides[i - 1]! / sides[i]!;
      expect(ratio).toBeLessThanOrEqual(3 + 1e-9);
      expect(ratio).toBeGreaterThan(1.5);
    }
  });
});
