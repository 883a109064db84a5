import { describe, expect, it } from 'vitest';
import { cutGuideRects, cutMarkRects, type PixelRect } from './cut-marks.js';

const SHEET = { widthPx: 1205, heightPx: 1795 };
const GEOMETRY = { lengthPx: 35, offsetPx: 6, thicknessPx: 2 };
// The 6in 2×2 CHSI grid: margin 35 px, gutter 24 px.
const GRID: PixelRect[] = [
  { x: 35, y: 35, w: 480, h: 640 },
  { x: 539, y: 35, w: 480, h: 640 },
  { x: 35, y: 699, w: 480, h: 640 },
  { x: 539, y: 699, w: 480, h: 640 },
];

const overlaps = (a: PixelRect, b: PixelRect): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const covers = (rects: readonly PixelRect[], x: number, y: number): boolean =>
  rects.some((r) => x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h);

describe('cutMarkRects', () => {
  const marks = cutMarkRects(GRID, SHEET, GEOMETRY);

  it('never puts a mark pixel inside a photo or off the sheet', () => {
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      for (const photo of GRID) expect(overlaps(mark, photo)).toBe(false);
      expect(mark.x).toBeGreaterThanOrEqual(0);
      expect(mark.y).toBeGreaterThanOrEqual(0);
      expect(mark.x + mark.w).toBeLessThanOrEqual(SHEET.widthPx);
      expect(mark.y + mark.h).toBeLessThanOrEqual(SHEET.heightPx);
    }
  });

  it('marks every corner along both edges, offset from the photo, centred on the cut', () => {
    for (const { x, y, w, h } of GRID) {
      for (const [cx, cy] of [
        [x, y],
        [x + w, y],
        [x, y + h],
        [x + w, y + h],
      ] as const) {
        // Horizontal mark on the edge's line (rows cy−1, cy) beyond the offset, on the outside.
        const sideX = cx === x ? x - GEOMETRY.offsetPx - 1 : x + w + GEOMETRY.offsetPx;
        expect(covers(marks, sideX, cy - 1) && covers(marks, sideX, cy)).toBe(true);
        const sideY = cy === y ? y - GEOMETRY.offsetPx - 1 : y + h + GEOMETRY.offsetPx;
        expect(covers(marks, cx - 1, sideY) && covers(marks, cx, sideY)).toBe(true);
        // Nothing in the offset gap right next to the corner.
        expect(covers(marks, cx === x ? x - 1 : x + w, cy === y ? y - 1 : y + h)).toBe(false);
      }
    }
  });

  it('stops marks the offset short of a neighbour and runs outer marks to the sheet edge', () => {
    // Between the two top photos the gutter (515–539) holds the shared top-edge mark 521–533.
    const gutterMarks = marks.filter((m) => m.y === 34 && m.h === 2 && m.x > 515 && m.x + m.w < 539);
    expect(gutterMarks.map((m) => [m.x, m.x + m.w])).toEqual([
      [521, 533],
      [521, 533],
    ]);
    // Left of the first photo the mark runs from x = 35 − 6 − 35 < 0, clipped at the edge.
    expect(marks.some((m) => m.x === 0 && m.y === 34 && m.x + m.w === 29)).toBe(true);
  });

  it('leaves no mark when photos touch (no gutter)', () => {
    const touching: PixelRect[] = [
      { x: 100, y: 100, w: 50, h: 50 },
      { x: 150, y: 100, w: 50, h: 50 },
    ];
    const rects = cutMarkRects(touching, SHEET, GEOMETRY);
    for (const r of rects) for (const p of touching) expect(overlaps(r, p)).toBe(false);
    expect(rects.some((r) => r.x >= 150 - 6 && r.x < 156 && r.w < 12 && r.h === 2)).toBe(false);
  });
});

describe('cutGuideRects', () => {
  it('outlines every photo one pixel outside it, never inside another photo', () => {
    const guides = cutGuideRects(GRID, SHEET);
    for (const g of guides) for (const p of GRID) expect(overlaps(g, p)).toBe(false);
    const { x, y, w, h } = GRID[0]!;
    expect(covers(guides, x - 1, y - 1)).toBe(true);
    expect(covers(guides, x + w, y + h)).toBe(true);
    expect(covers(guides, x + w / 2, y - 1)).toBe(true);
    expect(covers(guides, x - 1, y + h / 2)).toBe(true);
    expect(covers(guides, x, y)).toBe(false);
  });

  it('drops the parts that would fall inside a touching neighbour', () => {
    const touching: PixelRect[] = [
      { x: 10, y: 10, w: 20, h: 20 },
      { x: 30, y: 10, w: 20, h: 20 },
    ];
    const guides = cutGuideRects(touching, SHEET);
    for (const g of guides) for (const p of touching) expect(overlaps(g, p)).toBe(false);
    expect(covers(guides, 9, 20)).toBe(true);
    expect(covers(guides, 50, 20)).toBe(true);
  });
});
