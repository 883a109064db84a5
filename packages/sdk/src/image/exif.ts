/** What the validator reads from an EXIF (TIFF) block: tag presence, orientation and resolution. */
export interface ExifFacts {
  /** Tags outside {@link BENIGN_TAGS}: camera, time, software, serials, thumbnails… */
  readonly personalTags: number;
  readonly gps: boolean;
  readonly orientation: number;
  /** Pixels per inch from XResolution + ResolutionUnit, or `null`. */
  readonly dpi: number | null;
}

/**
 * Tags an encoder writes to describe the image itself (sharp/libvips writes exactly these when
 * asked for a DPI): orientation, resolution, YCbCr positioning, the Exif IFD pointer, and in the
 * Exif IFD version, components, colour space and pixel dimensions. Nothing personal.
 */
const BENIGN_TAGS = new Set([
  0x0112, 0x011a, 0x011b, 0x0128, 0x0213, 0x8769, 0x9000, 0x9101, 0xa000, 0xa001, 0xa002, 0xa003,
]);

/** Reads a TIFF block (the body of a JPEG `Exif` APP1 segment after `Exif\0\0`, or a PNG `eXIf`). */
export function readExif(tiff: Uint8Array): ExifFacts | null {
  if (tiff.length < 8) return null;
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return null;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const u16 = (o: number): number => view.getUint16(o, little);
  const u32 = (o: number): number => view.getUint32(o, little);
  let personalTags = 0;
  let gps = false;
  let orientation = 1;
  let xres: number | null = null;
  let unit = 2;
  const visited = new Set<number>();
  const walk = (offset: number, depth: number): void => {
    if (depth > 3 || visited.has(offset) || offset + 2 > tiff.length) return;
    visited.add(offset);
    const n = u16(offset);
    for (let k = 0; k < n; k++) {
      const e = offset + 2 + 12 * k;
      if (e + 12 > tiff.length) return;
      const tag = u16(e);
      if (!BENIGN_TAGS.has(tag)) personalTags++;
      if (tag === 0x8825) gps = true;
      else if (tag === 0x0112) orientation = u16(e + 8);
      else if (tag === 0x0128) unit = u16(e + 8);
      else if (tag === 0x011a) {
        const at = u32(e + 8);
        if (at + 8 <= tiff.length && u32(at + 4) !== 0) xres = u32(at) / u32(at + 4);
      } else if (tag === 0x8769) walk(u32(e + 8), depth + 1);
    }
    const next = offset + 2 + 12 * n;
    if (depth === 0 && next + 4 <= tiff.length) {
      const ifd1 = u32(next);
      if (ifd1 !== 0) {
        personalTags++; // IFD1 holds a thumbnail: a second copy of the photo
        visited.add(ifd1);
      }
    }
  };
  walk(u32(4), 0);
  const res = xres as number | null;
  const dpi = res === null || unit === 1 ? null : Math.round(unit === 3 ? res * 2.54 : res);
  return { personalTags, gps, orientation, dpi };
}

/** The TIFF block of a JPEG's `Exif` APP1 segment, or `null`. */
export function jpegExifBlock(bytes: Uint8Array): Uint8Array | null {
  let offset = 2;
  while (offset + 4 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1]!;
    if (marker === 0xda || marker === 0xd9) break;
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    if (marker === 0xe1 && String.fromCharCode(...bytes.subarray(offset + 4, offset + 10)) === 'Exif\0\0') {
      return bytes.subarray(offset + 10, Math.min(bytes.length, offset + 2 + length));
    }
    offset += 2 + length;
  }
  return null;
}
