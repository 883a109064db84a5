import type { StructureVerdict } from './verdict.js';

const STRIP_OFFSETS = 273;
const STRIP_BYTE_COUNTS = 279;
const TILE_OFFSETS = 324;
const TILE_BYTE_COUNTS = 325;
/** Byte sizes of the TIFF 6 field types 1–12 (index = type). */
const TYPE_SIZES = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8];

/**
 * Checks that the first image of a classic TIFF is all there: IFD0 and every strip or tile it points
 * to lie inside the bytes.
 *
 * Truncated: IFD0 or image data lies past the end. Corrupt: IFD0 has no entries, an entry has an
 * unknown type, or the offsets/byte-count tags are missing or disagree in length.
 */
export function checkTiffStructure(bytes: Uint8Array): StructureVerdict {
  const length = bytes.length;
  const little = bytes[0] === 0x49;
  const u16 = (at: number): number =>
    little ? bytes[at]! | (bytes[at + 1]! << 8) : (bytes[at]! << 8) | bytes[at + 1]!;
  const u32 = (at: number): number =>
    little
      ? (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0
      : ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
  if (length < 8) return 'truncated';
  const ifd = u32(4);
  if (ifd < 8) return 'corrupt';
  if (ifd + 2 > length) return 'truncated';
  const entries = u16(ifd);
  if (entries === 0) return 'corrupt';
  if (ifd + 2 + entries * 12 > length) return 'truncated';

  const arrays = new Map<number, number[]>();
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12;
    const tag = u16(entry);
    const type = u16(entry + 2);
    const count = u32(entry + 4);
    if (type === 0 || type >= TYPE_SIZES.length) return 'corrupt';
    if (
      tag !== STRIP_OFFSETS &&
      tag !== STRIP_BYTE_COUNTS &&
      tag !== TILE_OFFSETS &&
      tag !== TILE_BYTE_COUNTS
    ) {
      continue;
    }
    if (type !== 3 && type !== 4) return 'corrupt';
    const size = type === 3 ? 2 : 4;
    if (count === 0 || count * size > length) return 'corrupt';
    const valuesAt = count * size <= 4 ? entry + 8 : u32(entry + 8);
    if (valuesAt + count * size > length) return 'truncated';
    const values: number[] = [];
    for (let v = 0; v < count; v++) values.push(size === 2 ? u16(valuesAt + v * 2) : u32(valuesAt + v * 4));
    arrays.set(tag, values);
  }
  const offsets = arrays.get(STRIP_OFFSETS) ?? arrays.get(TILE_OFFSETS);
  const counts = arrays.get(STRIP_BYTE_COUNTS) ?? arrays.get(TILE_BYTE_COUNTS);
  if (!offsets || !counts || offsets.length !== counts.length || offsets.length === 0) return 'corrupt';
  for (let i = 0; i < offsets.length; i++) if (offsets[i]! + counts[i]! > length) return 'truncated';
  return 'complete';
}
