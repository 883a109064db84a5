import type { LayoutResult, LayoutSheet } from './layout-sheets.js';

/** A layout without the image bytes: what goes into `plan.json` for the print shop and the order record. */
export interface LayoutPlan {
  readonly sheets: readonly (Omit<LayoutSheet, 'bytes'> & {
    readonly index: number;
    readonly bytes: number;
  })[];
  readonly unplaced: LayoutResult['unplaced'];
}

/**
 * The plan of a layout, JSON-ready: per sheet its size, dpi, orientation and every copy's position in
 * millimetres and pixels; `bytes` is the file's size.
 *
 * @example
 * ```ts
 * await writeFile('plan.json', JSON.stringify(toPlanJson(await layoutSheets(input)), null, 2));
 * ```
 */
export function toPlanJson(result: LayoutResult): LayoutPlan {
  return {
    sheets: result.sheets.map(({ bytes, ...sheet }, index) => ({ index, ...sheet, bytes: bytes.length })),
    unplaced: result.unplaced,
  };
}
