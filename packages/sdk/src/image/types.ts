/** A point in image pixels (x to the right, y down, origin at the top-left corner). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A point with depth (FaceMesh z, in the same pixel scale as x). */
export interface Point3 extends Point {
  readonly z: number;
}

/** An axis-aligned rectangle in image pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A colour in sRGB, 0–255 per channel. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/**
 * Decoded pixels: sRGB, 8 bits per channel, interleaved RGB, no alpha, rows top to bottom.
 * Every stage exchanges images in this one shape.
 */
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  readonly channels: 3;
  /** `width * height * 3` bytes. */
  readonly data: Uint8Array;
}

/** A single-channel 8-bit mask (0 = background, 255 = subject). */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly channels: 1;
  /** `width * height` bytes. */
  readonly data: Uint8Array;
}

/** Image container formats the SDK knows about. */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'tiff' | 'gif' | 'heic' | 'bmp' | 'unknown';

/** Localized text; every user-facing string of a report or spec carries both languages. */
export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}

/** Creates an empty (black) RGB image. */
export function createRgbImage(width: number, height: number, data?: Uint8Array): RgbImage {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`Invalid image size ${width}x${height}`);
  }
  const bytes = data ?? new Uint8Array(width * height * 3);
  if (bytes.length !== width * height * 3) throw new RangeError('RGB data length does not match the size');
  return { width, height, channels: 3, data: bytes };
}

/** Clamps a box to the image bounds (may return an empty box). */
export function clampBox(box: Box, width: number, height: number): Box {
  const x0 = Math.max(0, Math.min(width, box.x));
  const y0 = Math.max(0, Math.min(height, box.y));
  const x1 = Math.max(0, Math.min(width, box.x + box.width));
  const y1 = Math.max(0, Math.min(height, box.y + box.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
