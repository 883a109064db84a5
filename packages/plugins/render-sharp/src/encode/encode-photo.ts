import {
  isIdPhotoError,
  type Photo,
  type RenderNote,
  type RgbImage,
  readJpegInfo,
  renderErrors,
  type SpecDefinition,
} from '@idphoto/sdk';
import { fileSizeNote } from '../notes.js';
import { type ChromaSubsampling, encodeJpeg, encodePng } from './encode-image.js';
import { searchQuality } from './search-quality.js';

/** An encoded photo and what the encoder had to report. */
export interface EncodedPhoto {
  readonly photo: Photo;
  readonly notes: readonly RenderNote[];
}

/**
 * Encodes the finished pixels the way the spec's file section asks: JPEG with the highest quality
 * at or above `file.minQuality` that fits `file.bytes` (see {@link searchQuality}), or PNG; the
 * spec's dpi in the header; no metadata. The written JPEG is read back with the SDK's
 * `readJpegInfo()` and must show the dpi, baseline coding, the component count, the chosen
 * quality and no EXIF/ICC/XMP/comment — otherwise `RENDER_ENCODE_FAILED`.
 */
export async function encodePhoto(
  image: RgbImage,
  spec: SpecDefinition,
  chromaSubsampling: ChromaSubsampling,
): Promise<EncodedPhoto> {
  const { dpi } = spec.canvas;
  const { file } = spec;
  const grey = file.colourDepth === 8;
  try {
    if (file.format === 'png') {
      const bytes = await encodePng(image, dpi);
      const notes = outside(bytes.length, file.bytes)
        ? [fileSizeNote(bytes.length, file.bytes, undefined)]
        : [];
      return {
        photo: { bytes, format: 'png', mime: 'image/png', width: image.width, height: image.height, dpi },
        notes,
      };
    }
    const result = await searchQuality(
      (q) => encodeJpeg(image, q, dpi, chromaSubsampling, grey),
      file.minQuality,
      file.bytes,
    );
    verifyJpeg(result.bytes, image, dpi, result.quality, grey);
    return {
      photo: {
        bytes: result.bytes,
        format: 'jpeg',
        mime: 'image/jpeg',
        width: image.width,
        height: image.height,
        dpi,
        quality: result.quality,
      },
      notes: result.fit === 'inside' ? [] : [fileSizeNote(result.bytes.length, file.bytes, result.quality)],
    };
  } catch (error) {
    if (isIdPhotoError(error, 'RENDER_ENCODE_FAILED')) throw error;
    throw renderErrors.create('RENDER_ENCODE_FAILED', { cause: error });
  }
}

function outside(n: number, range: SpecDefinition['file']['bytes']): boolean {
  return (range.min !== undefined && n < range.min) || (range.max !== undefined && n > range.max);
}

function verifyJpeg(bytes: Uint8Array, image: RgbImage, dpi: number, quality: number, grey: boolean): void {
  const info = readJpegInfo(bytes);
  const problems: string[] = [];
  if (!info) problems.push('not a JPEG');
  else {
    if (info.width !== image.width || info.height !== image.height) problems.push('size');
    if (!info.baseline || info.progressive) problems.push('not baseline');
    if (info.components !== (grey ? 1 : 3)) problems.push('components');
    if (info.precision !== 8) problems.push('precision');
    if (info.dpi !== dpi) problems.push('dpi');
    if (info.estimatedQuality !== quality) problems.push('quality');
    if (info.hasExif || info.hasIcc || info.hasXmp || info.hasComment) problems.push('metadata');
  }
  if (problems.length > 0) throw renderErrors.create('RENDER_ENCODE_FAILED', { details: { problems } });
}
