/**
 * Writes docs/03-plugins/specs.md, the table of every spec `defaultPlugins()` registers.
 *
 *   pnpm docs:specs            regenerate the page
 *   pnpm docs:specs --check    exit 1 when the committed page is out of date (what the test checks)
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defaultSpecEntries } from './spec-table/default-specs.js';
import { renderSpecTable, SPEC_TABLE_PATH } from './spec-table/render-spec-table.js';

const target = resolve(import.meta.dirname, '..', SPEC_TABLE_PATH);
const entries = defaultSpecEntries();
const page = renderSpecTable(entries);

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== page) {
    console.error(`${SPEC_TABLE_PATH} is out of date: run \`pnpm docs:specs\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${SPEC_TABLE_PATH} is up to date (${entries.length} spec${entries.length === 1 ? '' : 's'}).`);
} else {
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, page);
  await rename(temp, target);
  console.log(`wrote ${SPEC_TABLE_PATH} (${entries.length} spec${entries.length === 1 ? '' : 's'})`);
}
