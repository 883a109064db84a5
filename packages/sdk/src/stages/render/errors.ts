import { defineErrorCodes } from '../../errors/define-error-codes.js';

export const renderErrors = defineErrorCodes({
  RENDER_MATTE_REQUIRED: {
    status: 500,
    message: 'Background replacement needs a matte.',
    cause: 'render() was called with mode `replace-background` and no matte.',
    fix: 'Register a matting plugin, or use mode `crop-only`.',
  },
  RENDER_ENCODE_FAILED: {
    status: 500,
    message: 'The photo could not be encoded.',
    cause: 'The image encoder raised an error.',
    fix: 'Retry; if it persists, report it with the plugin version.',
  },
});
