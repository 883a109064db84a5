import { defineErrorCodes } from '../../errors/define-error-codes.js';

/** Error codes every Capture implementation uses, so clients can rely on them across plugins. */
export const captureErrors = defineErrorCodes({
  CAPTURE_EMPTY_INPUT: {
    status: 400,
    message: 'The uploaded file is empty.',
    cause: 'Zero bytes were received.',
    fix: 'Select the photo again and re-upload it.',
  },
  CAPTURE_TOO_LARGE: {
    status: 413,
    message: 'The uploaded file is larger than allowed.',
    cause: 'The byte size exceeds the capture stage limit (`details.limitBytes`).',
    fix: 'Send a smaller file, e.g. a JPEG exported at normal quality.',
  },
  CAPTURE_NOT_AN_IMAGE: {
    status: 415,
    message: 'The file is not an image.',
    cause:
      'The bytes do not start with the signature of any image format (e.g. a PDF or a text file renamed .jpg).',
    fix: 'Send a JPEG, PNG, WebP, AVIF, TIFF, GIF or HEIC photo.',
  },
  CAPTURE_UNSUPPORTED_FORMAT: {
    status: 415,
    message: 'This image format is not supported.',
    cause: 'The file is an image in a format the capture stage cannot decode (`details.format`).',
    fix: 'Convert the photo to JPEG or PNG (on a phone: share or export it as JPEG) and upload again.',
  },
  CAPTURE_TRUNCATED: {
    status: 422,
    message: 'The image file is incomplete.',
    cause: 'The file ends before the image data does (interrupted upload or copy).',
    fix: 'Upload the original photo again.',
  },
  CAPTURE_CORRUPT: {
    status: 422,
    message: 'The image file is damaged and cannot be decoded.',
    cause: 'The format signature is valid but the decoder rejected the data.',
    fix: 'Open the photo on your device to check it, then export it again as JPEG.',
  },
  CAPTURE_TOO_MANY_PIXELS: {
    status: 413,
    message: 'The image has more pixels than allowed.',
    cause:
      'The declared width × height exceeds `details.limitPixels` (decompression-bomb guard); checked before decoding.',
    fix: 'Resize the photo (e.g. to 4000 px on the long side) and upload again.',
  },
  CAPTURE_TOO_SMALL: {
    status: 422,
    message: 'The image is too small to be used.',
    cause: 'Width or height is below `details.minSide` pixels.',
    fix: 'Upload the original photo, not a thumbnail.',
  },
});
