import * as v from 'valibot';

/** Default byte limit: 25 MiB (a 48 MP phone JPEG is 10–20 MB; a 12 MP HEIC 1–4 MB). */
export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
/** Default pixel limit: 50 megapixels (declared width × height, checked before decoding). */
export const DEFAULT_MAX_PIXELS = 50_000_000;
/** Default minimum side: 64 px (below that no face analysis is possible). */
export const DEFAULT_MIN_SIDE = 64;

const positiveInteger = v.pipe(v.number(), v.integer(), v.minValue(1));

/** Options of {@link sharpCapture}, validated when the factory is called. */
export const SharpCaptureOptionsSchema = v.optional(
  v.strictObject({
    /** Largest accepted upload in bytes (`CAPTURE_TOO_LARGE` above). Default 25 MiB. */
    maxBytes: v.optional(positiveInteger, DEFAULT_MAX_BYTES),
    /**
     * Largest accepted width × height as declared in the file header (`CAPTURE_TOO_MANY_PIXELS` above),
     * checked before any pixel is decoded. Default 50 000 000.
     */
    maxPixels: v.optional(positiveInteger, DEFAULT_MAX_PIXELS),
    /** Smallest accepted width and height in pixels (`CAPTURE_TOO_SMALL` below). Default 64. */
    minSide: v.optional(positiveInteger, DEFAULT_MIN_SIDE),
    /**
     * Decode HEIC/HEIF (HEVC) photos with `heic-decode` (libheif compiled to WebAssembly, LGPL-3.0).
     * When `false`, HEIC uploads get `CAPTURE_UNSUPPORTED_FORMAT`. Default `true`.
     */
    heic: v.optional(v.boolean(), true),
  }),
  {},
);

/** Options as passed to {@link sharpCapture} (every field optional). */
export type SharpCaptureOptionsInput = v.InferInput<typeof SharpCaptureOptionsSchema>;
/** Options after validation, with defaults filled in. */
export type SharpCaptureOptions = v.InferOutput<typeof SharpCaptureOptionsSchema>;
