import { defineErrorCodes } from '@idphoto/sdk';

/** Error codes of `@idphoto/testing`. Failed checks are test failures, not errors; these are misuse. */
export const testingErrors = defineErrorCodes({
  TESTING_PEER_MISSING: {
    status: 500,
    message: 'An optional peer dependency of @idphoto/testing is not installed.',
    cause:
      '`sharpProbeEncoder()` and the stage kits load `sharp` on first use; it is an optional peer dependency.',
    fix: 'Install it beside @idphoto/testing (`pnpm add -D sharp`), or pass your own `encode` hook.',
  },
  TESTING_INVALID_SAMPLE: {
    status: 400,
    message: 'A sample photo given to the spec-plugin kit is unusable.',
    cause: 'The sample is empty or could not be decoded.',
    fix: 'Pass the bytes of a real head-and-shoulders photo (JPEG, PNG or WebP).',
  },
});
