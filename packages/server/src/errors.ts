import { defineErrorCodes } from '@idphoto/sdk';

/** Error codes of the reference server's HTTP edge. */
export const serverErrors = defineErrorCodes({
  SERVER_INVALID_REQUEST: {
    status: 400,
    message: 'The request is invalid.',
    cause:
      'A field is missing or has the wrong type (`details.issues` names the fields, never their values).',
    fix: 'Send multipart/form-data with an `image` file and a `spec` id.',
  },
  SERVER_PAYLOAD_TOO_LARGE: {
    status: 413,
    message: 'The request body is larger than allowed.',
    cause: 'The body exceeds `details.limitBytes`.',
    fix: 'Send a smaller photo (a normal phone JPEG is well under the limit).',
  },
  SERVER_BUSY: {
    status: 503,
    message: 'The server is busy; try again shortly.',
    cause: 'Every processing slot and queue place is taken.',
    fix: 'Retry after the number of seconds in the Retry-After header.',
  },
  SERVER_NOT_FOUND: {
    status: 404,
    message: 'Not found.',
    cause: 'No such photo or route.',
    fix: 'Check the id.',
  },
  SERVER_STORED_RECORD_INVALID: {
    status: 500,
    message: 'A stored record could not be read.',
    cause: 'The record in storage does not match its schema (edited or corrupted).',
    fix: 'Restore the record from backup; nothing else is affected.',
  },
});
