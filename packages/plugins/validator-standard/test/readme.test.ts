import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REFERENCE_REASONS, REFERENCE_RULE } from '../src/engine/extra-items.js';
import { BUILT_IN_RULES } from '../src/rules/library.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const section = (title: string): string => {
  const start = readme.indexOf(title);
  const end = readme.indexOf('\n## ', start + title.length);
  return readme.slice(start, end === -1 ? undefined : end);
};

describe('README rule tables', () => {
  it.each([
    '## Rules (en)',
    '## 规则（中文）',
  ])('%s lists every built-in rule and its parameters', (title) => {
    const table = section(title);
    for (const rule of BUILT_IN_RULES) {
      const row = table.split('\n').find((line) => line.startsWith(`| \`${rule.id}\``));
      expect(row, rule.id).toBeDefined();
      for (const param of Object.keys(rule.params))
        expect(row, `${rule.id} ${param}`).toContain(`\`${param}\``);
    }
  });

  it('## Failure reasons lists every reason of every rule', () => {
    const table = section('## Failure reasons');
    const rules = [
      ...BUILT_IN_RULES.map((r) => [r.id, r.reasons] as const),
      [REFERENCE_RULE, REFERENCE_REASONS] as const,
    ];
    for (const [id, reasons] of rules) {
      const row = table.split('\n').find((line) => line.startsWith(`| \`${id}\``));
      expect(row, id).toBeDefined();
      for (const reason of Object.keys(reasons)) expect(row, `${id} ${reason}`).toContain(`\`${reason}\`:`);
      if (Object.keys(reasons).length === 0) expect(row, id).toContain('one way to fail');
    }
  });

  it('every declared reason is kebab-case, as the report schema requires', () => {
    for (const rule of BUILT_IN_RULES)
      for (const reason of Object.keys(rule.reasons))
        expect(reason, rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
