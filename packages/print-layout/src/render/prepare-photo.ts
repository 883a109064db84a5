import { captureErrors } from '@idphoto/sdk';
import { printLayoutErrors } from '../errors.js';
import { mmToPx } from '../paper/units.js';
import { embeddedDpi, type PrintMm } from '../print-size.js';
import { loadSharp } from './load-sharp.js';

/** Largest photo accepted (decompression-bomb guard; a finished ID photo is well under 1 MP). */
export const MAX_PHOTO_PIXELS = 50_000_000;

/** A photo's facts once read: its pixels, its print size, and its box on the sheet. */
export interface InspectedPhoto {
  readonly sourceWidth: number;
  readonly sourceHeight: number;
  readonly printMm: PrintMm;
  /** Whole pixels of the print box at the sheet's dpi. */
  readonly boxWidthPx: number;
  readonly boxHeightPx: number;
  /** Source pixels per inch of print (below the sheet's dpi the photo is enlarged). */
  readonly sourceDpi: number;
}

/**
 * Reads a photo's size (EXIF orientation applied), settles its print size and checks that printing
 * it there keeps its proportions within `tolerance` (relative difference of width ÷ height).
 */
export async function inspectPhoto(
  bytes: Uint8Array,
  item: number,
  printMm: PrintMm | undefined,
  dpi: number,
  tolerance: number,
): Promise<InspectedPhoto> {
  const sharp = await loadSharp();
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (cause) {
    throw captureErrors.create('CAPTURE_NOT_AN_IMAGE', { details: { item }, cause });
  }
  const width = meta.autoOrient.width;
  const height = meta.autoOrient.height;
  if (width * height > MAX_PHOTO_PIXELS) {
    throw captureErrors.create('CAPTURE_TOO_MANY_PIXELS', {
      details: { item, limitPixels: MAX_PHOTO_PIXELS },
    });
  }
  let size = printMm;
  if (!size) {
    const own = embeddedDpi(bytes, meta.format, meta.density);
    if (!own) throw printLayoutErrors.create('LAYOUT_PRINT_SIZE_UNKNOWN', { details: { item } });
    size = { width: (width / own) * 25.4, height: (height / own) * 25.4 };
  }
  const photoAspect = width / height;
  const printAspect = size.width / size.height;
  if (Math.abs(photoAspect / printAspect - 1) > tolerance) {
    throw printLayoutErrors.create('LAYOUT_ASPECT_MISMATCH', {
      details: {
        item,
        photoAspect: round(photoAspect, 4),
        printAspect: round(printAspect, 4),
        tolerance,
      },
    });
  }
  return {
    sourceWidth: width,
    sourceHeight: height,
    printMm: size,
    boxWidthPx: mmToPx(size.width, dpi),
    boxHeightPx: mmToPx(size.height, dpi),
    sourceDpi: Math.round((width / size.width) * 25.4),
  };
}

/**
 * Decodes a photo to 8-bit sRGB (EXIF orientation applied, transparency flattened onto white) and
 * resamples it (Lanczos-3) to exactly `width × height`. The aspect is kept: the photo is scaled to
 * cover the box and centred, so at most the aspect tolerance is trimmed from two opposite edges —
 * never stretched.
 */
export async function resamplePhoto(
  bytes: Uint8Array,
  item: number,
  width: number,
  height: number,
): Promise<Uint8Array> {
  const sharp = await loadSharp();
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS })
      .autoOrient()
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .resize(width, height, { fit: 'cover', position: 'centre', kernel: 'lanczos3' })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3 || info.width !== width || info.height !== height) {
      throw new Error(`unexpected decode ${info.width}×${info.height}×${info.channels}`);
    }
    return new Uint8Array(data.buffer, data.byteOffset, data.length);
  } catch (cause) {
    throw captureErrors.create('CAPTURE_CORRUPT', { details: { item }, cause });
  }
}

/** Turns packed RGB pixels 90° clockwise (`width × height` in, `height × width` out). */
export function rotateClockwise(rgb: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(rgb.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 3;
      const to = (x * height + (height - 1 - y)) * 3;
      out[to] = rgb[from]!;
      out[to + 1] = rgb[from + 1]!;
      out[to + 2] = rgb[from + 2]!;
    }
  }
  return out;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
