import type { PixelRect } from './cut-marks.js';

/** A white sheet of packed 8-bit RGB pixels. */
export interface SheetCanvas {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly data: Uint8Array;
}

/** A blank (white) sheet. */
export function blankSheet(widthPx: number, heightPx: number): SheetCanvas {
  return { widthPx, heightPx, data: new Uint8Array(widthPx * heightPx * 3).fill(255) };
}

/** Copies `w × h` packed RGB pixels onto the sheet with their top-left corner at (x, y). */
export function blit(sheet: SheetCanvas, rgb: Uint8Array, x: number, y: number, w: number, h: number): void {
  if (x < 0 || y < 0 || x + w > sheet.widthPx || y + h > sheet.heightPx) {
    throw new RangeError('print-layout: a photo lies outside its sheet');
  }
  const rowBytes = w * 3;
  for (let row = 0; row < h; row++) {
    const from = row * rowBytes;
    sheet.data.set(rgb.subarray(from, from + rowBytes), ((y + row) * sheet.widthPx + x) * 3);
  }
}

/** Fills rectangles (already clipped to the sheet) with one grey level. */
export function fillRects(sheet: SheetCanvas, rects: readonly PixelRect[], level: number): void {
  for (const r of rects) {
    for (let row = r.y; row < r.y + r.h; row++) {
      const start = (row * sheet.widthPx + r.x) * 3;
      sheet.data.fill(level, start, start + r.w * 3);
    }
  }
}
