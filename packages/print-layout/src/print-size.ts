import { readJpegInfo, type SpecDefinition } from '@idphoto/sdk';
import { MM_PER_INCH } from './paper/units.js';

/** A print size in millimetres. */
export interface PrintMm {
  readonly width: number;
  readonly height: number;
}

/**
 * The physical size a spec's photo is printed at: `canvas.printMm` when the authority states one,
 * else the canvas pixels at the spec's dpi (CHSI: 480×640 px at 300 dpi → 40.64×54.19 mm).
 *
 * @example
 * ```ts
 * const spec = idphoto.specs().find((s) => s.id === 'chsi-graduation')!;
 * await layoutSheets({ items: [{ photo, printMm: printMmOfSpec(spec), copies: 4 }], paper: '6in' });
 * ```
 */
export function printMmOfSpec(spec: Pick<SpecDefinition, 'canvas'>): PrintMm {
  const { canvas } = spec;
  if (canvas.printMm) return { width: canvas.printMm.width, height: canvas.printMm.height };
  return {
    width: (canvas.width / canvas.dpi) * MM_PER_INCH,
    height: (canvas.height / canvas.dpi) * MM_PER_INCH,
  };
}

/**
 * The resolution a file states for itself: JPEG JFIF density (or EXIF XResolution), PNG pHYs in
 * pixels per metre. `null` when it states none — sharp reports 72 dpi for such JPEGs, which would
 * silently print a photo four times too large, so sharp's value is not used for JPEG.
 */
export function embeddedDpi(
  bytes: Uint8Array,
  format: string,
  sharpDensity: number | undefined,
): number | null {
  if (format === 'jpeg') return readJpegInfo(bytes)?.dpi ?? null;
  if (format === 'png') return sharpDensity ?? null;
  return null;
}
