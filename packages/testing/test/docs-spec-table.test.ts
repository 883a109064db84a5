import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSpecEntries } from '../../../scripts/spec-table/default-specs.js';
import { renderSpecTable, SPEC_TABLE_PATH } from '../../../scripts/spec-table/render-spec-table.js';
import { REPO_ROOT } from './fixtures.js';

// The spec table of the docs is generated from defaultPlugins(); this test lives here because the
// repository's tests are collected from packages/ and examples/.
describe(SPEC_TABLE_PATH, () => {
  const page = renderSpecTable(defaultSpecEntries());

  it('is up to date with defaultPlugins() — after adding or changing a spec, run `pnpm docs:specs`', async () => {
    const committed = await readFile(join(REPO_ROOT, SPEC_TABLE_PATH), 'utf8').catch(() => '(missing)');
    expect(committed, `${SPEC_TABLE_PATH} is out of date: run \`pnpm docs:specs\``).toBe(page);
  });

  it('lists the 学信网 spec with its pixels, bytes, quality floor, backgrounds and composition', () => {
    const section = page.slice(page.indexOf('## `chsi-graduation`'));
    expect(section).toContain('| pixels | 480 × 640 px |');
    expect(section).toContain('| size | 20–40 KB (20,480–40,960 bytes) |');
    expect(section).toContain('| quality floor | JPEG quality ≥ 60 |');
    expect(section).toContain('`blue` 浅蓝色 / Light blue — RGB (100, 197, 255) `#64c5ff` **(default)**');
    expect(section).toContain('| eye line (top edge → line through the eye centres) | 200–300 px |');
    expect(section).toContain('| pose | roll ≤ 5°, yaw ≤ 10°, pitch ≤ 10° |');
  });
});
