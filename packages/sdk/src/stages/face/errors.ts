import { defineErrorCodes } from '../../errors/define-error-codes.js';

/** Infrastructure failures of a face analyzer. "No face" is not an error: it is an empty result. */
export const faceErrors = defineErrorCodes({
  FACE_MODEL_UNAVAILABLE: {
    status: 500,
    message: 'The face models could not be loaded.',
    cause: 'A model file is missing, unreadable or failed conversion.',
    fix: 'Reinstall the face plugin and run `pnpm models` to pre-build the model cache.',
  },
  FACE_INFERENCE_FAILED: {
    status: 500,
    message: 'Face analysis failed while running a model.',
    cause: 'The inference runtime raised an error.',
    fix: 'Retry; if it persists, report it with the plugin version.',
  },
});
