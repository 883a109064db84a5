/**
 * Wraps interleaved 8-bit RGBA in a minimal uncompressed little-endian TIFF carrying an ICC profile.
 *
 * sharp cannot attach an input profile to raw pixels, but it applies a TIFF's embedded profile when
 * converting to sRGB; this is how pixels decoded outside libvips (HEIC through libheif) get the same
 * colour management as everything else.
 */
export function rgbaToTiff(rgba: Uint8Array, width: number, height: number, icc: Uint8Array): Uint8Array {
  // Tag, type (3 SHORT, 4 LONG, 7 UNDEFINED), count, value or offset.
  const entries: [number, number, number, number][] = [];
  const entryCount = 12;
  const ifdOffset = 8;
  const ifdSize = 2 + entryCount * 12 + 4;
  const bitsOffset = ifdOffset + ifdSize;
  const iccOffset = bitsOffset + 8;
  const pixelOffset = iccOffset + icc.length + (icc.length & 1);
  entries.push(
    [256, 4, 1, width],
    [257, 4, 1, height],
    [258, 3, 4, bitsOffset],
    [259, 3, 1, 1],
    [262, 3, 1, 2],
    [273, 4, 1, pixelOffset],
    [277, 3, 1, 4],
    [278, 4, 1, height],
    [279, 4, 1, rgba.length],
    [284, 3, 1, 1],
    [338, 3, 1, 2],
    [34675, 7, icc.length, iccOffset],
  );
  const out = new Uint8Array(pixelOffset + rgba.length);
  const view = new DataView(out.buffer);
  out.set([0x49, 0x49, 0x2a, 0x00]);
  view.setUint32(4, ifdOffset, true);
  view.setUint16(ifdOffset, entryCount, true);
  entries.forEach(([tag, type, count, value], i) => {
    const at = ifdOffset + 2 + i * 12;
    view.setUint16(at, tag, true);
    view.setUint16(at + 2, type, true);
    view.setUint32(at + 4, count, true);
    if (type === 3 && count === 1) view.setUint16(at + 8, value, true);
    else view.setUint32(at + 8, value, true);
  });
  view.setUint32(ifdOffset + 2 + entryCount * 12, 0, true);
  for (let i = 0; i < 4; i++) view.setUint16(bitsOffset + i * 2, 8, true);
  out.set(icc, iccOffset);
  out.set(rgba, pixelOffset);
  return out;
}
