import { byLongSideDesc, type PackArea, type PackedPiece, type Piece } from './piece.js';

interface FreeRect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * How the free rectangle left around a placed piece is cut in two. `shorter-axis`: the cut runs
 * along the shorter leftover, so the larger leftover stays whole (Jylänki's SLAS); `longer-axis`:
 * the opposite (LLAS) — it keeps a full-width strip below a row, where turned photos often fit.
 */
export type SplitRule = 'shorter-axis' | 'longer-axis';

/**
 * Guillotine packing (Jylänki 2010, "A thousand ways to pack the bin", best short side fit): pieces
 * sorted longest side first; each goes into the free rectangle where it leaves the smallest leftover
 * on its short side (ties: longer side, higher, further left, upright), and the rest of that
 * rectangle is cut in two by `rule`. Every layout it makes can be cut apart with straight
 * edge-to-edge cuts. With `allowRotation` a piece is also tried turned 90°.
 */
export function packGuillotine(pieces: readonly Piece[], area: PackArea, rule: SplitRule): PackedPiece[] {
  const g = area.gutterPx;
  let free: FreeRect[] = [{ x: 0, y: 0, w: area.widthPx + g, h: area.heightPx + g }];
  const packed: PackedPiece[] = [];
  for (const piece of [...pieces].sort(byLongSideDesc)) {
    const choice = bestFit(free, piece.widthPx + g, piece.heightPx + g, area.allowRotation);
    if (!choice) continue;
    const { index, rotated } = choice;
    const rect = free[index]!;
    const w = (rotated ? piece.heightPx : piece.widthPx) + g;
    const h = (rotated ? piece.widthPx : piece.heightPx) + g;
    packed.push({
      piece,
      xPx: rect.x,
      yPx: rect.y,
      widthPx: w - g,
      heightPx: h - g,
      rotated,
    });
    free = [...free.slice(0, index), ...split(rect, w, h, rule), ...free.slice(index + 1)];
  }
  return packed;
}

function bestFit(
  free: readonly FreeRect[],
  w: number,
  h: number,
  allowRotation: boolean,
): { index: number; rotated: boolean } | null {
  let best: { index: number; rotated: boolean; short: number; long: number; y: number; x: number } | null =
    null;
  const orientations = allowRotation && w !== h ? [false, true] : [false];
  free.forEach((rect, index) => {
    for (const rotated of orientations) {
      const pw = rotated ? h : w;
      const ph = rotated ? w : h;
      if (pw > rect.w || ph > rect.h) continue;
      const dw = rect.w - pw;
      const dh = rect.h - ph;
      const candidate = {
        index,
        rotated,
        short: Math.min(dw, dh),
        long: Math.max(dw, dh),
        y: rect.y,
        x: rect.x,
      };
      if (!best || better(candidate, best)) best = candidate;
    }
  });
  return best;
}

function better(
  a: { short: number; long: number; y: number; x: number; rotated: boolean },
  b: { short: number; long: number; y: number; x: number; rotated: boolean },
): boolean {
  if (a.short !== b.short) return a.short < b.short;
  if (a.long !== b.long) return a.long < b.long;
  if (a.y !== b.y) return a.y < b.y;
  if (a.x !== b.x) return a.x < b.x;
  return !a.rotated && b.rotated;
}

/** Splits what is left of `rect` after a `w × h` piece at its top-left corner into two rectangles. */
function split(rect: FreeRect, w: number, h: number, rule: SplitRule): FreeRect[] {
  const dw = rect.w - w;
  const dh = rect.h - h;
  // Full-width strip below when the leftover width is the shorter (SLAS) or the longer (LLAS) one.
  const fullWidthBelow = rule === 'shorter-axis' ? dw <= dh : dw > dh;
  const [right, below] = fullWidthBelow
    ? [
        { x: rect.x + w, y: rect.y, w: dw, h },
        { x: rect.x, y: rect.y + h, w: rect.w, h: dh },
      ]
    : [
        { x: rect.x + w, y: rect.y, w: dw, h: rect.h },
        { x: rect.x, y: rect.y + h, w, h: dh },
      ];
  return [right, below].filter((r) => r.w > 0 && r.h > 0);
}
