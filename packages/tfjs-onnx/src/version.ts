/**
 * Version of the converter's output: the package version plus a revision of the emitted ONNX.
 * Part of every cache key — bump the revision whenever a change to the converter changes the ONNX
 * it emits, so cached files from older converters are not reused.
 */
export const CONVERTER_VERSION = '0.1.0-r3';
