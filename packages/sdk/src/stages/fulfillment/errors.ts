import { defineErrorCodes } from '../../errors/define-error-codes.js';

export const fulfillmentErrors = defineErrorCodes({
  FULFILLMENT_SPEC_UNSUPPORTED: {
    status: 400,
    message: 'This provider cannot deliver photos of that spec.',
    cause: '`details.spec` is not in the provider `specs`.',
    fix: 'Route the item to a provider that supports the spec.',
  },
  FULFILLMENT_NOT_FOUND: {
    status: 404,
    message: 'No such batch or shipment.',
    cause: 'The id is unknown to the provider.',
    fix: 'Check the id.',
  },
  FULFILLMENT_INVALID_ADDRESS: {
    status: 400,
    message: 'The postal address is incomplete.',
    cause: 'A required address field is missing (`details.field`).',
    fix: 'Complete the address.',
  },
  FULFILLMENT_PROVIDER_ERROR: {
    status: 502,
    message: 'The fulfillment service answered with an error.',
    cause: 'See `details.providerCode`.',
    fix: 'Retry later.',
  },
});
