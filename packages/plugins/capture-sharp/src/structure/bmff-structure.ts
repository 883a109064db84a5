import { type StructureVerdict, u32be } from './verdict.js';

const isFourCcByte = (byte: number): boolean => byte >= 0x20 && byte <= 0x7e;

/**
 * Walks the top-level boxes of an ISO-BMFF still image (AVIF, HEIC/HEIF): `ftyp`, `meta`, `mdat`, ….
 *
 * Truncated: a box (usually `mdat`, which holds the coded image) runs past the end of the bytes.
 * Corrupt: a box type is not printable ASCII, a size is impossible, or there is no `meta` box (which
 * describes the image items).
 */
export function checkBmffStructure(bytes: Uint8Array): StructureVerdict {
  const length = bytes.length;
  let at = 0;
  let sawMeta = false;
  while (at < length) {
    if (at + 8 > length) return 'truncated';
    for (let i = 4; i < 8; i++) if (!isFourCcByte(bytes[at + i]!)) return 'corrupt';
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    let size = u32be(bytes, at);
    if (size === 1) {
      if (at + 16 > length) return 'truncated';
      size = u32be(bytes, at + 8) * 2 ** 32 + u32be(bytes, at + 12);
      if (size < 16) return 'corrupt';
    } else if (size === 0) {
      size = length - at;
    } else if (size < 8) {
      return 'corrupt';
    }
    if (type === 'meta') sawMeta = true;
    if (at + size > length) return 'truncated';
    at += size;
  }
  return sawMeta ? 'complete' : 'corrupt';
}
