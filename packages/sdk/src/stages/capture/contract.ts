import type { ImageFormat, RgbImage } from '../../image/types.js';

/** Input of {@link CaptureStage.load}. */
export interface CaptureInput {
  /** The uploaded bytes. The file name is deliberately absent: formats are sniffed from the bytes. */
  readonly bytes: Uint8Array;
  readonly signal?: AbortSignal;
}

/** What the upload was before normalisation (safe facts only, no metadata values). */
export interface CaptureOriginal {
  readonly format: ImageFormat;
  /** Stored size before EXIF orientation was applied. */
  readonly width: number;
  readonly height: number;
  /** EXIF orientation tag 1–8 (1 when absent). */
  readonly orientation: number;
  /** Colour space as stored: `srgb`, `cmyk`, `b-w`, `rgb16`, … */
  readonly space: string;
  /** Bits per channel as stored (8 or 16). */
  readonly bitDepth: number;
  readonly hasAlpha: boolean;
  /** Whether an embedded ICC profile was applied when converting to sRGB. */
  readonly hadIccProfile: boolean;
  readonly bytes: number;
  /** Set for animated formats: frames in the file (only the first is used). */
  readonly frames?: number;
}

/** A normalised source photo: the one shape every later stage reads. */
export interface SourceImage {
  /** Upright (EXIF applied), sRGB 8-bit RGB, alpha flattened onto white, metadata gone. */
  readonly image: RgbImage;
  readonly original: CaptureOriginal;
  /** Notes on what normalisation did (e.g. `alpha-flattened`, `cmyk-converted`, `first-frame-only`). */
  readonly notes: readonly string[];
}

/** Output of {@link CaptureStage.load}. */
export interface CaptureOutput {
  readonly source: SourceImage;
}

/**
 * Capture stage: untrusted bytes in, a normalised {@link SourceImage} out. Rejects empty, truncated,
 * corrupt, oversize, non-image and decompression-bomb input with distinct `CAPTURE_*` codes.
 */
export interface CaptureStage {
  readonly id: string;
  load(input: CaptureInput): Promise<CaptureOutput>;
}
