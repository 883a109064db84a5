import { type RgbImage, withJfifDensity, withPngDensity } from '@idphoto/sdk';
import { loadSharp } from '../image/load-sharp.js';

/** JPEG chroma subsampling: `4:2:0` (smallest, what cameras and portals use) or `4:4:4`. */
export type ChromaSubsampling = '4:2:0' | '4:4:4';

/**
 * Encodes 8-bit RGB as a baseline (sequential, non-progressive) JPEG with the standard IJG
 * quantisation tables scaled by `quality` — so a reader estimating quality from the tables gets
 * `quality` back — Huffman tables optimised, no EXIF/ICC/XMP/comment, and a JFIF header carrying
 * `dpi`. Three components (YCbCr, i.e. 24-bit colour; one with `grey`); the pixels are sRGB,
 * JFIF's default colour space.
 */
export async function encodeJpeg(
  image: RgbImage,
  quality: number,
  dpi: number,
  chromaSubsampling: ChromaSubsampling,
  grey = false,
): Promise<Uint8Array> {
  const sharp = await loadSharp();
  let pipeline = sharp(image.data, {
    raw: { width: image.width, height: image.height, channels: 3 },
  });
  if (grey) pipeline = pipeline.toColourspace('b-w');
  const buffer = await pipeline
    .jpeg({
      quality,
      progressive: false,
      chromaSubsampling,
      optimiseCoding: true,
      mozjpeg: false,
      trellisQuantisation: false,
      overshootDeringing: false,
      optimiseScans: false,
      quantisationTable: 0,
    })
    .toBuffer();
  return withJfifDensity(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length), dpi);
}

/** Encodes 8-bit RGB as a PNG (maximum compression, no metadata) with a `pHYs` chunk for `dpi`. */
export async function encodePng(image: RgbImage, dpi: number): Promise<Uint8Array> {
  const sharp = await loadSharp();
  const buffer = await sharp(image.data, {
    raw: { width: image.width, height: image.height, channels: 3 },
  })
    .png({ compressionLevel: 9, adaptiveFiltering: true, palette: false })
    .toBuffer();
  return withPngDensity(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length), dpi);
}
