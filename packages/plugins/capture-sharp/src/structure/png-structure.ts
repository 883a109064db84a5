import { type StructureVerdict, u32be } from './verdict.js';

const isChunkTypeByte = (byte: number): boolean =>
  (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);

/**
 * Walks a PNG's chunks (length, type, data, CRC) from the signature to IEND.
 *
 * Truncated: a chunk runs past the end of the bytes, or the bytes end before IEND. Corrupt: a chunk
 * type is not four ASCII letters, a length is out of range, the first chunk is not a 13-byte IHDR, or
 * IEND comes before any IDAT. CRCs are left to libpng, which checks them while decoding.
 */
export function checkPngStructure(bytes: Uint8Array): StructureVerdict {
  const length = bytes.length;
  let at = 8;
  let first = true;
  let sawData = false;
  for (;;) {
    if (at + 8 > length) return 'truncated';
    const size = u32be(bytes, at);
    for (let i = 4; i < 8; i++) if (!isChunkTypeByte(bytes[at + i]!)) return 'corrupt';
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    if (size > 0x7fffffff) return 'corrupt';
    if (first && (type !== 'IHDR' || size !== 13)) return 'corrupt';
    first = false;
    if (at + 12 + size > length) return 'truncated';
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return sawData ? 'complete' : 'corrupt';
    at += 12 + size;
  }
}
