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
  /** Pixels per inch from the JFIF header, or `null` when absent or aspect-only. */
  readonly dpi: number | null;
  /** IJG quality (1–100) that best reproduces the luminance quantisation table, or `null`. */
  readonly estimatedQuality: number | null;
  readonly hasExif: boolean;
  readonly hasIcc: boolean;
  readonly hasXmp: boolean;
  readonly hasComment: boolean;
}

/** Standard (Annex K) luminance quantisation table in zig-zag order. */
const STD_LUMA_ZIGZAG = [
  16, 11, 12, 14, 12, 10, 16, 14, 13, 14, 18, 17, 16, 19, 24, 40, 26, 24, 22, 22, 24, 49, 35, 37, 29, 40, 58,
  51, 61, 60, 57, 51, 56, 55, 64, 72, 92, 78, 64, 68, 87, 69, 55, 56, 80, 109, 81, 87, 95, 98, 103, 104, 103,
  62, 77, 113, 121, 112, 100, 120, 92, 101, 103, 99,
];

/** Parses JPEG markers; returns `null` when the bytes are not a JPEG. */
export function readJpegInfo(bytes: Uint8Array): JpegInfo | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let offset = 2;
  let sof: { width: number; height: number; components: number; precision: number; marker: number } | null =
    null;
  let dpi: number | null = null;
  let lumaTable: number[] | null = null;
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
    } else if (marker === 0xdb) {
      let p = 0;
      while (p < body.length) {
        const pq = body[p]! >> 4;
        const tq = body[p]! & 15;
        const size = pq ? 128 : 64;
        if (tq === 0 && !lumaTable) {
          lumaTable = [];
          for (let i = 0; i < 64; i++)
            lumaTable.push(pq ? (body[p + 1 + 2 * i]! << 8) | body[p + 2 + 2 * i]! : body[p + 1 + i]!);
        }
        p += 1 + size;
      }
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
      dpi,
      estimatedQuality: lumaTable ? estimateQuality(lumaTable) : null,
      hasExif,
      hasIcc,
      hasXmp,
      hasComment,
    };
  }
}

/** Finds the IJG quality whose scaled standard table is closest to `table` (zig-zag order). */
function estimateQuality(table: readonly number[]): number {
  let best = 1;
  let bestError = Number.POSITIVE_INFINITY;
  for (let q = 1; q <= 100; q++) {
    const scale = q < 50 ? 5000 / q : 200 - 2 * q;
    let error = 0;
    for (let i = 0; i < 64; i++) {
      const expected = Math.min(255, Math.max(1, Math.floor((STD_LUMA_ZIGZAG[i]! * scale + 50) / 100)));
      error += Math.abs(expected - table[i]!);
    }
    if (error < bestError) {
      bestError = error;
      best = q;
    }
  }
  return best;
}
