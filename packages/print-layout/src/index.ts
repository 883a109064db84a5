export { printLayoutErrors } from './errors.js';
export type { LayoutInput, LayoutItem, LayoutOptions } from './input.js';
export { LayoutInputSchema, LayoutItemSchema } from './input.js';
export type {
  LayoutResult,
  LayoutSheet,
  Placement,
  UnplacedItem,
} from './layout-sheets.js';
export { layoutSheets, MAX_SHEET_PIXELS } from './layout-sheets.js';
export type {
  Orientation,
  PlannedPlacement,
  PlannedSheet,
  PlanSheetsInput,
  StrategyName,
  UnplacedCopies,
} from './pack/plan-sheets.js';
export { planSheets } from './pack/plan-sheets.js';
export type { PaperName, PaperSize } from './paper/papers.js';
export { PAPERS, resolvePaper } from './paper/papers.js';
export { MM_PER_INCH, mmToPx, pxToMm } from './paper/units.js';
export type { LayoutPlan } from './plan-json.js';
export { toPlanJson } from './plan-json.js';
export type { PrintMm } from './print-size.js';
export { printMmOfSpec } from './print-size.js';
