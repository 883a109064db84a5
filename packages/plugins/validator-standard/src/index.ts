export { deltaE2000, type Lab, rgbToLab } from './colour/colour.js';
export { IDENTITY_RULE, REFERENCE_RULE } from './engine/extra-items.js';
export type { ParamDoc, ParamValue, StandardRule } from './engine/standard-rule.js';
export type { ValidatorEngineOptions } from './engine/validator-engine.js';
export { createValidatorEngine } from './engine/validator-engine.js';
export { standardValidatorErrors } from './errors.js';
export { BUILT_IN_RULE_IDS, BUILT_IN_RULES } from './rules/library.js';
export type { StandardValidatorOptions } from './standard-validator.js';
export {
  STANDARD_VALIDATOR_PLUGIN,
  STANDARD_VALIDATOR_VERSION,
  StandardValidatorOptionsSchema,
  standardValidator,
} from './standard-validator.js';
