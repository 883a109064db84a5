import { defineErrorCodes } from '@idphoto/sdk';

/**
 * Error codes of the standard validator, besides the SDK's `VALIDATOR_UNKNOWN_RULE`. All of them
 * mean a spec or plugin is wrong, never that a photo is: a failed rule is a report item.
 */
export const standardValidatorErrors = defineErrorCodes({
  VALIDATOR_INVALID_PARAM: {
    status: 500,
    message: 'A spec gives a rule a parameter it does not take, or a value of the wrong type.',
    cause: 'Rule `details.rule` has no parameter `details.param`, or expects `details.expected`.',
    fix: 'Fix the spec rule params (the validator README lists every rule parameter).',
  },
  VALIDATOR_RULE_CONFLICT: {
    status: 500,
    message: 'A plugin provides a validation rule whose id is already a built-in rule.',
    cause: 'Rule ids are unique: `details.rule` is built into the standard validator.',
    fix: 'Give the plugin rule its own id (e.g. `<spec>.<check>`) and list that id in the spec.',
  },
  VALIDATOR_RULE_FAILED: {
    status: 500,
    message: 'A validation rule crashed while measuring the photo.',
    cause: 'Rule `details.rule` threw an unexpected error (kept as `cause`).',
    fix: 'Report it with the rule id and plugin version; the photo itself is not the problem.',
  },
});
