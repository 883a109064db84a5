import type { LocalizedText, RuleContext, RuleOutcome, ValidationRule } from '@idphoto/sdk';
import { standardValidatorErrors } from '../errors.js';

/** A parameter value as specs write them. */
export type ParamValue = number | string | boolean;

/** Documentation of one rule parameter (drives param checking and the README table). */
export interface ParamDoc {
  readonly type: 'number' | 'boolean' | 'string';
  /**
   * Default value; `spec` means it is read from the spec (e.g. `spec.pose.maxRoll`), `analyzer`
   * that the face analyzer's own verdict is used.
   */
  readonly default: ParamValue | 'spec' | 'analyzer';
  readonly description: string;
}

/**
 * A built-in rule: a {@link ValidationRule} that also documents what it measures, its parameters
 * and where its default thresholds come from.
 */
export interface StandardRule extends ValidationRule {
  /** What is measured, in one line (README). */
  readonly measures: LocalizedText;
  /** Unit of the measured value (`px`, `°`, `ΔE00`, …), empty when it is a label. */
  readonly unit: string;
  readonly params: Readonly<Record<string, ParamDoc>>;
  /** Where the default threshold comes from: spec text, CHSI §1.8, or our calibration. */
  readonly source: string;
  /**
   * The machine-readable `reason`s a `fail`/`warn` of this rule carries, each with what it means
   * (README table). Empty when the rule has only one way to fail (then items carry no reason).
   */
  readonly reasons: Readonly<Record<string, string>>;
}

/** Declares a built-in rule (identity function that fixes the type). */
export function defineRule(rule: StandardRule): StandardRule {
  return Object.freeze(rule);
}

/** A numeric parameter, or `fallback` when the spec does not set it. */
export function numberParam(ctx: RuleContext, rule: string, name: string, fallback: number): number {
  const value = ctx.params[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidParam(rule, name, 'number');
  return value;
}

/** A boolean parameter, or `fallback` when the spec does not set it. */
export function booleanParam(ctx: RuleContext, rule: string, name: string, fallback: boolean): boolean {
  const value = ctx.params[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw invalidParam(rule, name, 'boolean');
  return value;
}

/** Throws `VALIDATOR_INVALID_PARAM` for a param not declared by a built-in rule or of the wrong type. */
export function checkParams(rule: StandardRule, params: Readonly<Record<string, ParamValue>>): void {
  for (const [name, value] of Object.entries(params)) {
    const doc = rule.params[name];
    if (!doc) throw invalidParam(rule.id, name, Object.keys(rule.params).join(', ') || 'no params');
    if (typeof value !== doc.type) throw invalidParam(rule.id, name, doc.type);
  }
}

function invalidParam(rule: string, param: string, expected: string): Error {
  return standardValidatorErrors.create('VALIDATOR_INVALID_PARAM', { details: { rule, param, expected } });
}

/** Re-export for rule files. */
export type { RuleContext, RuleOutcome };
