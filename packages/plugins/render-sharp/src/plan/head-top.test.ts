import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The text of `measureHeadTop` (its doc comment and body) in a source file. */
function measureHeadTopSource(url: URL): string {
  const text = readFileSync(fileURLToPath(url), 'utf8');
  const start = text.indexOf('/** Alpha (0–255) at or above which');
  const end = text.indexOf('\n}\n', text.indexOf('export function measureHeadTop'));
  if (start < 0 || end < 0) throw new Error(`measureHeadTop not found in ${url.pathname}`);
  return text.slice(start, end + 3);
}

describe('measureHeadTop', () => {
  // The plan lands the head top where the validator will measure it only if both measure it the
  // same way; the function is unit-tested in validator-standard (src/measure/head-top.test.ts).
  it('is the same code as the standard validator’s', () => {
    const here = measureHeadTopSource(new URL('./head-top.ts', import.meta.url));
    const validator = measureHeadTopSource(
      new URL('../../../validator-standard/src/measure/head-top.ts', import.meta.url),
    );
    expect(here).toBe(validator);
  });
});
