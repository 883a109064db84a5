/**
 * Result of walking a file's container structure without decoding pixels:
 * - `complete`: every segment/chunk/box the image needs is present and well formed;
 * - `truncated`: the structure is valid but the bytes end before it does (interrupted upload);
 * - `corrupt`: a marker, chunk or box header is invalid (damaged or scrambled data).
 */
export type StructureVerdict = 'complete' | 'truncated' | 'corrupt';

/** Reads a big-endian unsigned 16-bit value (caller checks bounds). */
export function u16be(bytes: Uint8Array, at: number): number {
  return (bytes[at]! << 8) | bytes[at + 1]!;
}

/** Reads a big-endian unsigned 32-bit value (caller checks bounds). */
export function u32be(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

/** Reads a little-endian unsigned 32-bit value (caller checks bounds). */
export function u32le(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}
