import { byHeightDesc, type PackArea, type PackedPiece, type Piece } from './piece.js';

interface Shelf {
  readonly y: number;
  readonly height: number;
  used: number;
}

/**
 * First-fit decreasing-height shelf packing in rows: pieces sorted tallest first; each goes on the
 * first shelf (row) with room, else opens a new shelf below. Every row is a straight guillotine cut,
 * and so is every photo within it. Pieces are never rotated. Each piece is inflated by the gutter on
 * its right and bottom, and the area by one gutter, so neighbours keep exactly `gutterPx` apart and
 * the last row and column touch the margins.
 */
export function packShelvesInRows(pieces: readonly Piece[], area: PackArea): PackedPiece[] {
  const g = area.gutterPx;
  const width = area.widthPx + g;
  const height = area.heightPx + g;
  const shelves: Shelf[] = [];
  const packed: PackedPiece[] = [];
  let bottom = 0;
  for (const piece of [...pieces].sort(byHeightDesc)) {
    const w = piece.widthPx + g;
    const h = piece.heightPx + g;
    let shelf = shelves.find((s) => s.height >= h && width - s.used >= w);
    if (!shelf) {
      if (bottom + h > height || w > width) continue;
      shelf = { y: bottom, height: h, used: 0 };
      shelves.push(shelf);
      bottom += h;
    }
    packed.push({
      piece,
      xPx: shelf.used,
      yPx: shelf.y,
      widthPx: piece.widthPx,
      heightPx: piece.heightPx,
      rotated: false,
    });
    shelf.used += w;
  }
  return packed;
}

/** The same shelf packing in columns (the rows algorithm on the transposed area). */
export function packShelvesInColumns(pieces: readonly Piece[], area: PackArea): PackedPiece[] {
  const transposed = pieces.map((p) => ({ ...p, widthPx: p.heightPx, heightPx: p.widthPx }));
  const byKey = new Map(pieces.map((p) => [`${p.item}:${p.copy}`, p]));
  return packShelvesInRows(transposed, {
    ...area,
    widthPx: area.heightPx,
    heightPx: area.widthPx,
  }).map((p) => ({
    piece: byKey.get(`${p.piece.item}:${p.piece.copy}`)!,
    xPx: p.yPx,
    yPx: p.xPx,
    widthPx: p.heightPx,
    heightPx: p.widthPx,
    rotated: false,
  }));
}
