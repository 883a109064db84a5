import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The repository root (this file is packages/testing/test/fixtures.ts). */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/** The shared fixture photos (../shared/fixtures/photos next to the repository). */
export const FIXTURES = resolve(REPO_ROOT, '../shared/fixtures/photos');

/** Reads a fixture photo; fails loudly when the shared fixtures are missing instead of passing silently. */
export async function fixture(name: string): Promise<Uint8Array> {
  if (!existsSync(FIXTURES)) throw new Error(`shared fixtures are missing: expected them at ${FIXTURES}`);
  return new Uint8Array(await readFile(join(FIXTURES, name)));
}
