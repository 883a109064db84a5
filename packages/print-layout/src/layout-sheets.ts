import { formatIssues, sdkErrors } from '@idphoto/sdk';
import * as v from 'valibot';
import { printLayoutErrors } from './errors.js';
import { type LayoutInput, LayoutInputSchema, type LayoutOptions } from './input.js';
import { type Orientation, planSheets, type StrategyName } from './pack/plan-sheets.js';
import { type PaperSize, resolvePaper } from './paper/papers.js';
import { mmToPx, pxToMm } from './paper/units.js';
import type { PrintMm } from './print-size.js';
import { blankSheet, blit, fillRects } from './render/compose-sheet.js';
import { cutGuideRects, cutMarkRects } from './render/cut-marks.js';
import { encodeSheet } from './render/encode-sheet.js';
import { photoPixels } from './render/photo-pixels.js';
import { type InspectedPhoto, inspectPhoto } from './render/prepare-photo.js';

/** Largest sheet, in pixels (A4 at 600 dpi is 34.8 MP; 64 MP of RGB is 192 MB). */
export const MAX_SHEET_PIXELS = 64_000_000;

/** Crop marks: 3 mm long, 0.5 mm clear of the photo, 0.15 mm thick (2 px at 300 dpi). */
const MARK_MM = { length: 3, offset: 0.5, thickness: 0.15 } as const;
/** Grey level of the hairline cut guide. */
const GUIDE_LEVEL = 160;

/** Where one copy of a photo is on its sheet. */
export interface Placement {
  /** Index of the item in the request. */
  readonly item: number;
  /** 0-based copy number within the item (counted across sheets). */
  readonly copy: number;
  readonly label?: string;
  /** Top-left corner and size on the sheet, in pixels (size swapped when `rotated`). */
  readonly xPx: number;
  readonly yPx: number;
  readonly widthPx: number;
  readonly heightPx: number;
  /** The same, in millimetres from the sheet's top-left corner (0.01 mm; exact for the pixels). */
  readonly xMm: number;
  readonly yMm: number;
  readonly widthMm: number;
  readonly heightMm: number;
  /** Turned 90° clockwise to fit (only with `allowRotation`). */
  readonly rotated: boolean;
  /** The print size asked for (from `printMm` or the photo's own dpi), to 0.01 mm. */
  readonly printMm: PrintMm;
  /** Source pixels per inch of print; below the sheet dpi the photo was enlarged. */
  readonly sourceDpi: number;
}

/** One printed sheet. */
export interface LayoutSheet {
  readonly bytes: Uint8Array;
  readonly mime: 'image/jpeg' | 'image/png';
  readonly widthPx: number;
  readonly heightPx: number;
  readonly dpi: number;
  readonly paper: PaperSize['id'];
  readonly widthMm: number;
  readonly heightMm: number;
  readonly orientation: Orientation;
  /** The packing that won for this sheet. */
  readonly strategy: StrategyName;
  /** In reading order. */
  readonly placements: readonly Placement[];
}

/** Copies on no sheet. */
export interface UnplacedItem {
  readonly item: number;
  readonly label?: string;
  readonly copies: number;
  /** `too-large`: does not fit the paper inside its margins; `sheet-limit`: beyond `maxSheets`. */
  readonly reason: 'too-large' | 'sheet-limit';
}

/** What {@link layoutSheets} returns. */
export interface LayoutResult {
  readonly sheets: readonly LayoutSheet[];
  readonly unplaced: readonly UnplacedItem[];
}

/**
 * Lays out copies of finished ID photos on standard photo paper for printing: each photo resampled to
 * its print size at the sheet's dpi (aspect kept), packed to fit as many copies per sheet as the
 * shelf and guillotine packers find (both paper orientations tried), crop marks at every corner,
 * overflow onto further sheets, and the dpi written into the file. Throws `SDK_INVALID_INPUT` for bad
 * arguments, `LAYOUT_ASPECT_MISMATCH` when a photo does not have its print box's proportions,
 * `LAYOUT_DOES_NOT_FIT` when no copy fits at all; copies that fit nowhere come back in `unplaced`.
 *
 * @example
 * ```ts
 * const { sheets, unplaced } = await layoutSheets({
 *   items: [
 *     { photo: chsiPhoto, printMm: printMmOfSpec(chsiSpec), copies: 4, label: 'order 1042' },
 *     { photo: passportPhoto, printMm: { width: 33, height: 48 }, copies: 2 },
 *   ],
 *   paper: 'a4',
 * });
 * await writeFile('sheet-1.jpg', sheets[0].bytes);
 * ```
 */
export async function layoutSheets(input: LayoutInput): Promise<LayoutResult> {
  const options = parse(input);
  const { dpi } = options;
  const paper = resolvePaper(options.paper);
  const paperPx = { widthPx: mmToPx(paper.widthMm, dpi), heightPx: mmToPx(paper.heightMm, dpi) };
  if (paperPx.widthPx * paperPx.heightPx > MAX_SHEET_PIXELS) {
    throw printLayoutErrors.create('LAYOUT_SHEET_TOO_LARGE', { details: { limitPixels: MAX_SHEET_PIXELS } });
  }
  const photos = await Promise.all(
    options.items.map((item, index) =>
      inspectPhoto(item.photo, index, item.printMm, dpi, options.aspectTolerance),
    ),
  );
  const marginPx = mmToPx(options.marginMm, dpi);
  const plan = planSheets({
    items: photos.map((p, i) => ({
      widthPx: p.boxWidthPx,
      heightPx: p.boxHeightPx,
      copies: options.items[i]!.copies,
    })),
    paper: paperPx,
    marginPx,
    gutterPx: mmToPx(options.gutterMm, dpi),
    orientation: options.orientation,
    allowRotation: options.allowRotation,
    maxSheets: options.maxSheets,
    align: options.align,
  });
  if (plan.sheets.length === 0) throw doesNotFit(paper, options, photos);

  const label = (item: number): { label?: string } => {
    const text = options.items[item]!.label;
    return text === undefined ? {} : { label: text };
  };
  const pixels = photoPixels(
    options.items.map((item) => item.photo),
    photos,
  );
  const lastSheet = new Map<number, number>();
  plan.sheets.forEach((sheet, index) => {
    for (const p of sheet.placements) lastSheet.set(p.item, index);
  });
  const marks = {
    lengthPx: mmToPx(MARK_MM.length, dpi),
    offsetPx: mmToPx(MARK_MM.offset, dpi),
    thicknessPx: Math.max(1, mmToPx(MARK_MM.thickness, dpi)),
  };

  const sheets: LayoutSheet[] = [];
  for (const [index, planned] of plan.sheets.entries()) {
    const canvas = blankSheet(planned.widthPx, planned.heightPx);
    for (const p of planned.placements) {
      blit(canvas, await pixels.get(p.item, p.rotated), p.xPx, p.yPx, p.widthPx, p.heightPx);
    }
    for (const [item, last] of lastSheet) if (last === index) pixels.release(item);
    const boxes = planned.placements.map((p) => ({ x: p.xPx, y: p.yPx, w: p.widthPx, h: p.heightPx }));
    if (options.cutGuide) fillRects(canvas, cutGuideRects(boxes, planned), GUIDE_LEVEL);
    if (options.cutMarks) fillRects(canvas, cutMarkRects(boxes, planned, marks), 0);
    const encoded = await encodeSheet(canvas, options.format, options.quality, dpi);
    sheets.push({
      ...encoded,
      widthPx: planned.widthPx,
      heightPx: planned.heightPx,
      dpi,
      paper: paper.id,
      widthMm: pxToMm(planned.widthPx, dpi),
      heightMm: pxToMm(planned.heightPx, dpi),
      orientation: planned.orientation,
      strategy: planned.strategy,
      placements: planned.placements.map((p) => ({
        item: p.item,
        copy: p.copy,
        ...label(p.item),
        xPx: p.xPx,
        yPx: p.yPx,
        widthPx: p.widthPx,
        heightPx: p.heightPx,
        xMm: pxToMm(p.xPx, dpi),
        yMm: pxToMm(p.yPx, dpi),
        widthMm: pxToMm(p.widthPx, dpi),
        heightMm: pxToMm(p.heightPx, dpi),
        rotated: p.rotated,
        printMm: {
          width: round2(photos[p.item]!.printMm.width),
          height: round2(photos[p.item]!.printMm.height),
        },
        sourceDpi: photos[p.item]!.sourceDpi,
      })),
    });
  }
  return {
    sheets,
    unplaced: plan.unplaced.map((u) => ({
      item: u.item,
      ...label(u.item),
      copies: u.copies,
      reason: u.reason,
    })),
  };
}

function parse(input: LayoutInput): LayoutOptions {
  const parsed = v.safeParse(LayoutInputSchema, input);
  if (!parsed.success) {
    // Paths and expectations only: the received values may be personal data.
    const issues = parsed.issues.map((issue) => ({
      ...issue,
      message: `expected ${issue.expected ?? 'valid value'}`,
    }));
    throw sdkErrors.create('SDK_INVALID_INPUT', { details: { issues: formatIssues(issues) } });
  }
  return parsed.output;
}

function doesNotFit(paper: PaperSize, options: LayoutOptions, photos: readonly InspectedPhoto[]): Error {
  const usable = (mm: number): number => Math.round((mm - 2 * options.marginMm) * 100) / 100;
  return printLayoutErrors.create('LAYOUT_DOES_NOT_FIT', {
    details: {
      paper: paper.id,
      paperMm: [paper.widthMm, paper.heightMm],
      usableMm: [usable(paper.widthMm), usable(paper.heightMm)],
      items: photos.map((p) => [round2(p.printMm.width), round2(p.printMm.height)]),
    },
  });
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
