import type { Box, PixelComposition, Range } from '@idphoto/sdk';
import {
  type BoundTerm,
  evaluate,
  excess,
  type LinearTerm,
  minimisePenalised,
  type TargetTerm,
} from './penalised-least-squares.js';
import type { SubjectGeometry } from './subject-geometry.js';

/** Composition quantities a spec may constrain, as named in {@link PixelComposition}. */
export type Quantity = 'headTop' | 'eyeLine' | 'faceWidth' | 'headHeight' | 'chinToBottom' | 'eyeDistance';

/** Which edges of the known area the subject touches (its pixels continue beyond them). */
export interface SubjectEdges {
  readonly top: boolean;
  readonly bottom: boolean;
  readonly left: boolean;
  readonly right: boolean;
}

/** Everything the solver needs. */
export interface PlanProblem {
  readonly geometry: SubjectGeometry;
  readonly canvas: { readonly width: number; readonly height: number };
  readonly composition: PixelComposition;
  /** Fraction of each two-sided range's width kept clear of both bounds when that is possible. */
  readonly margin: number;
  /** Source area whose pixels (and, when compositing, subject alpha) are known. */
  readonly known: Box;
  /** Edges of `known` the crop should not cross, because subject pixels would be missing there. */
  readonly keepInside: SubjectEdges;
}

/** A quantity the plan could not bring into its range. */
export interface Violation {
  readonly quantity: Quantity;
  readonly predicted: number;
  readonly range: Range;
}

/** The solved plan: output = scale · source + offset, on both axes. */
export interface PlanSolution {
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
  /** Predicted output positions (output pixels). */
  readonly predicted: Readonly<Record<Quantity, number>> & {
    readonly chin: number;
    readonly centreOffset: number;
  };
  /** Ranges the plan misses (empty when the composition is reachable). */
  readonly violations: readonly Violation[];
  /** Whether the crop stays inside `known` on every edge listed in `keepInside`. */
  readonly coverageMet: boolean;
}

/** Weight of the spec's own ranges: effectively hard constraints. */
const RANGE_WEIGHT = 1e6;
/** Weight of staying inside the known source area (no missing subject pixels). */
const COVERAGE_WEIGHT = 1e4;
/** Guard inside each range while keeping the head in the frame: share of the margin, in px at least. */
const GUARD_SHARE = 0.3;
const MIN_GUARD = 1.5;
/** Output pixels the crop keeps inside the known source area beyond the exact edge (rounding). */
const COVERAGE_SLACK = 1;
/** Weight of keeping the head and its hair between the frame's sides. */
const HEAD_INSIDE_WEIGHT = 1e4;
/** Clearance between the hair and a side edge, as a share of the width. */
const HEAD_SIDE_MARGIN = 0.02;
/** Weight of the safety margin inside each range (re-measurement noise on the output). */
const MARGIN_WEIGHT = 1e3;
/** Weight of the pull towards each range's centre. */
const CENTRE_WEIGHT = 1;
/** Keeps the problem well-posed when a spec constrains only one quantity. */
const REGULARISER_WEIGHT = 1e-6;
/**
 * Safety margin of a one-sided range as a share of the frame dimension, per unit of `margin`
 * (0.1 × 0.2 × 441 px ≈ 9 px on an identity-card photo; plan and re-measurement agree within ~6 px).
 */
const ONE_SIDED_MARGIN = 0.2;
/** Quantities measured across the frame (the rest run down it). */
const HORIZONTAL: ReadonlySet<Quantity> = new Set(['faceWidth', 'eyeDistance']);

/**
 * Solves for scale (output px per source px) and vertical offset so that every composition
 * quantity lands as near the middle of its range as the others allow: minimises the sum of squared
 * distances to the range centres, each normalised by its half-width, subject to (in this order of
 * priority) staying inside every range, keeping the crop inside the known source area where the
 * subject continues beyond it, and keeping a safety margin from every bound. When the source
 * cannot be covered within the ranges, the composition wins and the caller reports the cut-off.
 * Horizontally the face is centred; it may move off-centre by up to half the spec's tolerance to
 * avoid a side cut-off.
 */
export function solvePlan(problem: PlanProblem): PlanSolution {
  const { geometry: g, canvas, composition } = problem;
  const W = canvas.width;
  const H = canvas.height;
  const terms = quantityTerms(g, H);
  const targets: TargetTerm[] = [];
  const bounds: BoundTerm[] = [];
  const margins: BoundTerm[] = [];
  const guards: BoundTerm[] = [];
  for (const [quantity, term] of terms) {
    const range = composition[quantity];
    if (!range) continue;
    const width = range.min !== undefined && range.max !== undefined ? range.max - range.min : undefined;
    const scale = width ? width / 2 : Math.max(1, 0.1 * (range.min ?? range.max ?? H));
    if (width !== undefined && width > 0) {
      targets.push({ term, target: range.min! + width / 2, scale, weight: CENTRE_WEIGHT });
      const m = problem.margin * width;
      margins.push({ term, min: range.min! + m, max: range.max! - m, scale, weight: MARGIN_WEIGHT });
    } else if (width === undefined) {
      // A one-sided range (GA 461: eyes ≥ 207 px above the bottom) has no width to take a margin
      // from; keep a share of the frame clear of its bound instead, against re-measurement noise.
      const m = problem.margin * ONE_SIDED_MARGIN * (HORIZONTAL.has(quantity) ? W : H);
      margins.push({
        term,
        ...(range.min === undefined ? {} : { min: range.min + m }),
        ...(range.max === undefined ? {} : { max: range.max - m }),
        scale,
        weight: MARGIN_WEIGHT,
      });
    }
    bounds.push({ term, ...range, scale, weight: RANGE_WEIGHT });
    // What the head-inside solve may not push a quantity past: its range less a small guard
    // against re-measurement noise (a face pushed onto the bound re-measures a pixel outside it).
    const guard = Math.max(MIN_GUARD, GUARD_SHARE * problem.margin * (width ?? 0));
    guards.push({
      term,
      ...(range.min === undefined ? {} : { min: range.min + guard }),
      ...(range.max === undefined ? {} : { max: range.max - guard }),
      scale,
      weight: RANGE_WEIGHT,
    });
  }
  const s0 = (0.5 * W) / g.faceWidth;
  targets.push({ term: { a: [1, 0], c: 0 }, target: s0, scale: s0, weight: REGULARISER_WEIGHT });
  targets.push({ term: terms.get('eyeLine')!, target: 0.42 * H, scale: H, weight: REGULARISER_WEIGHT });
  const start: [number, number] = [s0, 0.42 * H - s0 * g.eyeY];

  const shiftAllowance = composition.centreTolerance / 2;
  const coverage = coverageBounds(problem, shiftAllowance);
  const covered = (x: readonly [number, number]): boolean =>
    coverage.every((b) => excess(evaluate(b.term, x), b.min, b.max) < 0.5);
  /**
   * Tries the bound sets in order and keeps the first whose solution covers the source; `soft`
   * terms (range margins, then the guards) are given up one set at a time before the coverage is.
   */
  const solve = (
    extra: readonly BoundTerm[],
    soft: readonly (readonly BoundTerm[])[],
  ): { x: [number, number]; coverageMet: boolean } => {
    for (let drop = 0; drop <= soft.length; drop++) {
      const x = minimisePenalised(
        targets,
        [...bounds, ...extra, ...soft.slice(drop).flat(), ...coverage],
        start,
      );
      if (covered(x)) return { x, coverageMet: true };
    }
    return {
      x: minimisePenalised(targets, [...bounds, ...extra, ...soft.flat()], start),
      coverageMet: false,
    };
  };
  const missesRange = (x: readonly [number, number]): boolean =>
    [...terms].some(([q, term]) => {
      const range = composition[q];
      return range !== undefined && excess(evaluate(term, x), range.min, range.max) > 0.5;
    });
  // Keep the hair inside the frame when the ranges and the source coverage allow it, a guard clear
  // of each range's bounds where possible (a quantity pushed onto its bound re-measures a pixel
  // outside it); otherwise the ranges and the coverage win and the validator reports the cut-off.
  // Coverage outranks the safety margins, then the guards.
  const headInside = headInsideBounds(g, W, H);
  let solved = solve(headInside, [margins, guards]);
  if (headInside.length > 0 && (missesRange(solved.x) || !solved.coverageMet)) {
    const plain = solve([], [margins]);
    if (missesRange(solved.x) || plain.coverageMet) solved = plain;
  }
  const { x, coverageMet } = solved;

  const [scale, offsetY] = x;
  const shift = horizontalShift(problem, scale, shiftAllowance);
  const offsetX = W / 2 - scale * g.centreX + shift;
  const predicted = {
    headTop: evaluate(terms.get('headTop')!, x),
    eyeLine: evaluate(terms.get('eyeLine')!, x),
    faceWidth: evaluate(terms.get('faceWidth')!, x),
    headHeight: evaluate(terms.get('headHeight')!, x),
    chinToBottom: evaluate(terms.get('chinToBottom')!, x),
    eyeDistance: evaluate(terms.get('eyeDistance')!, x),
    chin: scale * g.chinY + offsetY,
    centreOffset: shift,
  };
  const violations: Violation[] = [];
  for (const quantity of terms.keys()) {
    const range = composition[quantity];
    if (range && excess(predicted[quantity], range.min, range.max) > 0.5)
      violations.push({ quantity, predicted: predicted[quantity], range });
  }
  return { scale, offsetX, offsetY, predicted, violations, coverageMet };
}

/** Each quantity as a linear function of (scale, offsetY). */
function quantityTerms(g: SubjectGeometry, H: number): Map<Quantity, LinearTerm> {
  return new Map<Quantity, LinearTerm>([
    ['headTop', { a: [g.headTopY, 1], c: 0 }],
    ['eyeLine', { a: [g.eyeY, 1], c: 0 }],
    ['faceWidth', { a: [g.faceWidth, 0], c: 0 }],
    ['headHeight', { a: [g.chinY - g.headTopY, 0], c: 0 }],
    ['chinToBottom', { a: [-g.chinY, -1], c: H }],
    ['eyeDistance', { a: [g.eyeDistance, 0], c: 0 }],
  ]);
}

/**
 * The head with its hair must fit inside the frame (the validator fails hair cut by the top or a
 * side edge): `scale · (centre − left) ≤ W/2 − m`, likewise on the right, and the head top at least
 * m below the top edge, with a margin m of 2 % of the frame for matte differences. Dropped when it would push a quantity out of its range;
 * otherwise it outweighs the range margins, so a tight identity-card framing picks the smaller face
 * its range allows rather than cutting long hair.
 */
function headInsideBounds(g: SubjectGeometry, W: number, H: number): BoundTerm[] {
  const out: BoundTerm[] = [];
  // The top of the hair below the top edge too, for specs without a head-top range (考研: eye line
  // and face width only).
  if (g.headTopFromMatte)
    out.push({
      term: { a: [g.headTopY, 1], c: 0 },
      min: HEAD_SIDE_MARGIN * H,
      scale: 0.1 * H,
      weight: HEAD_INSIDE_WEIGHT,
    });
  if (!g.headSpan) return out;
  const max = W / 2 - HEAD_SIDE_MARGIN * W;
  const scale = 0.1 * W;
  out.push(
    { term: { a: [g.centreX - g.headSpan.left, 0], c: 0 }, max, scale, weight: HEAD_INSIDE_WEIGHT },
    { term: { a: [g.headSpan.right - g.centreX, 0], c: 0 }, max, scale, weight: HEAD_INSIDE_WEIGHT },
  );
  return out;
}

/** Crop-inside-known-area constraints, linear in (scale, offsetY). */
function coverageBounds(problem: PlanProblem, shiftAllowance: number): BoundTerm[] {
  const { known, keepInside, canvas, geometry } = problem;
  const W = canvas.width;
  const H = canvas.height;
  const scale = 0.1 * H;
  const weight = COVERAGE_WEIGHT;
  const out: BoundTerm[] = [];
  // Output y of the known area's top edge must be ≤ 0, of its bottom edge ≥ H — with one output
  // pixel to spare, so rounding the plan onto whole pixels cannot leave a sliver uncovered.
  const e = COVERAGE_SLACK;
  if (keepInside.top) out.push({ term: { a: [known.y, 1], c: 0 }, max: -e, scale, weight });
  if (keepInside.bottom)
    out.push({ term: { a: [known.y + known.height, 1], c: 0 }, min: H + e, scale, weight });
  const left = geometry.centreX - known.x;
  const right = known.x + known.width - geometry.centreX;
  const side = W / 2 - shiftAllowance + e;
  if (keepInside.left) out.push({ term: { a: [left, 0], c: 0 }, min: side, scale, weight });
  if (keepInside.right) out.push({ term: { a: [right, 0], c: 0 }, min: side, scale, weight });
  if (keepInside.left && keepInside.right)
    out.push({ term: { a: [known.width, 0], c: 0 }, min: W + 2 * e, scale, weight });
  return out;
}

/** Smallest horizontal shift (within ±allowance) that keeps the crop inside the known sides. */
function horizontalShift(problem: PlanProblem, scale: number, allowance: number): number {
  const { known, keepInside, canvas, geometry } = problem;
  const W = canvas.width;
  // Face centre lands at W/2 + shift; the known left edge at W/2 + shift − scale·(cx − left) ≤ 0.
  const upper = keepInside.left ? scale * (geometry.centreX - known.x) - W / 2 : Number.POSITIVE_INFINITY;
  const lower = keepInside.right
    ? W / 2 - scale * (known.x + known.width - geometry.centreX)
    : Number.NEGATIVE_INFINITY;
  // Both sides cannot be covered: share the shortfall between them.
  if (lower > upper) return Math.min(allowance, Math.max(-allowance, (lower + upper) / 2));
  const wanted = Math.min(Math.max(0, lower), upper);
  return Math.min(allowance, Math.max(-allowance, wanted));
}
