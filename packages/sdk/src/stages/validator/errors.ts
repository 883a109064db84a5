import { defineErrorCodes } from '../../errors/define-error-codes.js';

export const validatorErrors = defineErrorCodes({
  VALIDATOR_UNKNOWN_RULE: {
    status: 500,
    message: 'A spec names a rule the validator does not know.',
    cause: 'The spec lists `details.rule`, which neither the engine nor any plugin provides.',
    fix: 'Fix the rule id or register the plugin that provides it.',
  },
});
