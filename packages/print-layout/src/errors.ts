import { defineErrorCodes } from '@idphoto/sdk';

/**
 * Error codes of `@idphoto/print-layout`. Invalid arguments throw the SDK's `SDK_INVALID_INPUT`;
 * undecodable photos throw the capture codes (`CAPTURE_NOT_AN_IMAGE`, `CAPTURE_TOO_MANY_PIXELS`).
 */
export const printLayoutErrors = defineErrorCodes({
  LAYOUT_DOES_NOT_FIT: {
    status: 422,
    message: 'No photo fits on the paper.',
    cause:
      'Every photo is larger than the paper inside its margins (`details.paper`, `details.usableMm`; the sizes are in `details.items`).',
    fix: 'Choose a larger paper (e.g. a4), smaller margins, or allow rotation.',
  },
  LAYOUT_ASPECT_MISMATCH: {
    status: 422,
    message: "A photo's proportions differ from its print size.",
    cause:
      'Width ÷ height of photo `details.item` (`details.photoAspect`) differs from the print box (`details.printAspect`) by more than `details.tolerance`; printing it would stretch or crop the face.',
    fix: 'Pass the print size of the spec the photo was made for, or render the photo for that spec first.',
  },
  LAYOUT_PRINT_SIZE_UNKNOWN: {
    status: 422,
    message: 'The print size of a photo is unknown.',
    cause:
      'Item `details.item` has no `printMm` and its file carries no resolution (JPEG JFIF density or PNG pHYs) to derive one from.',
    fix: "Pass `printMm` (e.g. the spec's `canvas.printMm`, see `printMmOfSpec`).",
  },
  LAYOUT_SHEET_TOO_LARGE: {
    status: 413,
    message: 'The sheet would have more pixels than allowed.',
    cause: 'Paper size × dpi exceeds `details.limitPixels`.',
    fix: 'Lower the dpi or choose a smaller paper.',
  },
});
