import { defineToken } from '../../plugin/token.js';
import type { SpecValidator, ValidationRule } from './contract.js';

/** The spec validator stage (one per app). */
export const SPEC_VALIDATOR = defineToken<SpecValidator>('validator');
/** Extra rules contributed by plugins, looked up by rule id. */
export const VALIDATION_RULES = defineToken<ValidationRule>('validation-rule', 'many');
