/**
 * Version of the converter's output. Part of every cache key: bump it whenever a change to the
 * converter changes the ONNX it emits, so cached files from older versions are not reused.
 */
export const CONVERTER_VERSION = '0.1.0';
