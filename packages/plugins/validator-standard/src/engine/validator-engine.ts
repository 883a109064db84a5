import {
  isIdPhotoError,
  type RuleContext,
  type SpecValidator,
  type ValidateInput,
  type ValidateOutput,
  type ValidationItem,
  type ValidationRule,
  validatorErrors,
} from '@idphoto/sdk';
import { standardValidatorErrors } from '../errors.js';
import { extraItems } from './extra-items.js';
import { checkParams, type ParamValue, type StandardRule } from './standard-rule.js';

/** What the engine is built from. */
export interface ValidatorEngineOptions {
  /** The built-in rule library. */
  readonly builtIns: readonly StandardRule[];
  /** Rules contributed by plugins through `VALIDATION_RULES`. */
  readonly pluginRules: readonly ValidationRule[];
  /** App-level parameter defaults per rule id; a spec's own `params` override them. */
  readonly params?: Readonly<Record<string, Readonly<Record<string, ParamValue>>>>;
  /** Status of `similarity.reference` when the reference photo cannot be compared. */
  readonly referenceUnusable?: 'warn' | 'fail';
}

interface PlannedRule {
  readonly rule: ValidationRule;
  readonly severity: 'fail' | 'warn';
  readonly params: Readonly<Record<string, ParamValue>>;
}

/**
 * Builds the rule engine: looks every rule a spec lists up in the built-in library or in the
 * plugin-provided rules, evaluates them with a memoised per-photo context, and appends items for
 * render notes, identity after retouch and the reference comparison. `standardValidator()` wires
 * it into an app; use it directly to validate without a plugin registry.
 *
 * @example
 * ```ts
 * const validator = createValidatorEngine({ builtIns: BUILT_IN_RULES, pluginRules: [] });
 * const { items } = await validator.validate({ spec: chsiGraduation, subject });
 * ```
 */
export function createValidatorEngine(options: ValidatorEngineOptions): SpecValidator {
  const table = new Map<string, ValidationRule>();
  const builtIn = new Map<string, StandardRule>();
  for (const rule of options.builtIns) {
    table.set(rule.id, rule);
    builtIn.set(rule.id, rule);
  }
  for (const rule of options.pluginRules) {
    if (table.has(rule.id)) {
      throw standardValidatorErrors.create('VALIDATOR_RULE_CONFLICT', { details: { rule: rule.id } });
    }
    table.set(rule.id, rule);
  }
  const appParams = options.params ?? {};

  const plan = (input: ValidateInput): PlannedRule[] => {
    const listed = new Map(input.spec.rules.map((r) => [r.id, r]));
    const ids = input.only ? [...new Set(input.only)] : input.spec.rules.map((r) => r.id);
    return ids.map((id) => {
      const rule = table.get(id);
      if (!rule) {
        throw validatorErrors.create('VALIDATOR_UNKNOWN_RULE', {
          details: { rule: id, spec: input.spec.id },
        });
      }
      const specRule = listed.get(id);
      const params = { ...(appParams[id] ?? {}), ...(specRule?.params ?? {}) };
      const standard = builtIn.get(id);
      if (standard) checkParams(standard, params);
      return { rule, severity: specRule?.severity ?? 'fail', params };
    });
  };

  return Object.freeze({
    id: 'standard',
    async validate(input: ValidateInput): Promise<ValidateOutput> {
      const planned = plan(input);
      const memo = new Map<string, unknown>();
      const items: ValidationItem[] = [];
      for (const { rule, severity, params } of planned) {
        const ctx: RuleContext = {
          spec: input.spec,
          params,
          severity,
          subject: input.subject,
          ...(input.background === undefined ? {} : { background: input.background }),
          ...(input.reference === undefined ? {} : { reference: input.reference }),
          ...(input.identity === undefined ? {} : { identity: input.identity }),
          renderNotes: input.renderNotes ?? [],
          memo<T>(key: string, compute: () => T): T {
            if (!memo.has(key)) memo.set(key, compute());
            return memo.get(key) as T;
          },
        };
        let outcome: ReturnType<ValidationRule['evaluate']>;
        try {
          outcome = rule.evaluate(ctx);
        } catch (error) {
          if (isIdPhotoError(error)) throw error;
          throw standardValidatorErrors.create('VALIDATOR_RULE_FAILED', {
            details: { rule: rule.id },
            cause: error,
          });
        }
        if (outcome === null) continue;
        items.push({
          rule: rule.id,
          status: severity === 'warn' && outcome.status === 'fail' ? 'warn' : outcome.status,
          ...(outcome.reason === undefined || outcome.status === 'pass' ? {} : { reason: outcome.reason }),
          measured: outcome.measured,
          ...(outcome.unit === undefined ? {} : { unit: outcome.unit }),
          expected: outcome.expected,
          message: outcome.message,
          fix: outcome.fix,
        });
      }
      items.push(...extraItems(input, options.referenceUnusable ?? 'fail'));
      return { items };
    },
  });
}
