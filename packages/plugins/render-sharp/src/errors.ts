import { defineErrorCodes } from '@idphoto/sdk';

/** Error codes of `@idphoto/render-sharp` (besides the SDK's `renderErrors`). */
export const renderSharpErrors = defineErrorCodes({
  RENDER_SHARP_INVALID_INPUT: {
    status: 500,
    message: 'The render input is inconsistent.',
    cause:
      'The source image data does not match its size, the face lies outside the source, or the matte does not belong to the source.',
    fix: 'Pass the source, face analysis and matte of the same photo, as the pipeline does.',
  },
});
