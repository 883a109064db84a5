import { join } from 'node:path';
import type { RunnerTask } from 'vitest';
import { describe, expect, it } from 'vitest';
import { startVitest } from 'vitest/node';
import { REPO_ROOT } from './fixtures.js';

/** Full names and states of every test in a task tree. */
function outcomes(tasks: readonly RunnerTask[], prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const task of tasks) {
    const name = prefix ? `${prefix} > ${task.name}` : task.name;
    if (task.type === 'suite') Object.assign(out, outcomes(task.tasks, name));
    else out[name] = task.mode === 'skip' ? 'skip' : (task.result?.state ?? 'not run');
  }
  return out;
}

/**
 * The stage kits run for real, in a nested vitest, on stages that each break their contract the way
 * a careless implementation would: the kits' own tests must catch every break (and only those).
 */
describe('stage kits, run by vitest on broken stages', () => {
  it('fail a naive capture, an analyzer with swapped eyes and an inverted matte', async () => {
    const vitest = await startVitest('test', [], {
      root: REPO_ROOT,
      config: join(REPO_ROOT, 'vitest.config.ts'),
      include: ['packages/testing/test/kit-fixtures/broken-stages.conformance.ts'],
      watch: false,
      reporters: [{}],
      silent: true,
    });
    const result = outcomes(vitest.state.getFiles().flatMap((f) => f.tasks));
    const errors = vitest.state.getFiles().flatMap((f) => f.result?.errors ?? []);
    await vitest.close();
    expect(errors.map((e) => e.message)).toEqual([]);
    const failed = (suite: string): string[] =>
      Object.entries(result)
        .filter(([name, state]) => name.startsWith(`${suite} > `) && state === 'fail')
        .map(([name]) => name.slice(suite.length + 3))
        .sort();

    expect(failed('capture stage idphoto-plugin-kit-naive-capture')).toEqual(
      [
        'applies EXIF orientation (6: rotate 90° clockwise to display)',
        'decodes png, sniffed from the bytes, to upright sRGB 8-bit RGB',
        'decodes webp, sniffed from the bytes, to upright sRGB 8-bit RGB',
        'flattens transparency onto white, not onto the colour hidden under it',
        'reduces 16-bit input to 8 bits without shifting levels',
        'refuses bad uploads with their own codes, and keeps working > a 2×2 image: CAPTURE_TOO_SMALL',
        'refuses bad uploads with their own codes, and keeps working > a 20000×20000 PNG header (decompression bomb): CAPTURE_TOO_MANY_PIXELS',
        'refuses bad uploads with their own codes, and keeps working > a JPEG cut in half: CAPTURE_TRUNCATED',
        'refuses bad uploads with their own codes, and keeps working > a PDF renamed .jpg: CAPTURE_NOT_AN_IMAGE',
        'refuses bad uploads with their own codes, and keeps working > a PNG whose image data is scrambled: CAPTURE_CORRUPT',
        'refuses bad uploads with their own codes, and keeps working > an empty file: CAPTURE_EMPTY_INPUT',
        'refuses bad uploads with their own codes, and keeps working > plain text: CAPTURE_NOT_AN_IMAGE',
      ].sort(),
    );
    expect(failed('face analyzer idphoto-plugin-kit-swapped-eyes')).toEqual([
      'portrait 1 > has consistent geometry',
    ]);
    expect(failed('matting stage idphoto-plugin-kit-inverted-matte')).toEqual([
      'portrait 1 > honours a region and a scale',
      'portrait 1 > keeps the face opaque and drops the background in the top corners',
    ]);
    // What the broken stages do right still passes: the kits fail on the break, not on everything.
    expect(
      result[
        'capture stage idphoto-plugin-kit-naive-capture > decodes jpeg, sniffed from the bytes, to upright sRGB 8-bit RGB'
      ],
    ).toBe('pass');
    expect(
      result[
        'matting stage idphoto-plugin-kit-inverted-matte > portrait 1 > covers the whole photo at source resolution by default'
      ],
    ).toBe('pass');
  }, 600_000);
});
