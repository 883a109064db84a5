import { type StructureVerdict, u32le } from './verdict.js';

const isFourCcByte = (byte: number): boolean => byte >= 0x20 && byte <= 0x7e;

/**
 * Walks a WebP's RIFF chunks.
 *
 * Truncated: the RIFF size or a chunk size says more bytes follow than were received. Corrupt: a chunk
 * id is not printable ASCII, or there is no image chunk (`VP8 `, `VP8L` or animation frame `ANMF`).
 * Lossy VP8 data has no checksum, so bytes scrambled inside the bitstream decode to noise without any
 * error; only header damage is detectable.
 */
export function checkWebpStructure(bytes: Uint8Array): StructureVerdict {
  const riffEnd = 8 + u32le(bytes, 4);
  if (riffEnd < 12 + 8) return 'corrupt';
  if (riffEnd > bytes.length) return 'truncated';
  let at = 12;
  let sawImage = false;
  while (at + 8 <= riffEnd) {
    for (let i = 0; i < 4; i++) if (!isFourCcByte(bytes[at + i]!)) return 'corrupt';
    const id = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    const size = u32le(bytes, at + 4);
    if (at + 8 + size > riffEnd) return riffEnd > bytes.length ? 'truncated' : 'corrupt';
    if (id === 'VP8 ' || id === 'VP8L' || id === 'ANMF') sawImage = true;
    at += 8 + size + (size & 1);
  }
  return sawImage ? 'complete' : 'corrupt';
}
