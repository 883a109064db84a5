/**
 * Gives a JPEG a JFIF APP0 header with its resolution in dots per inch, replacing an existing
 * APP0 JFIF segment or inserting one right after SOI. libvips writes resolution only into EXIF
 * (which ID-photo specs forbid), so the density is written here, in the header every reader of
 * JFIF files understands. Adds exactly the 18 header bytes JFIF defines; nothing is padded.
 */
export function withJfifDensity(jpeg: Uint8Array, dpi: number): Uint8Array {
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new TypeError('not a JPEG');
  const d = Math.max(1, Math.min(0xffff, Math.round(dpi)));
  const app0 = Uint8Array.of(
    0xff,
    0xe0,
    0x00,
    0x10, // segment length 16
    0x4a,
    0x46,
    0x49,
    0x46,
    0x00, // "JFIF\0"
    0x01,
    0x01, // version 1.01
    0x01, // units: dots per inch
    d >> 8,
    d & 0xff, // X density
    d >> 8,
    d & 0xff, // Y density
    0x00,
    0x00, // no thumbnail
  );
  let rest = 2;
  if (jpeg[2] === 0xff && jpeg[3] === 0xe0 && jpeg.length >= 6) {
    const length = (jpeg[4]! << 8) | jpeg[5]!;
    const isJfif =
      jpeg[6] === 0x4a && jpeg[7] === 0x46 && jpeg[8] === 0x49 && jpeg[9] === 0x46 && jpeg[10] === 0;
    if (isJfif) rest = 4 + length;
  }
  const out = new Uint8Array(2 + app0.length + jpeg.length - rest);
  out[0] = 0xff;
  out[1] = 0xd8;
  out.set(app0, 2);
  out.set(jpeg.subarray(rest), 2 + app0.length);
  return out;
}
