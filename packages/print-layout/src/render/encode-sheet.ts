import { withJfifDensity, withPngDensity } from '@idphoto/sdk';
import type { SheetCanvas } from './compose-sheet.js';
import { loadSharp } from './load-sharp.js';

/** A sheet file. */
export interface EncodedSheet {
  readonly bytes: Uint8Array;
  readonly mime: 'image/jpeg' | 'image/png';
}

/**
 * Encodes a sheet: JPEG (baseline, 4:4:4 chroma so 2-px marks stay crisp, optimised Huffman tables)
 * or PNG, with no EXIF, ICC or XMP — the pixels are sRGB, JFIF's and PNG's default — and the dpi in
 * the JFIF header or a pHYs chunk, which is where print software looks (libvips writes the density
 * only into EXIF, so the SDK's header writers add it).
 */
export async function encodeSheet(
  sheet: SheetCanvas,
  format: 'jpeg' | 'png',
  quality: number,
  dpi: number,
): Promise<EncodedSheet> {
  const sharp = await loadSharp();
  const pipeline = sharp(sheet.data, {
    raw: { width: sheet.widthPx, height: sheet.heightPx, channels: 3 },
    limitInputPixels: false,
  });
  if (format === 'png') {
    const png = await pipeline
      .png({ compressionLevel: 6, adaptiveFiltering: true, palette: false })
      .toBuffer();
    return { bytes: withPngDensity(asBytes(png), dpi), mime: 'image/png' };
  }
  const jpeg = await pipeline
    .jpeg({ quality, chromaSubsampling: '4:4:4', progressive: false, optimiseCoding: true, mozjpeg: false })
    .toBuffer();
  return { bytes: withJfifDensity(asBytes(jpeg), dpi), mime: 'image/jpeg' };
}

function asBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
}
