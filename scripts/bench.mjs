#!/usr/bin/env node
// Runs every benchmark (packages/**/bench/*.bench.ts) in its own process, one after another, so
// numbers are not disturbed by each other. `pnpm bench <filter>` runs only files whose path matches.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filter = process.argv[2] ?? '';

function find(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) find(path, out);
    else if (name.endsWith('.bench.ts') && path.includes(`${'/bench/'}`)) out.push(path);
  }
  return out;
}

const files = find(join(root, 'packages'))
  .filter((f) => f.includes(filter))
  .sort();
if (files.length === 0) {
  console.error(`no benchmarks match "${filter}"`);
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${relative(root, file)} ===`);
  const result = spawnSync(process.execPath, ['--conditions=@idphoto/source', '--import', 'tsx', file], {
    stdio: 'inherit',
    cwd: root,
  });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
