/** Facts read from a PNG's chunks without decoding pixels. */
export interface PngInfo {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA. */
  readonly colourType: number;
  /** Bits per pixel as stored (24 for 8-bit RGB). */
  readonly bitsPerPixel: number;
  readonly interlaced: boolean;
  /** Pixels per inch from `pHYs`, or `null` when absent or aspect-only. */
  readonly dpi: number | null;
  readonly hasExif: boolean;
  readonly hasText: boolean;
  readonly hasXmp: boolean;
}

const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Parses PNG chunks; `null` when the bytes are not a PNG. */
export function readPngInfo(bytes: Uint8Array): PngInfo | null {
  if (bytes.length < 33 || bytes[0] !== 0x89 || bytes[1] !== 0x50 || bytes[2] !== 0x4e || bytes[3] !== 0x47)
    return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let ihdr: {
    width: number;
    height: number;
    bitDepth: number;
    colourType: number;
    interlace: number;
  } | null = null;
  let dpi: number | null = null;
  let hasExif = false;
  let hasText = false;
  let hasXmp = false;
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const body = offset + 8;
    if (body + length > bytes.length) break;
    if (type === 'IHDR' && length >= 13) {
      ihdr = {
        width: view.getUint32(body),
        height: view.getUint32(body + 4),
        bitDepth: bytes[body + 8]!,
        colourType: bytes[body + 9]!,
        interlace: bytes[body + 12]!,
      };
    } else if (type === 'pHYs' && length >= 9) {
      const ppm = view.getUint32(body);
      dpi = bytes[body + 8] === 1 ? Math.round(ppm * 0.0254) : null;
    } else if (type === 'eXIf') {
      hasExif = true;
    } else if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') {
      const keyword = String.fromCharCode(...bytes.subarray(body, Math.min(body + 79, body + length))).split(
        '\0',
      )[0];
      if (keyword === 'XML:com.adobe.xmp') hasXmp = true;
      else if (keyword === 'Raw profile type exif' || keyword === 'Raw profile type APP1') hasExif = true;
      else hasText = true;
    } else if (type === 'IEND') {
      break;
    }
    offset = body + length + 4;
  }
  if (!ihdr) return null;
  return {
    width: ihdr.width,
    height: ihdr.height,
    bitDepth: ihdr.bitDepth,
    colourType: ihdr.colourType,
    bitsPerPixel: ihdr.bitDepth * (CHANNELS[ihdr.colourType] ?? 0),
    interlaced: ihdr.interlace === 1,
    dpi,
    hasExif,
    hasText,
    hasXmp,
  };
}
