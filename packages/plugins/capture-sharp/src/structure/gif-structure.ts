import type { StructureVerdict } from './verdict.js';

/** Verdict of a GIF walk plus the number of complete frames seen. */
export interface GifStructure {
  readonly verdict: StructureVerdict;
  readonly frames: number;
}

/**
 * Walks a GIF's blocks (header, colour tables, extensions, image descriptors with LZW sub-blocks).
 *
 * Only the first frame is used, so the file is `complete` once one whole frame has been read, even if
 * later frames or the trailer are missing. Truncated: the bytes end inside the header or the first
 * frame. Corrupt: an unknown block introducer or an impossible LZW code size.
 */
export function checkGifStructure(bytes: Uint8Array): GifStructure {
  const length = bytes.length;
  let frames = 0;
  const end = (verdict: StructureVerdict): GifStructure => ({
    verdict: frames > 0 && verdict === 'truncated' ? 'complete' : verdict,
    frames,
  });
  if (length < 13) return end('truncated');
  const screenFlags = bytes[10]!;
  let at = 13 + (screenFlags & 0x80 ? 3 * 2 ** ((screenFlags & 7) + 1) : 0);
  const skipSubBlocks = (): boolean => {
    for (;;) {
      if (at >= length) return false;
      const size = bytes[at]!;
      at += 1 + size;
      if (size === 0) return at <= length;
    }
  };
  for (;;) {
    if (at >= length) return end('truncated');
    const introducer = bytes[at]!;
    if (introducer === 0x3b) return end(frames > 0 ? 'complete' : 'corrupt');
    if (introducer === 0x21) {
      at += 2;
      if (!skipSubBlocks()) return end('truncated');
    } else if (introducer === 0x2c) {
      if (at + 10 > length) return end('truncated');
      const flags = bytes[at + 9]!;
      at += 10 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0);
      if (at >= length) return end('truncated');
      const codeSize = bytes[at]!;
      if (codeSize < 2 || codeSize > 11) return end('corrupt');
      at += 1;
      if (!skipSubBlocks()) return end('truncated');
      frames += 1;
    } else {
      return end(frames > 0 ? 'complete' : 'corrupt');
    }
  }
}
