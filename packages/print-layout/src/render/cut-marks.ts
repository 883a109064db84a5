/** An axis-aligned rectangle of sheet pixels: columns `[x, x + w)`, rows `[y, y + h)`. */
export interface PixelRect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Crop-mark geometry in sheet pixels. */
export interface MarkGeometry {
  /** Longest mark, measured from its start. */
  readonly lengthPx: number;
  /** Gap between a photo's edge (or another photo's) and the nearest end of a mark. */
  readonly offsetPx: number;
  /** Line thickness, centred on the cut line. */
  readonly thicknessPx: number;
}

interface Segment {
  /** `h`: runs along x at rows `band`; `v`: runs along y at columns `band`. */
  readonly axis: 'h' | 'v';
  /** Cross-axis band `[b0, b1)`. */
  readonly band: readonly [number, number];
  /** Start of the mark along its axis (the end near the corner). */
  readonly start: number;
  /** -1: the mark runs towards smaller coordinates; +1: towards larger. */
  readonly direction: -1 | 1;
}

/**
 * Crop marks at every photo's four corners: two short lines per corner continuing the photo's edges
 * outwards, starting `offsetPx` away from the photo so the blade never cuts through ink. A mark stops
 * `offsetPx` short of any other photo and at the sheet's edge, so no mark pixel is ever inside a
 * photo — in a narrow gutter the marks of two neighbours meet as one short line on the cut.
 */
export function cutMarkRects(
  photos: readonly PixelRect[],
  sheet: { readonly widthPx: number; readonly heightPx: number },
  geometry: MarkGeometry,
): PixelRect[] {
  const { offsetPx: off, thicknessPx: t } = geometry;
  const band = (line: number): readonly [number, number] => {
    const b0 = line - Math.floor(t / 2);
    return [b0, b0 + t];
  };
  const rects: PixelRect[] = [];
  photos.forEach((photo, index) => {
    const { x, y, w, h } = photo;
    const obstacles = photos
      .filter((_, i) => i !== index)
      .map((p) => ({ x: p.x - off, y: p.y - off, w: p.w + 2 * off, h: p.h + 2 * off }));
    const segments: Segment[] = [
      { axis: 'h', band: band(y), start: x - off, direction: -1 },
      { axis: 'h', band: band(y), start: x + w + off, direction: 1 },
      { axis: 'h', band: band(y + h), start: x - off, direction: -1 },
      { axis: 'h', band: band(y + h), start: x + w + off, direction: 1 },
      { axis: 'v', band: band(x), start: y - off, direction: -1 },
      { axis: 'v', band: band(x), start: y + h + off, direction: 1 },
      { axis: 'v', band: band(x + w), start: y - off, direction: -1 },
      { axis: 'v', band: band(x + w), start: y + h + off, direction: 1 },
    ];
    for (const segment of segments) {
      const rect = clipSegment(segment, geometry.lengthPx, obstacles, sheet);
      if (rect) rects.push(rect);
    }
  });
  return rects;
}

function clipSegment(
  segment: Segment,
  length: number,
  obstacles: readonly PixelRect[],
  sheet: { readonly widthPx: number; readonly heightPx: number },
): PixelRect | null {
  const horizontal = segment.axis === 'h';
  const limit = horizontal ? sheet.widthPx : sheet.heightPx;
  const crossLimit = horizontal ? sheet.heightPx : sheet.widthPx;
  const [b0, b1] = [Math.max(0, segment.band[0]), Math.min(crossLimit, segment.band[1])];
  if (b1 <= b0) return null;
  // The mark covers [lo, hi) along its axis; it is shortened from its far end only.
  let lo = segment.direction === 1 ? segment.start : segment.start - length;
  let hi = segment.direction === 1 ? segment.start + length : segment.start;
  for (const o of obstacles) {
    const [c0, c1] = horizontal ? [o.y, o.y + o.h] : [o.x, o.x + o.w];
    if (c1 <= b0 || c0 >= b1) continue;
    const [a0, a1] = horizontal ? [o.x, o.x + o.w] : [o.y, o.y + o.h];
    if (a1 <= lo || a0 >= hi) continue;
    if (segment.direction === 1) {
      if (a0 <= segment.start) return null;
      hi = Math.min(hi, a0);
    } else {
      if (a1 >= segment.start) return null;
      lo = Math.max(lo, a1);
    }
  }
  lo = Math.max(0, lo);
  hi = Math.min(limit, hi);
  if (hi <= lo) return null;
  return horizontal ? { x: lo, y: b0, w: hi - lo, h: b1 - b0 } : { x: b0, y: lo, w: b1 - b0, h: hi - lo };
}

/**
 * The optional hairline cut guide: a one-pixel outline just outside every photo, on the cut itself,
 * minus any part that would fall inside another photo (gutters narrower than 2 px).
 */
export function cutGuideRects(
  photos: readonly PixelRect[],
  sheet: { readonly widthPx: number; readonly heightPx: number },
): PixelRect[] {
  const rects: PixelRect[] = [];
  photos.forEach((photo, index) => {
    const { x, y, w, h } = photo;
    const lines: [PixelRect, boolean][] = [
      [{ x: x - 1, y: y - 1, w: w + 2, h: 1 }, true],
      [{ x: x - 1, y: y + h, w: w + 2, h: 1 }, true],
      [{ x: x - 1, y, w: 1, h }, false],
      [{ x: x + w, y, w: 1, h }, false],
    ];
    const others = photos.filter((_, i) => i !== index);
    for (const [line, horizontal] of lines)
      rects.push(...subtract(clipToSheet(line, sheet), horizontal, others));
  });
  return rects.filter((r) => r.w > 0 && r.h > 0);
}

function clipToSheet(
  r: PixelRect,
  sheet: { readonly widthPx: number; readonly heightPx: number },
): PixelRect {
  const x0 = Math.max(0, r.x);
  const y0 = Math.max(0, r.y);
  const x1 = Math.min(sheet.widthPx, r.x + r.w);
  const y1 = Math.min(sheet.heightPx, r.y + r.h);
  return { x: x0, y: y0, w: Math.max(0, x1 - x0), h: Math.max(0, y1 - y0) };
}

/** Removes the parts of a one-pixel line that lie inside any of `holes`. */
function subtract(line: PixelRect, horizontal: boolean, holes: readonly PixelRect[]): PixelRect[] {
  if (line.w <= 0 || line.h <= 0) return [];
  let pieces: [number, number][] = [horizontal ? [line.x, line.x + line.w] : [line.y, line.y + line.h]];
  const cross = horizontal ? line.y : line.x;
  for (const hole of holes) {
    const [c0, c1] = horizontal ? [hole.y, hole.y + hole.h] : [hole.x, hole.x + hole.w];
    if (cross < c0 || cross >= c1) continue;
    const [h0, h1] = horizontal ? [hole.x, hole.x + hole.w] : [hole.y, hole.y + hole.h];
    pieces = pieces.flatMap(([a, b]): [number, number][] =>
      h1 <= a || h0 >= b
        ? [[a, b]]
        : (
            [
              [a, h0],
              [h1, b],
            ] as [number, number][]
          ).filter(([p, q]) => q > p),
    );
  }
  return pieces.map(([a, b]) =>
    horizontal ? { x: a, y: line.y, w: b - a, h: 1 } : { x: line.x, y: a, w: 1, h: b - a },
  );
}
