import { defineErrorCodes } from '@idphoto/sdk';

/** Error codes of the reference server's HTTP edge. */
export const serverErrors = defineErrorCodes({
  SERVER_INVALID_REQUEST: {
    status: 400,
    message: 'The request is invalid.',
    cause:
      'A field is missing, sent twice, unknown, or has the wrong type or kind (text instead of file); `details.issues` names the fields, never their values.',
    fix: 'Send multipart/form-data with one `image` file and one `spec` id, and only the documented fields.',
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
    cause: 'No such photo (never made, deleted, or past the retention period) or no such route.',
    fix: 'Check the id; make the photo again if it has expired.',
  },
  SERVER_INTERNAL: {
    status: 500,
    message: 'Internal error.',
    cause: 'Something failed that is not a declared error (a bug or an infrastructure fault).',
    fix: 'Retry; if it persists, report it with the `x-request-id` of the response.',
  },
  SERVER_CONFIG_INVALID: {
    status: 500,
    message: 'The server configuration is invalid.',
    cause: 'An `IDPHOTO_*` environment variable is out of range or of the wrong kind (`details.variables`).',
    fix: 'Correct the variables named in the message (see docs/04-server); the server does not start until then.',
  },
  SERVER_LISTEN_FAILED: {
    status: 500,
    message: 'The server cannot listen on its address.',
    cause:
      'The port is taken, the host does not resolve or is not an address of this machine (`details.reason`).',
    fix: 'Set IDPHOTO_PORT to a free port or IDPHOTO_HOST to an address of this machine.',
  },
  SERVER_STORED_RECORD_INVALID: {
    status: 500,
    message: 'A stored record could not be read.',
    cause: 'The record in storage does not match its schema (edited or corrupted).',
    fix: 'Restore the record from backup; nothing else is affected.',
  },
});
