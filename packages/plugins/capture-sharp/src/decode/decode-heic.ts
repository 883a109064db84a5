import { isSrgbProfile, readIccProfile } from '../icc-profile.js';
import type { SharpFactory } from '../lazy-modules.js';
import type { DecodedPixels } from './decode-with-sharp.js';
import { decodeHeicInWorker } from './heic-worker.js';
import { rgbaToTiff } from './rgba-tiff.js';

/**
 * Decodes the primary image of a HEIC/HEIF (HEVC) file with `heic-decode` (libheif compiled to
 * WebAssembly, with libde265): sharp's prebuilt libvips reads HEIF containers but has no HEVC decoder.
 * libheif applies the container's rotation and mirroring (`irot`/`imir`), so the result is upright;
 * EXIF orientation inside a HEIF must not be applied again.
 *
 * libheif returns the coded colours untouched, so an embedded ICC profile (iPhones embed Display P3)
 * is applied afterwards by libvips, through a TIFF wrapper. Returns 8-bit RGB, or RGBA when the
 * image has an alpha plane.
 *
 * The WebAssembly decode is synchronous (≈0.35 s for 12 MP here), so it runs in a worker thread and
 * the event loop stays free.
 */
export async function decodeHeic(
  sharp: SharpFactory,
  bytes: Uint8Array,
  icc: Uint8Array | undefined,
  hasAlpha: boolean,
): Promise<DecodedPixels> {
  const { width, height, data: rgba } = await decodeHeicInWorker(bytes);
  const convert = icc !== undefined && !isSrgbProfile(readIccProfile(icc));
  if (!convert && hasAlpha) return { width, height, channels: 4, data: rgba };
  // libvips applies the profile and/or drops libheif's always-opaque alpha (threaded, ~2× a JS loop).
  let pipeline = convert
    ? sharp(rgbaToTiff(rgba, width, height, icc), { failOn: 'error' }).toColourspace('srgb')
    : sharp(rgba, { raw: { width, height, channels: 4 } });
  if (!hasAlpha) pipeline = pipeline.removeAlpha();
  const { data, info } = await pipeline.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  if (info.channels !== (hasAlpha ? 4 : 3)) throw new Error(`Unexpected channel count ${info.channels}`);
  return {
    width,
    height,
    channels: hasAlpha ? 4 : 3,
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  };
}
