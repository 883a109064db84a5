import { createIdPhoto, type IdPhoto, type SpecDefinition } from '@idphoto/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  renderedFileSizeProblems,
  runSample,
  type SampleRun,
  samplePassProblems,
} from '../src/sample-run.js';
import { demoSpec } from './demo-spec.js';
import { fixture } from './fixtures.js';
import { specPlugin, stagePlugins } from './spec-plugin.js';

/** The demo numbers as fractions, so they scale to any canvas. */
const fractions = {
  unit: 'fraction',
  headTop: { min: 50 / 640, max: 110 / 640 },
  eyeLine: { min: 200 / 640, max: 300 / 640 },
  faceWidth: { min: 180 / 480, max: 300 / 480 },
  centreTolerance: 24 / 480,
} as const;

const good = demoSpec();
/** A 2000×3000 canvas that must stay under 10 KB at q ≥ 90 — no real photo can. */
const tooSmallFile = demoSpec({
  id: 'kit-too-small-file',
  canvas: { width: 2000, height: 3000, dpi: 300 },
  file: { format: 'jpeg', minQuality: 90, bytes: { min: 2048, max: 10 * 1024 } },
  composition: fractions,
});
/** A head held level to 0.1° — no real photo is. */
const stiff = demoSpec({ id: 'kit-stiff', pose: { maxRoll: 0.1, maxYaw: 10, maxPitch: 10 } });

let app: IdPhoto;
let sample: Uint8Array;
beforeAll(async () => {
  app = createIdPhoto({ plugins: [...stagePlugins(), specPlugin(good, tooSmallFile, stiff)] });
  sample = await fixture('hv_white_shirt_plain_bg.jpg');
  await app.warmup();
}, 600_000);

const runs = new Map<string, Promise<SampleRun>>();
/** The sample made to `spec` (once per spec). */
const run = (spec: SpecDefinition): Promise<SampleRun> => {
  if (!runs.has(spec.id)) runs.set(spec.id, runSample(app, spec, sample));
  return runs.get(spec.id)!;
};

describe('the pipeline checks of testSpecPlugin', () => {
  it('pass a consistent spec: the sample passes, check() agrees, the file lands inside the range', async () => {
    const r = await run(good);
    expect(samplePassProblems(good, r)).toEqual([]);
    expect(renderedFileSizeProblems(good, r)).toEqual([]);
    expect(r.checked?.pass).toBe(true);
  });

  it('fail a 2000×3000 canvas with max 10 KB at q ≥ 90: above the maximum at the quality floor', async () => {
    const r = await run(tooSmallFile);
    const size = renderedFileSizeProblems(tooSmallFile, r);
    expect(size).toHaveLength(1);
    expect(size[0]).toMatch(
      /2000×3000 photo is .* at quality 90, above file\.bytes\.max .* the quality floor/,
    );
    expect(samplePassProblems(tooSmallFile, r).join('\n')).toMatch(
      /^make\(\): file\.size \(fail\): measured /m,
    );
  });

  it('fail a spec its own sample cannot pass, printing the failing item', async () => {
    const problems = samplePassProblems(stiff, await run(stiff));
    expect(problems.join('\n')).toMatch(
      /^make\(\): pose\.roll \(fail\): measured [\d.]+ °, expected ≤ 0\.1°/m,
    );
    expect(problems.join('\n')).toMatch(/^check\(\) of the output: pose\.roll \(fail\)/m);
  }, 120_000);

  it('fail when check() of the output disagrees with make()', async () => {
    const r = await run(good);
    const checked = r.checked!;
    const flipped = {
      ...r,
      checked: {
        ...checked,
        items: checked.items.map((i) =>
          i.rule === 'composition.centring' ? { ...i, status: 'warn' as const } : i,
        ),
      },
    };
    expect(samplePassProblems(good, flipped)).toEqual([
      'check() disagrees with make() on composition.centring: make pass, check warn',
    ]);
  });

  it('report a sample that makes no photo instead of measuring nothing', async () => {
    const r = await runSample(app, good, await fixture('hsd155_statue_no_face.jpg'));
    expect(samplePassProblems(good, r)[0]).toBe('make() produced no photo');
    expect(renderedFileSizeProblems(good, r).join('\n')).toMatch(
      /^no photo was made .*\(face\.count \(fail\): measured 0/,
    );
  });
});
