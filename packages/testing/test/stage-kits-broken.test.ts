import { describe, expect, it } from 'vitest';
import { runNested } from './nested-vitest.js';

/**
 * The stage kits run for real, in a nested vitest, on stages that each break their contract the way
 * a careless implementation would: the kits' own tests must catch every break (and only those).
 */
describe('stage kits, run by vitest on broken stages', () => {
  it('fail a naive capture, an analyzer with swapped eyes and an inverted matte', async () => {
    const { states: result, loadErrors } = await runNested(
      'packages/testing/test/kit-fixtures/broken-stages.conformance.ts',
    );
    expect(loadErrors).toEqual([]);
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
