import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
});
