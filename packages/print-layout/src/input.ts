import * as v from 'valibot';

const mm = (max: number) => v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(max));
const spacingMm = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(50));

/** One photo and how many copies of it to print. */
export const LayoutItemSchema = v.object({
  /** The finished photo (JPEG, PNG, WebP… anything sharp decodes). */
  photo: v.pipe(
    v.custom<Uint8Array>((x) => x instanceof Uint8Array, 'a Uint8Array'),
    v.minLength(1),
  ),
  /**
   * Print size in millimetres. Defaults to the photo's pixels ÷ its embedded dpi (JFIF or pHYs); pass the
   * spec's `canvas.printMm` (see `printMmOfSpec`) when it has one.
   */
  printMm: v.optional(v.object({ width: mm(1000), height: mm(1000) })),
  /** Copies to print (default 1). */
  copies: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)), 1),
  /** Echoed in the plan (e.g. an order number). Never drawn on the sheet and never logged. */
  label: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

/** Arguments of `layoutSheets`, validated at the edge. */
export const LayoutInputSchema = v.object({
  items: v.pipe(v.array(LayoutItemSchema), v.minLength(1), v.maxLength(200)),
  /** `5in` (89×127 mm), `6in` (102×152 mm), `a4` (210×297 mm) or a custom size. */
  paper: v.union([v.picklist(['5in', '6in', 'a4']), v.object({ widthMm: mm(2000), heightMm: mm(2000) })]),
  /** Sheet resolution; every photo is resampled to its print size at this dpi. */
  dpi: v.optional(v.pipe(v.number(), v.integer(), v.minValue(72), v.maxValue(1200)), 300),
  /** Crop marks at each photo's corners. */
  cutMarks: v.optional(v.boolean(), true),
  /** A one-pixel grey outline on every cut (off by default: a slightly outside cut leaves a grey edge). */
  cutGuide: v.optional(v.boolean(), false),
  /** Space between neighbouring photos. */
  gutterMm: v.optional(spacingMm, 2),
  /** Space kept clear at the paper's edges (printers' unprintable border; room for the outer marks). */
  marginMm: v.optional(spacingMm, 3),
  /** Paper orientation; `auto` keeps, per sheet, the one that fits more copies. */
  orientation: v.optional(v.picklist(['auto', 'portrait', 'landscape']), 'auto'),
  /** `center`: the packed block sits in the middle of the sheet; `top-left`: in the corner. */
  align: v.optional(v.picklist(['center', 'top-left']), 'center'),
  /** Whether a photo may be turned 90° on the sheet when that fits more copies. */
  allowRotation: v.optional(v.boolean(), false),
  /** Sheet file format. */
  format: v.optional(v.picklist(['jpeg', 'png']), 'jpeg'),
  /** JPEG quality (4:4:4 chroma, so marks and edges stay crisp). */
  quality: v.optional(v.pipe(v.number(), v.integer(), v.minValue(50), v.maxValue(100)), 95),
  /** Copies beyond this many sheets are reported in `unplaced` with reason `sheet-limit`. */
  maxSheets: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)), 20),
  /** Largest relative difference between a photo's aspect and its print box's aspect. */
  aspectTolerance: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(0.2)), 0.01),
});

/** What callers pass to `layoutSheets`. */
export type LayoutInput = v.InferInput<typeof LayoutInputSchema>;
/** The input with every default filled in. */
export type LayoutOptions = v.InferOutput<typeof LayoutInputSchema>;
/** One item as callers pass it. */
export type LayoutItem = v.InferInput<typeof LayoutItemSchema>;
