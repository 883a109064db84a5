import { describe, expect, it } from 'vitest';
import { cost, minimisePenalised } from './penalised-least-squares.js';

describe('minimisePenalised', () => {
  it('returns the unconstrained least-squares point when no bound is active', () => {
    const x = minimisePenalised(
      [
        { term: { a: [1, 0], c: 0 }, target: 3, scale: 1, weight: 1 },
        { term: { a: [0, 1], c: 0 }, target: 4, scale: 1, weight: 1 },
      ],
      [{ term: { a: [1, 1], c: 0 }, max: 10, scale: 1, weight: 1e6 }],
      [0, 0],
    );
    expect(x[0]).toBeCloseTo(3, 9);
    expect(x[1]).toBeCloseTo(4, 9);
  });

  it('solves a bound-constrained problem to the projection (hard bound)', () => {
    // min (x−3)² + (y−4)² subject to x + y ≤ 5 → (2, 3).
    const x = minimisePenalised(
      [
        { term: { a: [1, 0], c: 0 }, target: 3, scale: 1, weight: 1 },
        { term: { a: [0, 1], c: 0 }, target: 4, scale: 1, weight: 1 },
      ],
      [{ term: { a: [1, 1], c: 0 }, max: 5, scale: 1, weight: 1e8 }],
      [0, 0],
    );
    expect(x[0]).toBeCloseTo(2, 5);
    expect(x[1]).toBeCloseTo(3, 5);
  });

  it('shares violations of contradictory bounds by their weights and scales', () => {
    // x ≥ 2 and x ≤ 0 with equal weight: the compromise is 1.
    const x = minimisePenalised(
      [{ term: { a: [0, 1], c: 0 }, target: 0, scale: 1, weight: 1 }],
      [
        { term: { a: [1, 0], c: 0 }, min: 2, scale: 1, weight: 1e6 },
        { term: { a: [1, 0], c: 0 }, max: 0, scale: 1, weight: 1e6 },
      ],
      [5, 5],
    );
    expect(x[0]).toBeCloseTo(1, 6);
    expect(x[1]).toBeCloseTo(0, 9);
  });

  it('reaches the minimum of a many-bound problem (checked against a fine grid)', () => {
    const targets = [
      { term: { a: [2, 1] as const, c: 0 }, target: 4, scale: 1, weight: 1 },
      { term: { a: [1, -1] as const, c: 1 }, target: 0, scale: 2, weight: 1 },
    ];
    const bounds = [
      { term: { a: [1, 0] as const, c: 0 }, min: 1.5, scale: 1, weight: 50 },
      { term: { a: [1, 1] as const, c: 0 }, max: 2, scale: 1, weight: 20 },
      { term: { a: [0, 1] as const, c: 0 }, min: -1, max: 0.5, scale: 0.5, weight: 5 },
    ];
    const x = minimisePenalised(targets, bounds, [10, -10]);
    let gridBest = Number.POSITIVE_INFINITY;
    for (let i = -200; i <= 200; i++)
      for (let j = -200; j <= 200; j++)
        gridBest = Math.min(gridBest, cost(targets, bounds, [x[0] + i * 0.005, x[1] + j * 0.005]));
    expect(cost(targets, bounds, x)).toBeLessThanOrEqual(gridBest + 1e-12);
  });
});
