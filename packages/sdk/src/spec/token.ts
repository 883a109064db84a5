import * as v from 'valibot';
import { sdkErrors } from '../errors/sdk-errors.js';
import { defineToken } from '../plugin/token.js';
import { formatIssues } from './define-spec.js';
import { type SpecDefinition, SpecDefinitionSchema } from './spec-definition.schema.js';

/**
 * All registered specs, looked up by `id`. Every spec is validated against the schema when its
 * plugin registers, and must be provided under its own id.
 */
export const SPECS = defineToken<SpecDefinition>('spec', 'many', (spec, id) => {
  const result = v.safeParse(SpecDefinitionSchema, spec);
  if (!result.success) {
    throw sdkErrors.create('SDK_SPEC_INVALID', {
      details: { spec: id ?? '?', issues: formatIssues(result.issues) },
    });
  }
  if (result.output.id !== id) {
    throw sdkErrors.create('SDK_SPEC_INVALID', {
      details: {
        spec: id ?? '?',
        issues: [`id: provided as "${id}" but the spec says "${result.output.id}"`],
      },
    });
  }
});
