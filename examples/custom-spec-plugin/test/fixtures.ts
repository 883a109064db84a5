import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The shared fixture photos: `../shared/fixtures/photos` beside the repository. */
export const FIXTURES = resolve(import.meta.dirname, '../../../../shared/fixtures/photos');

/** Reads a fixture photo; fails loudly when the shared fixtures are missing (never passes silently). */
export async function fixture(name: string): Promise<Uint8Array> {
  if (!existsSync(FIXTURES)) throw new Error(`shared fixtures are missing: expected them at ${FIXTURES}`);
  return new Uint8Array(await readFile(join(FIXTURES, name)));
}
