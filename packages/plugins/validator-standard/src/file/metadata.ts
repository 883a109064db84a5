import { jpegExifBlock, readExif, readJpegInfo } from '@idphoto/sdk';
import { readPngInfo } from './png-info.js';

/** Metadata found in a file (presence only; values are personal data and never read out). */
export interface FileMetadata {
  /** EXIF beyond what an encoder writes to describe the image (camera, time, software, thumbnail…). */
  readonly exif: boolean;
  /** EXIF carries a GPS IFD (where the photo was taken). */
  readonly gps: boolean;
  readonly xmp: boolean;
  /** JPEG COM segments or PNG text chunks. */
  readonly comment: boolean;
  /** EXIF orientation tag (1 when absent). */
  readonly orientation: number;
  /** Resolution: JFIF density / PNG pHYs first, else EXIF XResolution; `null` when none. */
  readonly dpi: number | null;
}

/** Reads which kinds of metadata a JPEG or PNG carries. */
export function readMetadata(bytes: Uint8Array): FileMetadata {
  const jpeg = readJpegInfo(bytes);
  if (jpeg) {
    const block = jpegExifBlock(bytes);
    const exif = block ? readExif(block) : null;
    return {
      exif: exif ? exif.personalTags > 0 : jpeg.hasExif,
      gps: exif?.gps ?? false,
      xmp: jpeg.hasXmp,
      comment: jpeg.hasComment,
      orientation: exif?.orientation ?? 1,
      dpi: jpeg.dpi ?? exif?.dpi ?? null,
    };
  }
  const png = readPngInfo(bytes);
  if (png) {
    return {
      exif: png.hasExif,
      gps: false,
      xmp: png.hasXmp,
      comment: png.hasText,
      orientation: 1,
      dpi: png.dpi,
    };
  }
  return { exif: false, gps: false, xmp: false, comment: false, orientation: 1, dpi: null };
}
