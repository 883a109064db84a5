import * as v from 'valibot';
import { sdkErrors } from '../errors/sdk-errors.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import {
  type SpecDefinition,
  type SpecDefinitionInput,
  SpecDefinitionSchema,
} from './spec-definition.schema.js';

/** Turns valibot issues into PII-free `path: message` strings. */
export function formatIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/**
 * Validates a spec, fills defaults and deep-freezes it. Throws `SDK_SPEC_INVALID` with the failing
 * paths in `details.issues`.
 *
 * @example
 * ```ts
 * export const badgeSpec = defineSpec({ id: 'acme-badge', version: '1', … });
 * ```
 */
export function defineSpec(input: SpecDefinitionInput): SpecDefinition {
  const result = v.safeParse(SpecDefinitionSchema, input);
  if (!result.success) {
    throw sdkErrors.create('SDK_SPEC_INVALID', {
      message: `Spec "${typeof input === 'object' && input && 'id' in input ? String(input.id) : '?'}" is invalid.`,
      details: { issues: formatIssues(result.issues) },
    });
  }
  return deepFreeze(result.output);
}
