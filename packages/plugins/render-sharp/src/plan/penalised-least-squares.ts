/** A quantity linear in the two unknowns: `a[0]·x0 + a[1]·x1 + c`. */
export interface LinearTerm {
  readonly a: readonly [number, number];
  readonly c: number;
}

/** Pulls a quantity towards `target`: cost `weight · ((value − target) / scale)²`. */
export interface TargetTerm {
  readonly term: LinearTerm;
  readonly target: number;
  readonly scale: number;
  readonly weight: number;
}

/**
 * Keeps a quantity inside `[min, max]` (either bound optional): cost `weight · (excess / scale)²`,
 * zero inside. A large weight makes it a hard constraint whenever the constraints are feasible;
 * when they are not, the violations are shared in proportion to `scale / √weight`.
 */
export interface BoundTerm {
  readonly term: LinearTerm;
  readonly min?: number;
  readonly max?: number;
  readonly scale: number;
  readonly weight: number;
}

/** Value of a linear term at `x`. */
export function evaluate(term: LinearTerm, x: readonly [number, number]): number {
  return term.a[0] * x[0] + term.a[1] * x[1] + term.c;
}

/** How far `value` lies outside `[min, max]` (0 inside). */
export function excess(value: number, min: number | undefined, max: number | undefined): number {
  if (min !== undefined && value < min) return min - value;
  if (max !== undefined && value > max) return value - max;
  return 0;
}

/**
 * Minimises a sum of squared targets and squared-hinge bound penalties over two unknowns. The
 * objective is convex, piecewise quadratic and C¹. Each iteration solves the quadratic of the
 * current active set (a 2×2 system) and then minimises exactly along the step direction (the
 * objective restricted to a line is a convex piecewise quadratic, so the minimum is found from the
 * derivative at its breakpoints); it stops when the active set no longer changes — then the point
 * is the stationary point of the piece it lies in, i.e. the global minimiser.
 */
export function minimisePenalised(
  targets: readonly TargetTerm[],
  bounds: readonly BoundTerm[],
  start: readonly [number, number],
): [number, number] {
  let x: [number, number] = [start[0], start[1]];
  for (let iteration = 0; iteration < 200; iteration++) {
    const { g, h } = derivatives(targets, bounds, x);
    const det = h[0] * h[2] - h[1] * h[1];
    if (!(Math.abs(det) > 0) || !Number.isFinite(det)) break;
    const d: [number, number] = [-(h[2] * g[0] - h[1] * g[1]) / det, -(h[0] * g[1] - h[1] * g[0]) / det];
    if (Math.abs(d[0]) + Math.abs(d[1]) < 1e-15) break;
    const tau = lineMinimum(targets, bounds, x, d);
    const next: [number, number] = [x[0] + tau * d[0], x[1] + tau * d[1]];
    const moved =
      Math.abs(next[0] - x[0]) / Math.max(1, Math.abs(x[0])) +
      Math.abs(next[1] - x[1]) / Math.max(1, Math.abs(x[1]));
    x = next;
    if (moved < 1e-13) break;
  }
  return x;
}

/** Exact minimiser τ ≥ 0 of the objective along `x + τ·d` (its derivative is piecewise linear). */
function lineMinimum(
  targets: readonly TargetTerm[],
  bounds: readonly BoundTerm[],
  x: readonly [number, number],
  d: readonly [number, number],
): number {
  const slope = (tau: number): number => {
    const { g } = derivatives(targets, bounds, [x[0] + tau * d[0], x[1] + tau * d[1]]);
    return g[0] * d[0] + g[1] * d[1];
  };
  // Breakpoints: where a bound's value crosses its min or max.
  const points = new Set<number>([0]);
  for (const b of bounds) {
    const rate = b.term.a[0] * d[0] + b.term.a[1] * d[1];
    if (rate === 0) continue;
    const v = evaluate(b.term, x);
    for (const edge of [b.min, b.max]) {
      if (edge === undefined) continue;
      const tau = (edge - v) / rate;
      if (tau > 0 && Number.isFinite(tau)) points.add(tau);
    }
  }
  const sorted = [...points].sort((p, q) => p - q);
  let lo = 0;
  let slopeLo = slope(0);
  if (slopeLo >= 0) return 0;
  for (const tau of sorted.slice(1)) {
    const s = slope(tau);
    if (s >= 0) return lo + (tau - lo) * (-slopeLo / (s - slopeLo));
    lo = tau;
    slopeLo = s;
  }
  // Past the last breakpoint the objective is one quadratic: its slope grows linearly.
  const s1 = slope(lo + 1);
  return s1 > slopeLo ? lo + -slopeLo / (s1 - slopeLo) : lo + 1;
}

/** The objective at `x`. */
export function cost(
  targets: readonly TargetTerm[],
  bounds: readonly BoundTerm[],
  x: readonly [number, number],
): number {
  let sum = 0;
  for (const t of targets) {
    const r = (evaluate(t.term, x) - t.target) / t.scale;
    sum += t.weight * r * r;
  }
  for (const b of bounds) {
    const r = excess(evaluate(b.term, x), b.min, b.max) / b.scale;
    sum += b.weight * r * r;
  }
  return sum;
}

/** Gradient and (upper triangle of the) Hessian of the objective on its current active set. */
function derivatives(
  targets: readonly TargetTerm[],
  bounds: readonly BoundTerm[],
  x: readonly [number, number],
): { g: [number, number]; h: [number, number, number] } {
  const g: [number, number] = [0, 0];
  const h: [number, number, number] = [1e-18, 0, 1e-18];
  const add = (term: LinearTerm, residual: number, k: number): void => {
    g[0] += 2 * k * residual * term.a[0];
    g[1] += 2 * k * residual * term.a[1];
    h[0] += 2 * k * term.a[0] * term.a[0];
    h[1] += 2 * k * term.a[0] * term.a[1];
    h[2] += 2 * k * term.a[1] * term.a[1];
  };
  for (const t of targets) add(t.term, evaluate(t.term, x) - t.target, t.weight / (t.scale * t.scale));
  for (const b of bounds) {
    const v = evaluate(b.term, x);
    const k = b.weight / (b.scale * b.scale);
    if (b.min !== undefined && v < b.min) add(b.term, v - b.min, k);
    else if (b.max !== undefined && v > b.max) add(b.term, v - b.max, k);
  }
  return { g, h };
}
