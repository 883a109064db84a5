import * as v from 'valibot';
import { sdkErrors } from '../errors/sdk-errors.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import {
  type SpecDefinition,
  type SpecDefinitionInput,
  SpecDefinitionSchema,
} from './spec-definition.schema.js';

/**
 * Turns valibot issues into PII-free `path: what was expected` strings.
 *
 * Built only from what the schema says (`expected`, `type`, `kind`, the path's schema keys), never
 * from `received`, `input` or valibot's default `message` (which quotes the received value). Keys that
 * come from the input are masked: an unknown key is reported without its name, and a path key that is
 * not a plain identifier (`张三`, `13800138000`) is shown as `[key]`. A schema author's own message
 * (`v.regex(re, 'must be a semver version')`, a `v.check`) is kept when it repeats nothing of the input
 * (valibot's default messages always quote the received value, so they never pass); write such
 * messages as fixed sentences.
 *
 * @example
 * ```ts
 * const result = v.safeParse(v.object({ spec: v.pipe(v.string(), v.regex(/^[a-z-]+$/)) }), { spec: 'Zhang San' });
 * if (!result.success) formatIssues(result.issues); // ['spec: expected /^[a-z-]+$/ (regex)']
 * ```
 */
export function formatIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const items = issue.path ?? [];
    const last = items.at(-1);
    if (last?.origin === 'key' && issue.expected === 'never') {
      const parent = dotPath(items.slice(0, -1));
      return parent ? `${parent}: unknown key (not allowed here)` : 'unknown key (not allowed here)';
    }
    const path = dotPath(items);
    const text = last?.origin === 'key' ? 'required' : describeIssue(issue);
    return path ? `${path}: ${text}` : text;
  });
}

/** A plain schema key (`canvas`, `file-size`, `_x`): anything else in a path may come from the input. */
const SCHEMA_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]{0,63}$/;

function dotPath(items: readonly v.IssuePathItem[]): string {
  return items
    .map((item) => {
      if (typeof item.key === 'number') return String(item.key);
      if (typeof item.key === 'string' && SCHEMA_KEY.test(item.key)) return item.key;
      return '[key]';
    })
    .join('.');
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (isFixedMessage(issue)) return issue.message;
  const words = issue.type.replaceAll('_', ' ');
  if (issue.expected !== null) {
    return issue.kind === 'schema' ? `expected ${issue.expected}` : `expected ${issue.expected} (${words})`;
  }
  return `invalid ${words}`;
}

/**
 * Whether the message is a schema author's fixed sentence that repeats no input. A default message
 * quotes `received`; a primitive input must not appear in it either (objects are not searched: a
 * message computed from an object's fields is the author's mistake, see the JSDoc above).
 */
function isFixedMessage(issue: v.BaseIssue<unknown>): boolean {
  const { message, received, input } = issue;
  if (!message || message.includes(received)) return false;
  const primitive = typeof input === 'string' || typeof input === 'number' || typeof input === 'bigint';
  return !(primitive && String(input).length >= 2 && message.includes(String(input)));
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
