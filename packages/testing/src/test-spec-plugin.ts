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
   * at 100, to prove the KB range is reachable (e.g. `sharpProbeEncoder(photoBytes)`).
   */
  readonly encode?: ProbeEncoder;
  /**
   * Makes real photos: each spec must turn every sample into a photo that passes its own rules, and
   * `check()` of that photo must agree. The rendered files also prove the KB range is reachable.
   */
  readonly pipeline?: SpecPipelineOptions;
}

const CAPABILITY = /^(?:spec|validation-rule):[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Conformance kit for spec plugins. Registers vitest suites that check the manifest, registration
 * through the public API, the schema, internal consistency (the composition fits the frame, every
 * number is cited, the byte range is reachable at the pixel size and quality floor), the rule ids,
 * and — given a pipeline and sample photos — that each spec makes a photo passing its own rules.
 * Checks that need an encoder or a pipeline are reported as skipped, with the option to pass, when
 * neither is given.
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

    const pipeline = options.pipeline ? samplePipeline(plugin, options.pipeline, options.companions) : null;
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

        fileSizeTests(spec, options.encode, pipeline);
        sampleTests(spec, pipeline);
      });
    }
  });
}

/** The byte-range check, once per available measurement; skipped (visibly) without one. */
function fileSizeTests(
  spec: SpecDefinition,
  encode: ProbeEncoder | undefined,
  pipeline: SamplePipeline | null,
): void {
  const { width, height } = spec.canvas;
  const range = formatByteRange(spec.file.bytes);
  const title = `file size: ${range} is reachable at ${width}×${height}, JPEG quality ${spec.file.minQuality}–100`;
  if (encode) {
    it(`${title} (probe encoder)`, async () => {
      expect(await fileSizeProbeProblems(spec, encode)).toEqual([]);
    });
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
  if (!encode && !pipeline) {
    it.skip(`${title} — not measured: pass \`pipeline\` or \`encode\` to testSpecPlugin`, () => {});
  }
}

/** One test per sample photo: make() passes the spec's own rules, and check() of the output agrees. */
function sampleTests(spec: SpecDefinition, pipeline: SamplePipeline | null): void {
  if (!pipeline) {
    it.skip('makes a sample photo that passes its own rules — not run: pass `pipeline` to testSpecPlugin', () => {});
    return;
  }
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
