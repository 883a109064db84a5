import { defineErrorCodes } from '../../errors/define-error-codes.js';

/** Codes every payment provider uses for the same situations. */
export const paymentErrors = defineErrorCodes({
  PAYMENT_INVALID_AMOUNT: {
    status: 400,
    message: 'The amount is not a positive integer of minor units.',
    cause: 'Amounts are integer fen; floats of yuan lose precision.',
    fix: 'Pass `total` as a safe integer > 0.',
  },
  PAYMENT_CHANNEL_UNSUPPORTED: {
    status: 400,
    message: 'This payment channel is not supported by the provider.',
    cause: 'The provider does not list `details.channel`.',
    fix: 'Use one of `details.supported`.',
  },
  PAYMENT_PAYER_REQUIRED: {
    status: 400,
    message: 'This channel needs payer details.',
    cause: 'JSAPI needs `payer.openid`; H5 needs `clientIp`.',
    fix: 'Pass the missing payer field.',
  },
  PAYMENT_NOTIFICATION_INVALID_SIGNATURE: {
    status: 401,
    message: 'The notification signature does not verify.',
    cause: 'The request was forged, altered, or signed with a key we do not trust.',
    fix: 'Nothing to do for a forged request; check the platform key configuration otherwise.',
  },
  PAYMENT_NOTIFICATION_STALE: {
    status: 401,
    message: 'The notification timestamp is too far from now.',
    cause: 'More than the allowed clock skew (replay guard).',
    fix: 'Keep the server clock on NTP.',
  },
  PAYMENT_NOTIFICATION_UNDECRYPTABLE: {
    status: 400,
    message: 'The notification resource cannot be decrypted.',
    cause: 'Wrong APIv3 key, or a tampered or truncated body.',
    fix: 'Check the APIv3 key.',
  },
  PAYMENT_NOTIFICATION_MALFORMED: {
    status: 400,
    message: 'The notification body is not a valid notification.',
    cause: 'Missing fields or not JSON.',
    fix: 'Nothing to do for a forged request.',
  },
  PAYMENT_ORDER_NOT_FOUND: {
    status: 404,
    message: 'The provider knows no such order.',
    cause: 'The order number was never used with this provider.',
    fix: 'Check the order number.',
  },
  PAYMENT_PROVIDER_ERROR: {
    status: 502,
    message: 'The payment provider answered with an error.',
    cause: 'See `details.providerCode`.',
    fix: 'Retry later; query the order before creating a new one.',
  },
});
