import { defineErrorCodes } from '@idphoto/sdk';

/** Error codes raised by the tfjs → ONNX converter and its cache. */
export const tfjsOnnxErrors = defineErrorCodes({
  TFJS_ONNX_UNSUPPORTED_OP: {
    status: 500,
    message: 'The model uses TensorFlow.js ops the converter cannot translate to ONNX.',
    cause:
      'The graph reachable from the model outputs contains ops listed in `details.ops` that have no converter.',
    fix: 'Add a converter for the ops in `details.ops` (see the supported-ops table in the README) or use another model.',
  },
  TFJS_ONNX_UNSUPPORTED_ATTRIBUTE: {
    status: 500,
    message: 'A TensorFlow.js op uses an attribute value the converter cannot translate.',
    cause:
      'The op in `details.op` (node `details.node`) has an attribute combination with no ONNX equivalent here.',
    fix: 'Extend the op converter for `details.reason`, or re-export the model without that option.',
  },
  TFJS_ONNX_INVALID_MODEL: {
    status: 500,
    message: 'The TensorFlow.js model JSON is not a graph model the converter can read.',
    cause:
      'The JSON lacks `modelTopology.node` / `weightsManifest`, or a node refers to a missing input (`details.reason`).',
    fix: 'Pass the model.json of a tfjs graph model (format "graph-model"), not a layers model or a corrupted file.',
  },
  TFJS_ONNX_INVALID_OPTIONS: {
    status: 500,
    message: 'The conversion options do not fit the model.',
    cause:
      '`inputShapes` names an input the model does not have, or gives a shape of the wrong rank or with invalid sizes.',
    fix: 'Key `inputShapes` by the names in `details.inputs` and give one positive integer size per dimension.',
  },
  TFJS_ONNX_WEIGHTS_MISMATCH: {
    status: 500,
    message: 'The weight bytes do not match the weights manifest.',
    cause:
      'The .bin shards are shorter or longer than the manifest describes, or a weight uses an unknown dtype.',
    fix: 'Pass the .bin files listed in `weightsManifest[].paths`, in order and unmodified.',
  },
  TFJS_ONNX_MODEL_NOT_FOUND: {
    status: 500,
    message: 'The model files could not be read.',
    cause: 'The model JSON or one of its weight shards does not exist or is unreadable (`details.file`).',
    fix: 'Check that the package shipping the model is installed and the path is right.',
  },
  TFJS_ONNX_CACHE_WRITE_FAILED: {
    status: 500,
    message: 'The converted model could not be written to the cache directory.',
    cause: 'The cache directory is not writable or the disk is full.',
    fix: 'Set IDPHOTO_CACHE_DIR (or `cacheDir`) to a writable directory.',
  },
});
