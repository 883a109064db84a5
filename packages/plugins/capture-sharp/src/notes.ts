/**
 * What normalisation did to an upload, listed in `SourceImage.notes` (stable strings; clients may show
 * them or log them, they carry no personal data).
 */
export const CAPTURE_NOTES = {
  /** EXIF orientation 2–8 (or a HEIF rotation/mirror) was applied; the output is upright. */
  exifRotated: 'exif-rotated',
  /** CMYK (including Adobe-inverted YCCK JPEG) was converted to sRGB. */
  cmykConverted: 'cmyk-converted',
  /** A greyscale image was expanded to three equal channels. */
  greyscaleExpanded: 'greyscale-expanded',
  /** An embedded non-sRGB ICC profile (Display P3, Adobe RGB, a CMYK profile, …) was converted to sRGB. */
  iccConverted: 'icc-converted',
  /** 16 bits per channel were reduced to 8. */
  sixteenBitReduced: '16-bit-reduced',
  /** Transparent pixels were composited onto white. */
  alphaFlattened: 'alpha-flattened',
  /** The image had an alpha channel without any transparent pixel; it was dropped. */
  alphaOpaqueDropped: 'alpha-opaque-dropped',
  /** An animation or multi-page file: only the first frame (or the primary HEIF image) was used. */
  firstFrameOnly: 'first-frame-only',
} as const;

/** One of {@link CAPTURE_NOTES}. */
export type CaptureNote = (typeof CAPTURE_NOTES)[keyof typeof CAPTURE_NOTES];
