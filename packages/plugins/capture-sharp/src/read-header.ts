import type { ImageFormat } from '@idphoto/sdk';
import { readHeifLayout } from './heif/heif-layout.js';
import type { SharpFactory } from './lazy-modules.js';

/** Facts read from a file header by libvips, before any pixel is decoded. */
export interface ImageHeader {
  /** Stored width and height (EXIF orientation not applied; one frame of an animation). */
  readonly width: number;
  readonly height: number;
  /** EXIF orientation 1–8 (1 when absent or invalid). */
  readonly orientation: number;
  /** libvips interpretation as stored: `srgb`, `cmyk`, `b-w`, `rgb16`, `grey16`, … */
  readonly space: string;
  /** Bits per channel as stored (8 for 1/2/4-bit palette and greyscale PNGs). */
  readonly bitDepth: number;
  readonly hasAlpha: boolean;
  /** The embedded ICC profile, when there is one. */
  readonly icc: Uint8Array | undefined;
  /** Frames or pages in the file (1 for still images). */
  readonly pages: number;
  /** Codec of a HEIF-family file (`av1` for AVIF, `hevc` for HEIC); `undefined` for other formats. */
  readonly compression: 'av1' | 'hevc' | undefined;
}

const DEPTH_BITS: Readonly<Record<string, number>> = {
  uchar: 8,
  char: 8,
  ushort: 16,
  short: 16,
  uint: 32,
  int: 32,
  float: 32,
  double: 64,
};

/**
 * Reads the header with `sharp().metadata()`, which parses markers/chunks/boxes without decoding
 * pixels: a 20000×20000 PNG header costs microseconds and no pixel memory. Throws what sharp throws.
 *
 * For HEIF/AVIF, libvips reports the size after rotation and no orientation (libheif applies
 * `irot`/`imir` itself); the stored size and the equivalent orientation are read from the boxes.
 */
export async function readHeader(
  sharp: SharpFactory,
  bytes: Uint8Array,
  format: ImageFormat,
): Promise<ImageHeader> {
  // No pixel limit here: metadata() decodes nothing, and the caller reports the declared size itself.
  const metadata = await sharp(bytes, { failOn: 'warning', limitInputPixels: false }).metadata();
  const orientation = metadata.orientation ?? 1;
  const heif = format === 'heic' || format === 'avif' ? readHeifLayout(bytes) : undefined;
  return {
    width: heif?.width ?? metadata.width,
    height: heif?.height ?? metadata.height,
    orientation: heif
      ? heif.orientation
      : Number.isInteger(orientation) && orientation >= 1 && orientation <= 8
        ? orientation
        : 1,
    space: metadata.space,
    bitDepth: DEPTH_BITS[metadata.depth] ?? 8,
    hasAlpha: metadata.hasAlpha,
    icc: metadata.icc ? new Uint8Array(metadata.icc) : undefined,
    pages: metadata.pages ?? 1,
    compression:
      metadata.compression === 'av1' || metadata.compression === 'hevc' ? metadata.compression : undefined,
  };
}
