import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is packages/print-layout/test/fixtures.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Shared developer test photos (see MANIFEST.md there). */
export const fixturesDir = path.resolve(repoRoot, '../shared/fixtures/photos');

/** Bytes of a fixture photo; throws (the test fails) with a clear message when fixtures are missing. */
export function fixtureBytes(name: string): Uint8Array {
  const file = path.join(fixturesDir, name);
  if (!existsSync(file)) {
    throw new Error(
      `Test fixture missing: ${file} — the shared fixture photos (${fixturesDir}) are not available.`,
    );
  }
  return new Uint8Array(readFileSync(file));
}
