import {
  createIdPhoto,
  type IdPhotoPlugin,
  isIdPhotoPlugin,
  SPECS,
  type SpecDefinition,
  SpecDefinitionSchema,
  VALIDATION_RULES,
} from '@idphoto/sdk';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileSizeProbeProblems, type ProbeEncoder } from './file-size-probe.js';
import { formatByteRange } from './format-size.js';
import { type SamplePipeline, samplePipeline } from './sample-pipeline.js';
import { renderedFileSizeProblems, samplePassProblems } from './sample-run.js';
import { specConsistencyProblems } from './spec-consistency.js';

/** A full pipeline the kit makes real photos with (see {@link TestSpecPluginOptions.pipeline}). */
export interface SpecPipelineOptions {
  /**
   * A complete composition — capture, face analysis, matting, render and a validator — such as
   * `defaultPlugins()` from `@idphoto/preset`. The plugin under test replaces a plugin of the same
   * name; companions not already present are added.
   */
  readonly plugins: readonly IdPhotoPlugin[];
  /**
   * Real head-and-shoulders photos (file bytes). Every spec of the plugin must make a passing photo
   * from each one on its default background.
   */
  readonly samples: readonly Uint8Array[];
  /** Timeout of each pipeline test in ms (default 300 000; model warm-up gets three times as long). */
  readonly timeout?: number;
}

/**
 * In place of `encode` or `pipeline`: the check cannot run here, and why (e.g. the sample photos it
 * needs are missing). The kit registers it as a skipped test whose title gives the reason, so a run
 * without the photos says what it did not check instead of passing quietly.
 */
export interface UnavailableCheck {
  readonly unavailable: string;
}

/** Options of {@link testSpecPlugin}. */
export interface TestSpecPluginOptions {
  /** Spec ids the plugin must provide (default: whatever its manifest declares). */
  readonly expectedSpecs?: readonly string[];
  /**
   * Plugins registered beside the spec plugin (e.g. a validator, or a plugin contributing rules the
   * spec lists).
   */
  readonly companions?: readonly IdPhotoPlugin[];
  /**
   * Rule ids the validator knows (e.g. `BUILT_IN_RULE_IDS` of `@idphoto/validator-standard`); when
   * given, every spec rule must be one of them or a rule registered through `VALIDATION_RULES`.
   */
  readonly knownRules?: readonly string[];
  /**
   * File-size probe: encodes a photo-like image at exactly the canvas size at the quality floor and
   * at 100, to prove the KB range is reachable (e.g. `sharpProbeEncoder(photoBytes)`). Without it
   * (and without `pipeline`) the range is not measured and no test is registered for it.
   */
  readonly encode?: ProbeEncoder | UnavailableCheck;
  /**
   * Makes real photos: each spec must turn every sample into a photo that passes its own rules, and
   * `check()` of that photo must agree. The rendered files also prove the KB range is reachable.
   */
  readonly pipeline?: SpecPipelineOptions | UnavailableCheck;
}

const CAPABILITY = /^(?:spec|validation-rule):[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Conformance kit for spec plugins. Registers vitest suites that check the manifest, registration
 * through the public API, the schema, internal consistency (the composition fits the frame, every
 * number is cited, the byte range is reachable at the pixel size and quality floor), the rule ids,
 * and — given a pipeline and sample photos — that each spec makes a photo passing its own rules.
 * Checks that need an encoder or a pipeline are registered only when one is given; given as
 * `{ unavailable: reason }` they show as skipped tests that name the reason.
 *
 * @example
 * ```ts
 * // test/conformance.test.ts
 * import { readFile } from 'node:fs/promises';
 * import { defaultPlugins } from '@idphoto/preset';
 * import { testSpecPlugin } from '@idphoto/testing';
 * import { acmeBadgeSpec } from '../src/index.js';
 *
 * const photo = await readFile(new URL('./fixtures/portrait.jpg', import.meta.url));
 * testSpecPlugin(acmeBadgeSpec(), { pipeline: { plugins: defaultPlugins(), samples: [photo] } });
 * ```
 */
export function testSpecPlugin(plugin: IdPhotoPlugin, options: TestSpecPluginOptions = {}): void {
  describe(`spec plugin ${isIdPhotoPlugin(plugin) ? plugin.name : '(not a plugin)'}`, () => {
    it('is a plugin made with definePlugin()', () => {
      expect(isIdPhotoPlugin(plugin)).toBe(true);
    });

    it('declares spec capabilities (and the rules it contributes)', () => {
      expect(plugin.provides.filter((c) => c.startsWith('spec:')).length).toBeGreaterThan(0);
      expect(plugin.provides.filter((c) => !CAPABILITY.test(c))).toEqual([]);
      if (options.expectedSpecs) {
        expect(plugin.provides.filter((c) => c.startsWith('spec:')).sort()).toEqual(
          options.expectedSpecs.map((id) => `spec:${id}`).sort(),
        );
      }
    });

    const app = createIdPhoto({ plugins: [plugin, ...(options.companions ?? [])] });
    const specs = app.resolver.resolveAll(SPECS);
    const contributedRules = app.resolver.resolveAll(VALIDATION_RULES).map((r) => r.id);

    it('registers through createIdPhoto and provides every declared spec', () => {
      expect(specs.map((s) => `spec:${s.id}`).sort()).toEqual(
        plugin.provides.filter((c) => c.startsWith('spec:')).sort(),
      );
    });

    const pipelineOption = options.pipeline;
    const pipeline =
      pipelineOption && !isUnavailable(pipelineOption)
        ? samplePipeline(plugin, pipelineOption, options.companions)
        : null;
    const encode = options.encode;
    if (pipeline) {
      beforeAll(() => pipeline.ready(), pipeline.timeout * 3);
      it('has sample photos for the pipeline checks', () => {
        expect(pipeline.samples, 'pipeline.samples needs at least one photo').toBeGreaterThan(0);
      });
    }

    for (const spec of specs) {
      describe(spec.id, () => {
        it('matches the SpecDefinition schema', () => {
          const result = v.safeParse(SpecDefinitionSchema, spec);
          expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([]);
        });

        it('is internally consistent and cites its numbers', () => {
          expect(specConsistencyProblems(spec)).toEqual([]);
        });

        it('names both languages and a default background it offers', () => {
          expect(spec.name.zh.length * spec.name.en.length).toBeGreaterThan(0);
          expect(spec.background.options.map((o) => o.id)).toContain(spec.background.default);
        });

        it('lists rules the validator knows', () => {
          expect(spec.rules.length).toBeGreaterThan(0);
          const known = options.knownRules;
          if (known) {
            const unknown = spec.rules
              .map((r) => r.id)
              .filter((id) => !known.includes(id) && !contributedRules.includes(id));
            expect(unknown).toEqual([]);
          }
        });

        fileSizeTests(spec, encode, pipeline, pipelineOption);
        sampleTests(spec, pipeline, pipelineOption);
      });
    }
  });
}

function isUnavailable(option: object): option is UnavailableCheck {
  return 'unavailable' in option;
}

/** A visibly skipped test for a check the caller said cannot run here, naming the reason. */
function unavailableTest(title: string, option: UnavailableCheck): void {
  it.skip(`${title} — not run: ${option.unavailable}`, () => {});
}

/** The byte-range check, once per measurement given (nothing is registered without one). */
function fileSizeTests(
  spec: SpecDefinition,
  encode: ProbeEncoder | UnavailableCheck | undefined,
  pipeline: SamplePipeline | null,
  pipelineOption: SpecPipelineOptions | UnavailableCheck | undefined,
): void {
  const { width, height } = spec.canvas;
  const range = formatByteRange(spec.file.bytes);
  const title = `file size: ${range} is reachable at ${width}×${height}, JPEG quality ${spec.file.minQuality}–100`;
  if (encode && isUnavailable(encode)) unavailableTest(`${title} (probe encoder)`, encode);
  else if (encode) {
    it(`${title} (probe encoder)`, async () => {
      expect(await fileSizeProbeProblems(spec, encode)).toEqual([]);
    });
  }
  if (pipelineOption && isUnavailable(pipelineOption)) {
    unavailableTest(`${title} (rendered samples)`, pipelineOption);
  }
  if (pipeline) {
    it(
      `${title} (rendered samples)`,
      async () => {
        const problems: string[] = [];
        for (let i = 0; i < pipeline.samples; i++) {
          const run = await pipeline.run(spec, i);
          for (const p of renderedFileSizeProblems(spec, run)) problems.push(`sample ${i + 1}: ${p}`);
        }
        expect(problems).toEqual([]);
      },
      pipeline.timeout,
    );
  }
}

/** One test per sample photo: make() passes the spec's own rules, and check() of the output agrees. */
function sampleTests(
  spec: SpecDefinition,
  pipeline: SamplePipeline | null,
  option: SpecPipelineOptions | UnavailableCheck | undefined,
): void {
  if (option && isUnavailable(option)) {
    unavailableTest('sample photos: make() passes its own rules and check() of the output agrees', option);
    return;
  }
  if (!pipeline) return;
  for (let i = 0; i < pipeline.samples; i++) {
    it(
      `sample ${i + 1}: make() passes its own rules and check() of the output agrees`,
      async () => {
        expect(samplePassProblems(spec, await pipeline.run(spec, i))).toEqual([]);
      },
      pipeline.timeout,
    );
  }
}
