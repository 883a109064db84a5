import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { formatIssues } from './define-spec.js';

/** Values that look like personal data: a name, a phone number, an ID-card number. */
const PII = ['zhang san', '张三', '13800138000', '110101199003071234'];

const issuesOf = (schema: v.GenericSchema, input: unknown): v.BaseIssue<unknown>[] => {
  const result = v.safeParse(schema, input);
  if (result.success) throw new Error('expected the input to be refused');
  return result.issues;
};

const expectNoPii = (lines: readonly string[]): void => {
  const text = lines.join('\n');
  for (const value of PII) expect(text).not.toContain(value);
};

describe('formatIssues', () => {
  it('names the path and what was expected, never the received value', () => {
    const schema = v.object({
      spec: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(64)),
      retouch: v.optional(v.picklist(['true', 'false'])),
      size: v.number(),
      when: v.pipe(v.string(), v.isoTimestamp()),
    });
    const lines = formatIssues(
      issuesOf(schema, {
        spec: 'zhang san 13800138000',
        retouch: '13800138000',
        size: '110101199003071234',
        when: '张三',
      }),
    );
    expectNoPii(lines);
    expect(lines).toEqual([
      'spec: expected /^[a-z0-9]+(?:-[a-z0-9]+)*$/ (regex)',
      'retouch: expected ("true" | "false")',
      'size: expected number',
      'when: invalid iso timestamp',
    ]);
  });

  it('masks keys that come from the input: unknown keys and non-identifier record keys', () => {
    const lines = formatIssues([
      ...issuesOf(v.strictObject({ a: v.string() }), { a: 'x', zhangsan: 1 }),
      ...issuesOf(v.object({ tags: v.record(v.string(), v.number()) }), { tags: { 张三: 'x' } }),
      ...issuesOf(v.array(v.number()), [1, '13800138000']),
    ]);
    // valibot reports the first unknown key only.
    expect(lines).toEqual([
      'unknown key (not allowed here)',
      'tags.[key]: expected number',
      '1: expected number',
    ]);
    expect(lines.join('\n')).not.toContain('zhangsan');
    expectNoPii(lines);
  });

  it('says a required key is missing by its schema name', () => {
    expect(formatIssues(issuesOf(v.object({ spec: v.string() }), {}))).toEqual(['spec: required']);
  });

  it("keeps a check's fixed message but drops one that repeats the input", () => {
    const fixed = v.pipe(
      v.string(),
      v.check(() => false, 'min must not exceed max'),
    );
    expect(formatIssues(issuesOf(fixed, '13800138000'))).toEqual(['min must not exceed max']);
    const echoing = v.pipe(
      v.string(),
      v.check(
        () => false,
        (issue) => `bad ${String(issue.input)}`,
      ),
    );
    const lines = formatIssues(issuesOf(echoing, '13800138000'));
    expect(lines).toEqual(['invalid check']);
    const named = v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be a semver version'));
    expect(formatIssues(issuesOf(named, '张三'))).toEqual(['must be a semver version']);
    const defaultMessage = v.pipe(
      v.object({ name: v.string() }),
      v.check(() => false),
    );
    expect(formatIssues(issuesOf(defaultMessage, { name: '张三' }))).toEqual(['invalid check']);
  });
});
