import { describe, expect, it } from 'vitest';
import { runNested } from './nested-vitest.js';

/**
 * testSpecPlugin run for real, in a nested vitest, on a spec built to break the new checks, on a
 * sound one and on one given no encoder or pipeline: the registered tests themselves must fail,
 * pass or be reported as skipped.
 */
describe('testSpecPlugin, run by vitest', () => {
  it('fails the new checks on a broken spec, passes a sound one, skips visibly without options', async () => {
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
    const bare = of('kit-bare', 'kit-bare');
    expect(
      Object.entries(bare)
        .filter(([, state]) => state === 'skip')
        .map(([name]) => name),
    ).toEqual([
      'file size: 20–40 KB is reachable at 480×640, JPEG quality 60–100 — not measured: pass `pipeline` or `encode` to testSpecPlugin',
      'makes a sample photo that passes its own rules — not run: pass `pipeline` to testSpecPlugin',
    ]);
  }, 600_000);
});
