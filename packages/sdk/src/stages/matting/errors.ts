import { defineErrorCodes } from '../../errors/define-error-codes.js';

export const mattingErrors = defineErrorCodes({
  MATTING_MODEL_UNAVAILABLE: {
    status: 500,
    message: 'The matting model could not be loaded.',
    cause: 'The weights are missing, incomplete or fail their hash check.',
    fix: 'Reinstall the matting plugin (its weights come from npm) and run `pnpm models`.',
  },
  MATTING_INFERENCE_FAILED: {
    status: 500,
    message: 'Matting failed while running the model.',
    cause: 'The inference runtime raised an error.',
    fix: 'Retry; if it persists, report it with the plugin version.',
  },
  MATTING_INVALID_REGION: {
    status: 400,
    message: 'The requested matting region lies outside the image.',
    cause: 'The region is empty after clamping to the image.',
    fix: 'Pass a region inside the image, or none.',
  },
});
