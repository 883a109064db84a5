import { jpegExifBlock, readExif } from './exif.js';
import { estimateJpegQuality } from './jpeg-quality.js';

/** Facts read from a JPEG's markers without decoding pixels. */
export interface JpegInfo {
  readonly width: number;
  readonly height: number;
  /** Number of colour components (3 = YCbCr/RGB, 1 = greyscale, 4 = CMYK). */
  readonly components: number;
  /** Bits per sample (8 for baseline). */
  readonly precision: number;
  /** SOF0 (baseline DCT). */
  readonly baseline: boolean;
  readonly progressive: boolean;
  /** Pixels per inch from the JFIF header, else from EXIF XResolution; `null` when neither says. */
  readonly dpi: number | null;
  /** Quality factor (1–100) that best reproduces the quantisation tables (libjpeg or mozjpeg scaling), or `null`. */
  readonly estimatedQuality: number | null;
  readonly hasExif: boolean;
  readonly hasIcc: boolean;
  readonly hasXmp: boolean;
  readonly hasComment: boolean;
}

/** Parses JPEG markers; returns `null` when the bytes are not a JPEG. */
export function readJpegInfo(bytes: Uint8Array): JpegInfo | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let offset = 2;
  let sof: { width: number; height: number; components: number; precision: number; marker: number } | null =
    null;
  let dpi: number | null = null;
  let hasExif = false;
  let hasIcc = false;
  let hasXmp = false;
  let hasComment = false;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return sof ? finish() : null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2;
      continue;
    }
    if (marker === 0xd9) break;
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    const body = bytes.subarray(offset + 4, Math.min(bytes.length, offset + 2 + length));
    const ascii = (start: number, n: number): string =>
      String.fromCharCode(...body.subarray(start, start + n));
    if (marker === 0xe0 && ascii(0, 5) === 'JFIF\0' && body.length >= 12) {
      const units = body[7]!;
      const x = (body[8]! << 8) | body[9]!;
      dpi = units === 1 ? x : units === 2 ? Math.round(x * 2.54) : null;
    } else if (marker === 0xe1) {
      if (ascii(0, 6) === 'Exif\0\0') hasExif = true;
      if (ascii(0, 28) === 'http://ns.adobe.com/xap/1.0/') hasXmp = true;
    } else if (marker === 0xe2 && ascii(0, 12) === 'ICC_PROFILE\0') {
      hasIcc = true;
    } else if (marker === 0xfe) {
      hasComment = true;
    } else if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      sof = {
        marker,
        precision: body[0]!,
        height: (body[1]! << 8) | body[2]!,
        width: (body[3]! << 8) | body[4]!,
        components: body[5]!,
      };
    } else if (marker === 0xda) {
      break;
    }
    offset += 2 + length;
  }
  return sof ? finish() : null;

  function finish(): JpegInfo {
    const s = sof!;
    return {
      width: s.width,
      height: s.height,
      components: s.components,
      precision: s.precision,
      baseline: s.marker === 0xc0,
      progressive: s.marker === 0xc2 || s.marker === 0xc6 || s.marker === 0xca || s.marker === 0xce,
      dpi: dpi ?? exifDpi(bytes),
      estimatedQuality: estimateJpegQuality(bytes)?.quality ?? null,
      hasExif,
      hasIcc,
      hasXmp,
      hasComment,
    };
  }
}

function exifDpi(bytes: Uint8Array): number | null {
  const block = jpegExifBlock(bytes);
  return block ? (readExif(block)?.dpi ?? null) : null;
}
