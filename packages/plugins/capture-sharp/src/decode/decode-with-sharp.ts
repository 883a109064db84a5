import type { SharpFactory } from '../lazy-modules.js';

/** Interleaved 8-bit sRGB pixels, with alpha when the source had it. */
export interface DecodedPixels {
  readonly width: number;
  readonly height: number;
  readonly channels: 3 | 4;
  readonly data: Uint8Array;
}

/** What {@link decodeWithSharp} is asked to do. */
export interface SharpDecodeRequest {
  readonly bytes: Uint8Array;
  /** Passed to libvips as a second guard against decompression bombs. */
  readonly maxPixels: number;
  /** Apply EXIF orientation (not for HEIF: libheif has applied `irot`/`imir` already). */
  readonly autoOrient: boolean;
  /**
   * Skip the embedded profile because it is sRGB already: the result is the same and a 35 MP decode
   * is 2–3× faster without the lcms pass.
   */
  readonly ignoreIcc: boolean;
}

/**
 * Decodes the first frame with libvips, strictly (`failOn: 'warning'`: damaged data is an error, not
 * grey blocks), applies EXIF orientation, converts to sRGB through the embedded ICC profile (or
 * libvips' built-in CMYK profile for CMYK without one; Adobe-inverted CMYK/YCCK JPEGs are un-inverted
 * by the loader) and reduces 16-bit to 8-bit. Alpha is kept for the caller to flatten. No metadata
 * survives: the result is raw pixels.
 */
export async function decodeWithSharp(
  sharp: SharpFactory,
  request: SharpDecodeRequest,
): Promise<DecodedPixels> {
  const { data, info } = await sharp(request.bytes, {
    failOn: 'warning',
    limitInputPixels: request.maxPixels,
    autoOrient: request.autoOrient,
    ignoreIcc: request.ignoreIcc,
  })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3 && info.channels !== 4) {
    throw new Error(`Unexpected channel count ${info.channels} after conversion to sRGB`);
  }
  return {
    width: info.width,
    height: info.height,
    channels: info.channels,
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  };
}
