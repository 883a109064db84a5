import { definePlugin, type IdPhotoPlugin, SPEC_VALIDATOR, VALIDATION_RULES } from '@idphoto/sdk';
import * as v from 'valibot';
import { createValidatorEngine } from './engine/validator-engine.js';
import { BUILT_IN_RULES } from './rules/library.js';

const ParamValueSchema = v.union([v.number(), v.string(), v.boolean()]);

/** Options of {@link standardValidator}. */
export const StandardValidatorOptionsSchema = v.optional(
  v.object({
    /**
     * App-wide parameter defaults per rule id (e.g. `{ 'quality.sharpness': { min: 90 } }`). A
     * spec's own rule `params` override them; the README lists every parameter.
     */
    params: v.optional(v.record(v.string(), v.record(v.string(), ParamValueSchema)), {}),
    /** Status of `similarity.reference` when the reference photo has no face or several (default `warn`). */
    referenceUnusable: v.optional(v.picklist(['warn', 'fail']), 'fail'),
  }),
  {},
);

/** What callers pass to {@link standardValidator}. */
export type StandardValidatorOptions = v.InferInput<typeof StandardValidatorOptionsSchema>;

/** Package name, also the plugin name. */
export const STANDARD_VALIDATOR_PLUGIN = '@idphoto/validator-standard';
/** Plugin version. */
export const STANDARD_VALIDATOR_VERSION = '0.1.0';

const factory = definePlugin({
  name: STANDARD_VALIDATOR_PLUGIN,
  version: STANDARD_VALIDATOR_VERSION,
  sdk: '^0.1.0',
  description: 'Spec validator: the generic rule engine that measures a finished photo against a spec',
  license: 'MIT',
  provides: ['validator'],
  options: StandardValidatorOptionsSchema,
  setup(ctx, options) {
    ctx.provide(
      SPEC_VALIDATOR,
      (resolver) =>
        createValidatorEngine({
          builtIns: BUILT_IN_RULES,
          pluginRules: resolver.resolveAll(VALIDATION_RULES),
          params: options.params,
          referenceUnusable: options.referenceUnusable,
        }),
      { lifetime: 'singleton' },
    );
  },
});

/**
 * The standard spec validator: runs the rules a spec lists (file, face, composition, pose,
 * background, quality, lighting) on a finished photo, plus rules plugins contribute through
 * `VALIDATION_RULES`, and reports each with measured value, expectation and a fix in zh and en.
 * Pure TypeScript, no native dependencies.
 *
 * @example
 * ```ts
 * import { createIdPhoto } from '@idphoto/sdk';
 * import { standardValidator } from '@idphoto/validator-standard';
 * const idphoto = createIdPhoto({
 *   plugins: [sharpCapture(), mediapipeFace(), isnetMatting(), sharpRender(), chsiSpec(),
 *     standardValidator({ params: { 'quality.sharpness': { min: 90 } } })],
 * });
 * const { report } = await idphoto.check({ image: bytes, spec: 'chsi-graduation' });
 * ```
 */
export function standardValidator(options?: StandardValidatorOptions): IdPhotoPlugin {
  return factory(options);
}
