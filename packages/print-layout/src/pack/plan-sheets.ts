import { packGuillotine } from './guillotine-pack.js';
import { fitsEmpty, type PackArea, type PackedPiece, type PackStrategy, type Piece } from './piece.js';
import { packShelvesInColumns, packShelvesInRows } from './shelf-pack.js';

/** Which way round the paper is used. */
export type Orientation = 'portrait' | 'landscape';

/** What {@link planSheets} packs: sizes in whole pixels at the sheet's dpi. */
export interface PlanSheetsInput {
  readonly items: readonly { readonly widthPx: number; readonly heightPx: number; readonly copies: number }[];
  /** The paper, portrait (width ≤ height). */
  readonly paper: { readonly widthPx: number; readonly heightPx: number };
  readonly marginPx: number;
  readonly gutterPx: number;
  /** `auto` tries both and keeps, per sheet, the one that places more copies (ties: portrait). */
  readonly orientation: Orientation | 'auto';
  readonly allowRotation: boolean;
  readonly maxSheets: number;
  /**
   * `center` (default) shifts each sheet's packed block to the middle of the paper, so the offcuts
   * and outer marks are even on all sides; `top-left` leaves it in the corner (one large offcut).
   */
  readonly align?: 'center' | 'top-left';
}

/** One copy's place on a sheet, in sheet pixels (margins included). */
export interface PlannedPlacement {
  readonly item: number;
  readonly copy: number;
  readonly xPx: number;
  readonly yPx: number;
  /** Size on the sheet (swapped from the photo's when `rotated`). */
  readonly widthPx: number;
  readonly heightPx: number;
  /** Turned 90° clockwise to fit (only with `allowRotation`). */
  readonly rotated: boolean;
}

/** One sheet of the plan. */
export interface PlannedSheet {
  readonly orientation: Orientation;
  readonly widthPx: number;
  readonly heightPx: number;
  /** How the sheet was packed (see {@link StrategyName}). */
  readonly strategy: StrategyName;
  /** In reading order (top to bottom, then left to right). */
  readonly placements: readonly PlannedPlacement[];
}

/** Copies that are on no sheet, and why. */
export interface UnplacedCopies {
  readonly item: number;
  readonly copies: number;
  /** `too-large`: the photo does not fit the paper at all; `sheet-limit`: `maxSheets` was reached. */
  readonly reason: 'too-large' | 'sheet-limit';
}

/**
 * The packing strategies, tried in this order (the order also breaks ties): shelves in `rows` or
 * `columns` (first-fit decreasing), and guillotine packing with either split rule.
 */
export type StrategyName = 'rows' | 'columns' | 'guillotine-shorter-axis' | 'guillotine-longer-axis';

const STRATEGIES: readonly (readonly [StrategyName, PackStrategy])[] = [
  ['rows', packShelvesInRows],
  ['columns', packShelvesInColumns],
  ['guillotine-shorter-axis', (pieces, area) => packGuillotine(pieces, area, 'shorter-axis')],
  ['guillotine-longer-axis', (pieces, area) => packGuillotine(pieces, area, 'longer-axis')],
];

/**
 * Packs every copy onto as few sheets as a greedy per-sheet choice gives: for each sheet, every
 * strategy in every allowed orientation packs the copies still waiting, and the candidate placing the
 * most copies wins (ties: more photo area, then the smaller bounding box — one larger offcut — then
 * portrait, then the strategy order). Pure and deterministic: the same input gives the same plan.
 *
 * @example
 * ```ts
 * const plan = planSheets({
 *   items: [{ widthPx: 480, heightPx: 640, copies: 8 }],
 *   paper: { widthPx: 1205, heightPx: 1795 },
 *   marginPx: 35, gutterPx: 24, orientation: 'auto', allowRotation: false, maxSheets: 10,
 * });
 * plan.sheets.map((s) => s.placements.length); // [4, 4]
 * ```
 */
export function planSheets(input: PlanSheetsInput): {
  sheets: PlannedSheet[];
  unplaced: UnplacedCopies[];
} {
  const orientations: Orientation[] =
    input.orientation === 'auto' ? ['portrait', 'landscape'] : [input.orientation];
  const areas = orientations.map((orientation) => ({ orientation, area: areaOf(input, orientation) }));
  const unplaced = new Map<string, UnplacedCopies>();
  const count = (item: number, reason: UnplacedCopies['reason']): void => {
    const key = `${item}:${reason}`;
    const prior = unplaced.get(key);
    unplaced.set(key, { item, copies: (prior?.copies ?? 0) + 1, reason });
  };
  let waiting: Piece[] = [];
  input.items.forEach((item, index) => {
    for (let copy = 0; copy < item.copies; copy++) {
      const piece = { item: index, copy, widthPx: item.widthPx, heightPx: item.heightPx };
      if (areas.some(({ area }) => fitsEmpty(piece, area))) waiting.push(piece);
      else count(index, 'too-large');
    }
  });
  const sheets: PlannedSheet[] = [];
  while (waiting.length > 0 && sheets.length < input.maxSheets) {
    const best = bestSheet(waiting, areas, input);
    if (best.packed.length === 0) throw new Error('print-layout: a fitting piece could not be placed');
    sheets.push(input.align === 'top-left' ? best.sheet : centred(best.sheet, input.marginPx));
    const placed = new Set(best.packed.map((p) => p.piece));
    waiting = waiting.filter((p) => !placed.has(p));
  }
  for (const piece of waiting) count(piece.item, 'sheet-limit');
  return {
    sheets,
    unplaced: [...unplaced.values()].sort((a, b) => a.item - b.item || a.reason.localeCompare(b.reason)),
  };
}

/** Moves a sheet's placements so their bounding box sits in the middle of the area inside the margins. */
function centred(sheet: PlannedSheet, margin: number): PlannedSheet {
  if (sheet.placements.length === 0) return sheet;
  const right = Math.max(...sheet.placements.map((p) => p.xPx + p.widthPx));
  const bottom = Math.max(...sheet.placements.map((p) => p.yPx + p.heightPx));
  const dx = Math.floor((sheet.widthPx - margin - right) / 2);
  const dy = Math.floor((sheet.heightPx - margin - bottom) / 2);
  return {
    ...sheet,
    placements: sheet.placements.map((p) => ({ ...p, xPx: p.xPx + dx, yPx: p.yPx + dy })),
  };
}

function areaOf(input: PlanSheetsInput, orientation: Orientation): PackArea {
  const [w, h] =
    orientation === 'portrait'
      ? [input.paper.widthPx, input.paper.heightPx]
      : [input.paper.heightPx, input.paper.widthPx];
  return {
    widthPx: w - 2 * input.marginPx,
    heightPx: h - 2 * input.marginPx,
    gutterPx: input.gutterPx,
    allowRotation: input.allowRotation,
  };
}

interface Candidate {
  readonly sheet: PlannedSheet;
  readonly packed: readonly PackedPiece[];
  readonly area: number;
  readonly bounds: number;
}

function bestSheet(
  waiting: readonly Piece[],
  areas: readonly { orientation: Orientation; area: PackArea }[],
  input: PlanSheetsInput,
): Candidate {
  let best: Candidate | null = null;
  for (const { orientation, area } of areas) {
    for (const [strategy, pack] of STRATEGIES) {
      const packed = pack(waiting, area);
      const candidate = toCandidate(packed, orientation, strategy, input);
      if (!best || better(candidate, best)) best = candidate;
    }
  }
  return best!;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.packed.length !== b.packed.length) return a.packed.length > b.packed.length;
  if (a.area !== b.area) return a.area > b.area;
  return a.bounds < b.bounds;
}

function toCandidate(
  packed: readonly PackedPiece[],
  orientation: Orientation,
  strategy: StrategyName,
  input: PlanSheetsInput,
): Candidate {
  const m = input.marginPx;
  const placements = packed
    .map((p) => ({
      item: p.piece.item,
      copy: p.piece.copy,
      xPx: p.xPx + m,
      yPx: p.yPx + m,
      widthPx: p.widthPx,
      heightPx: p.heightPx,
      rotated: p.rotated,
    }))
    .sort((a, b) => a.yPx - b.yPx || a.xPx - b.xPx);
  const right = Math.max(m, ...placements.map((p) => p.xPx + p.widthPx));
  const bottom = Math.max(m, ...placements.map((p) => p.yPx + p.heightPx));
  const portrait = orientation === 'portrait';
  return {
    sheet: {
      orientation,
      widthPx: portrait ? input.paper.widthPx : input.paper.heightPx,
      heightPx: portrait ? input.paper.heightPx : input.paper.widthPx,
      strategy,
      placements,
    },
    packed,
    area: placements.reduce((sum, p) => sum + p.widthPx * p.heightPx, 0),
    bounds: (right - m) * (bottom - m),
  };
}
