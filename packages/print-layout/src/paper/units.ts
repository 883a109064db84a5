/** Millimetres per inch (exact, by definition). */
export const MM_PER_INCH = 25.4;

/** Pixels covering `mm` at `dpi`, rounded to the nearest whole pixel. */
export function mmToPx(mm: number, dpi: number): number {
  return Math.round((mm / MM_PER_INCH) * dpi);
}

/** Millimetres covered by `px` pixels at `dpi`, rounded to 0.01 mm (what a plan reports). */
export function pxToMm(px: number, dpi: number): number {
  return Math.round((px / dpi) * MM_PER_INCH * 100) / 100;
}
