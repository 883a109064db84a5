import {
  createIdPhoto,
  type IdPhotoPlugin,
  isIdPhotoPlugin,
  SPECS,
  SpecDefinitionSchema,
} from '@idphoto/sdk';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { specConsistencyProblems } from './spec-consistency.js';

/** Options of {@link testSpecPlugin}. */
export interface TestSpecPluginOptions {
  /** Spec ids the plugin must provide (default: whatever its manifest declares). */
  readonly expectedSpecs?: readonly string[];
  /**
   * Plugins registered beside the spec plugin (e.g. a validator, to check every listed rule id is
   * known). Without a validator the rule ids are only checked for shape.
   */
  readonly companions?: readonly IdPhotoPlugin[];
  /** Rule ids the validator knows; when given, every spec rule must be one of them. */
  readonly knownRules?: readonly string[];
}

/**
 * Conformance kit for spec plugins. Registers vitest suites that check the manifest, registration
 * through the public API, the schema, internal consistency (the composition fits the frame, every
 * number is cited) and the rule ids.
 *
 * @example
 * ```ts
 * // test/conformance.test.ts
 * import { testSpecPlugin } from '@idphoto/testing';
 * import { acmeBadgeSpec } from '../src/index.js';
 * testSpecPlugin(acmeBadgeSpec());
 * ```
 */
export function testSpecPlugin(plugin: IdPhotoPlugin, options: TestSpecPluginOptions = {}): void {
  describe(`spec plugin ${isIdPhotoPlugin(plugin) ? plugin.name : '(not a plugin)'}`, () => {
    it('is a plugin made with definePlugin()', () => {
      expect(isIdPhotoPlugin(plugin)).toBe(true);
    });

    it('declares only spec capabilities', () => {
      expect(plugin.provides.length).toBeGreaterThan(0);
      for (const capability of plugin.provides) expect(capability).toMatch(/^spec:[a-z0-9]+(?:-[a-z0-9]+)*$/);
      if (options.expectedSpecs) {
        expect([...plugin.provides].sort()).toEqual(options.expectedSpecs.map((id) => `spec:${id}`).sort());
      }
    });

    const app = createIdPhoto({ plugins: [plugin, ...(options.companions ?? [])] });
    const specs = app.resolver.resolveAll(SPECS);

    it('registers through createIdPhoto and provides every declared spec', () => {
      expect(specs.map((s) => `spec:${s.id}`).sort()).toEqual(
        plugin.provides.filter((c) => c.startsWith('spec:')).sort(),
      );
    });

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
          if (options.knownRules) {
            const unknown = spec.rules.map((r) => r.id).filter((id) => !options.knownRules!.includes(id));
            expect(unknown).toEqual([]);
          }
        });
      });
    }
  });
}
