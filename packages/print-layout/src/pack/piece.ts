/** One copy of one photo to place, in whole pixels at the sheet's dpi. */
export interface Piece {
  /** Index of the item in the request. */
  readonly item: number;
  /** 0-based copy number within its item. */
  readonly copy: number;
  readonly widthPx: number;
  readonly heightPx: number;
}

/**
 * A piece placed in the packing area. Coordinates are relative to the area's top-left corner; the
 * size is the photo's size on the sheet (`rotated`: turned 90° clockwise, so width and height swap).
 */
export interface PackedPiece {
  readonly piece: Piece;
  readonly xPx: number;
  readonly yPx: number;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly rotated: boolean;
}

/** A packing strategy: places as many of `pieces` (in their order) as fit in `width × height`. */
export type PackStrategy = (pieces: readonly Piece[], area: PackArea) => PackedPiece[];

/** The packing area: the sheet inside its margins, with the gutter every piece keeps to its neighbours. */
export interface PackArea {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly gutterPx: number;
  /** Whether a piece may be turned 90° when that fits better. */
  readonly allowRotation: boolean;
}

/** Orders pieces for a greedy packer: tallest first, then widest, then request order. */
export function byHeightDesc(a: Piece, b: Piece): number {
  return b.heightPx - a.heightPx || b.widthPx - a.widthPx || a.item - b.item || a.copy - b.copy;
}

/** Orders pieces: longest side first, then largest area, then request order. */
export function byLongSideDesc(a: Piece, b: Piece): number {
  const long = Math.max(b.widthPx, b.heightPx) - Math.max(a.widthPx, a.heightPx);
  return long || b.widthPx * b.heightPx - a.widthPx * a.heightPx || a.item - b.item || a.copy - b.copy;
}

/** Whether a piece fits in an empty area (upright, or turned when rotation is allowed). */
export function fitsEmpty(piece: Piece, area: PackArea): boolean {
  const w = area.widthPx + area.gutterPx;
  const h = area.heightPx + area.gutterPx;
  const pw = piece.widthPx + area.gutterPx;
  const ph = piece.heightPx + area.gutterPx;
  return (pw <= w && ph <= h) || (area.allowRotation && ph <= w && pw <= h);
}
