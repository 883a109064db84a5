import {
  type CaptureInput,
  type CaptureOriginal,
  type CaptureOutput,
  type CaptureStage,
  captureErrors,
  createRgbImage,
  type IdPhotoError,
  type SourceImage,
  sdkErrors,
} from '@idphoto/sdk';
import { decodeHeic } from './decode/decode-heic.js';
import { type DecodedPixels, decodeWithSharp } from './decode/decode-with-sharp.js';
import { flattenOntoWhite } from './flatten-alpha.js';
import { isSrgbProfile, readIccProfile } from './icc-profile.js';
import { loadSharp } from './lazy-modules.js';
import { CAPTURE_NOTES, type CaptureNote } from './notes.js';
import type { SharpCaptureOptions } from './options.js';
import { type ImageHeader, readHeader } from './read-header.js';
import { type SniffResult, sniffFormat } from './sniff-format.js';
import { checkStructure } from './structure/check-structure.js';

/** Id of the capture stage this plugin provides. */
export const SHARP_CAPTURE_ID = 'sharp';

/** Formats libvips (as bundled with sharp) decodes here. */
const SHARP_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'tiff', 'gif']);

/**
 * Creates the capture stage: untrusted bytes in, an upright sRGB 8-bit RGB {@link SourceImage} out.
 *
 * Checks run cheapest first, and nothing is decoded until the header has passed the limits:
 * empty → byte size → magic-number sniff → header (dimensions) → pixel limit → minimum side →
 * container structure (truncated / corrupt) → decode.
 */
export function createCaptureStage(options: SharpCaptureOptions): CaptureStage {
  return Object.freeze({
    id: SHARP_CAPTURE_ID,
    async load(input: CaptureInput): Promise<CaptureOutput> {
      const { bytes, signal } = input;
      throwIfAborted(signal);
      if (bytes.length === 0) throw captureErrors.create('CAPTURE_EMPTY_INPUT');
      if (bytes.length > options.maxBytes) {
        throw captureErrors.create('CAPTURE_TOO_LARGE', {
          details: { limitBytes: options.maxBytes, bytes: bytes.length },
        });
      }
      const sniffed = sniffFormat(bytes);
      assertDecodable(sniffed, options);

      const sharp = await loadSharp();
      throwIfAborted(signal);
      let header: ImageHeader;
      try {
        header = await readHeader(sharp, bytes, sniffed.format);
      } catch (error) {
        throw structureError(sniffed, bytes, error);
      }
      checkLimits(header, options);
      const verdict = checkStructure(sniffed.format, bytes);
      if (verdict !== 'complete') throw structureError(sniffed, bytes, undefined, verdict);
      throwIfAborted(signal);

      let pixels: DecodedPixels;
      try {
        // HEVC goes to libheif (WebAssembly); everything else, AV1 in a generic `mif1` HEIF included, to libvips.
        pixels =
          header.compression === 'hevc'
            ? await decodeHeic(sharp, bytes, header.icc, header.hasAlpha)
            : await decodeWithSharp(sharp, {
                bytes,
                maxPixels: options.maxPixels,
                // libheif has applied irot/imir to AVIF already.
                autoOrient: header.compression === undefined,
                ignoreIcc:
                  header.space === 'srgb' &&
                  header.icc !== undefined &&
                  isSrgbProfile(readIccProfile(header.icc)),
              });
      } catch (error) {
        throw captureErrors.create('CAPTURE_CORRUPT', { details: { format: sniffed.label }, cause: error });
      }
      throwIfAborted(signal);
      return { source: toSourceImage(sniffed, header, pixels, bytes.length) };
    },
  });
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw sdkErrors.create('SDK_ABORTED', { cause: signal.reason });
}

function assertDecodable(sniffed: SniffResult, options: SharpCaptureOptions): void {
  if (!sniffed.image) {
    throw captureErrors.create('CAPTURE_NOT_AN_IMAGE', { details: { detected: sniffed.label } });
  }
  if (SHARP_FORMATS.has(sniffed.format) || (sniffed.format === 'heic' && options.heic)) return;
  const accepted = [...SHARP_FORMATS, ...(options.heic ? ['heic'] : [])];
  throw captureErrors.create('CAPTURE_UNSUPPORTED_FORMAT', {
    ...(sniffed.format === 'heic'
      ? {
          message:
            'HEIC/HEIF photos are not accepted here. Send a JPEG instead: on an iPhone choose Settings › Camera › ' +
            'Formats › Most Compatible, or share the photo as JPEG.',
        }
      : {}),
    details: { format: sniffed.label, accepted },
  });
}

function checkLimits(header: ImageHeader, options: SharpCaptureOptions): void {
  const { width, height } = header;
  if (width * height > options.maxPixels) {
    throw captureErrors.create('CAPTURE_TOO_MANY_PIXELS', {
      details: { width, height, limitPixels: options.maxPixels },
    });
  }
  if (Math.min(width, height) < options.minSide) {
    throw captureErrors.create('CAPTURE_TOO_SMALL', { details: { width, height, minSide: options.minSide } });
  }
}

/** Turns an unreadable header or a failed structure walk into TRUNCATED or CORRUPT. */
function structureError(
  sniffed: SniffResult,
  bytes: Uint8Array,
  cause: unknown,
  verdict = checkStructure(sniffed.format, bytes),
): IdPhotoError {
  const code = verdict === 'truncated' ? 'CAPTURE_TRUNCATED' : 'CAPTURE_CORRUPT';
  return captureErrors.create(code, {
    details: { format: sniffed.label },
    ...(cause === undefined ? {} : { cause }),
  });
}

function toSourceImage(
  sniffed: SniffResult,
  header: ImageHeader,
  pixels: DecodedPixels,
  byteLength: number,
): SourceImage {
  const notes: CaptureNote[] = [];
  if (header.orientation !== 1) notes.push(CAPTURE_NOTES.exifRotated);
  if (header.space === 'cmyk') notes.push(CAPTURE_NOTES.cmykConverted);
  if (header.space === 'b-w' || header.space === 'grey16') notes.push(CAPTURE_NOTES.greyscaleExpanded);
  if (header.icc && !isSrgbProfile(readIccProfile(header.icc))) notes.push(CAPTURE_NOTES.iccConverted);
  if (header.bitDepth > 8) notes.push(CAPTURE_NOTES.sixteenBitReduced);
  if (header.pages > 1) notes.push(CAPTURE_NOTES.firstFrameOnly);
  let rgb = pixels.data;
  if (pixels.channels === 4) {
    const flattened = flattenOntoWhite(pixels.data);
    rgb = flattened.rgb;
    // Decoders that always return RGBA (libheif) say nothing about the source having alpha.
    if (header.hasAlpha) {
      notes.push(flattened.hadTransparency ? CAPTURE_NOTES.alphaFlattened : CAPTURE_NOTES.alphaOpaqueDropped);
    }
  }
  const original: CaptureOriginal = {
    format: sniffed.format,
    width: header.width,
    height: header.height,
    orientation: header.orientation,
    space: header.space,
    bitDepth: header.bitDepth,
    hasAlpha: header.hasAlpha,
    hadIccProfile: header.icc !== undefined,
    bytes: byteLength,
    ...(header.pages > 1 ? { frames: header.pages } : {}),
  };
  return Object.freeze({
    image: createRgbImage(pixels.width, pixels.height, rgb),
    original: Object.freeze(original),
    notes: Object.freeze(notes),
  });
}
