import { loadHeicDecode } from '../lazy-modules.js';
import type { DecodedPixels } from './decode-with-sharp.js';

/**
 * Decodes the primary image of a HEIC/HEIF (HEVC) file with `heic-decode` (libheif 1.x compiled to
 * WebAssembly, with libde265): sharp's prebuilt libvips reads HEIF containers but has no HEVC decoder.
 * libheif applies the container's rotation and mirroring (`irot`/`imir`), so the result is upright;
 * EXIF orientation inside a HEIF must not be applied again. Returns 8-bit RGBA.
 *
 * The decode runs synchronously inside WebAssembly (about 0.35 s for 12 MP here), blocking the
 * event loop for that long.
 */
export async function decodeHeic(bytes: Uint8Array): Promise<DecodedPixels> {
  const decode = await loadHeicDecode();
  const { width, height, data } = await decode({ buffer: bytes });
  return { width, height, channels: 4, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}
