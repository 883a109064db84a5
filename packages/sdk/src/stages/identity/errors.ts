import { defineErrorCodes } from '../../errors/define-error-codes.js';

export const identityErrors = defineErrorCodes({
  IDENTITY_CREDENTIAL_UNREADABLE: {
    status: 422,
    message: 'The credential could not be read.',
    cause: 'No QR code was found in the image, or its content is not a collection code.',
    fix: 'Save the 采集码 from the CHSI app or website (long-press → save image) rather than a screenshot, and upload it again.',
  },
  IDENTITY_CREDENTIAL_UNSUPPORTED: {
    status: 400,
    message: 'This identity source does not accept that credential.',
    cause: '`details.kind` is not in the source `accepts`.',
    fix: 'Use a supported credential.',
  },
  IDENTITY_NOT_ELIGIBLE: {
    status: 403,
    message: 'The record is not eligible for photo collection.',
    cause: 'The source reports the record cannot collect a photo now (`details.reason`).',
    fix: 'Check the record status on the authority website.',
  },
  IDENTITY_SOURCE_UNAVAILABLE: {
    status: 503,
    message: 'The identity source is unavailable.',
    cause: 'The upstream service did not answer.',
    fix: 'Retry later.',
  },
});
