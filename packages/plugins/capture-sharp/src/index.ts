export { createCaptureStage, SHARP_CAPTURE_ID } from './capture-stage.js';
export type { CaptureNote } from './notes.js';
export { CAPTURE_NOTES } from './notes.js';
export type { SharpCaptureOptions, SharpCaptureOptionsInput } from './options.js';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_PIXELS,
  DEFAULT_MIN_SIDE,
  SharpCaptureOptionsSchema,
} from './options.js';
export { SHARP_CAPTURE_PLUGIN, sharpCapture } from './sharp-capture.js';
export type { SniffResult } from './sniff-format.js';
export { sniffFormat } from './sniff-format.js';
