import { describe, expect, it } from 'vitest';
import { runNested } from './nested-vitest.js';

/**
 * testSpecPlugin run for real, in a nested vitest, on a spec built to break the new checks, on a
 * sound one, on one given no encoder or pipeline, and on one whose photos are unavailable: the
 * registered tests themselves must fail, pass, be absent, or be skipped with the reason.
 */
describe('testSpecPlugin, run by vitest', () => {
  it('fails the new checks on a broken spec, passes a sound one, registers nothing for options not given', async () => {
    const { states: result, loadErrors } = await runNested(
      'packages/testing/test/kit-fixtures/broken-and-sound.conformance.ts',
    );
    expect(loadErrors).toEqual([]);

    const of = (plugin: string, spec: string): Record<string, string> =>
      Object.fromEntries(
        Object.entries(result)
          .filter(([name]) => name.startsWith(`spec plugin idphoto-plugin-spec-${plugin} > ${spec} > `))
          .map(([name, state]) => [name.split(' > ').at(-1)!, state]),
      );
    const broken = of('kit-broken', 'kit-broken');
    expect(broken).toEqual({
      'matches the SpecDefinition schema': 'pass',
      'is internally consistent and cites its numbers': 'pass',
      'names both languages and a default background it offers': 'pass',
      'lists rules the validator knows': 'pass',
      'file size: 2–10 KB is reachable at 2000×3000, JPEG quality 90–100 (probe encoder)': 'fail',
      'file size: 2–10 KB is reachable at 2000×3000, JPEG quality 90–100 (rendered samples)': 'fail',
      'sample 1: make() passes its own rules and check() of the output agrees': 'fail',
    });
    const sound = of('kit-demo', 'kit-demo');
    expect(Object.values(sound)).toHaveLength(7);
    expect(Object.entries(sound).filter(([, state]) => state !== 'pass')).toEqual([]);
    // Options not given: no placeholder tests, only the four checks that need nothing.
    const bare = of('kit-bare', 'kit-bare');
    expect(bare).toEqual({
      'matches the SpecDefinition schema': 'pass',
      'is internally consistent and cites its numbers': 'pass',
      'names both languages and a default background it offers': 'pass',
      'lists rules the validator knows': 'pass',
    });
    // Checks the caller could not run (the photos are missing) are skipped, saying why.
    const noPhotos = of('kit-no-photos', 'kit-no-photos');
    expect(
      Object.entries(noPhotos)
        .filter(([, state]) => state === 'skip')
        .map(([name]) => name),
    ).toEqual([
      'file size: 20–40 KB is reachable at 480×640, JPEG quality 60–100 (probe encoder) — not run: shared fixtures are missing at ../shared/fixtures/photos',
      'file size: 20–40 KB is reachable at 480×640, JPEG quality 60–100 (rendered samples) — not run: shared fixtures are missing at ../shared/fixtures/photos',
      'sample photos: make() passes its own rules and check() of the output agrees — not run: shared fixtures are missing at ../shared/fixtures/photos',
    ]);
  }, 600_000);
});
