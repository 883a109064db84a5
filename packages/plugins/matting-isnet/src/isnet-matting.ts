import type { IdPhotoPlugin } from '@idphoto/sdk';
import { definePlugin, MATTING } from '@idphoto/sdk';
import { createMattingStage } from './matting-stage.js';
import { type IsnetMattingOptions, IsnetMattingOptionsSchema } from './options.js';

/** Package name, also the plugin name. */
export const ISNET_MATTING_PLUGIN = '@idphoto/matting-isnet';
/** Plugin version. */
export const ISNET_MATTING_VERSION = '0.1.0';

const factory = definePlugin({
  name: ISNET_MATTING_PLUGIN,
  version: ISNET_MATTING_VERSION,
  sdk: '^0.1.0',
  description:
    'Matting: IS-Net (DIS) on onnxruntime-node, subject selection from the face, guided-filter edges',
  license: 'AGPL-3.0-only',
  components: [
    {
      name: 'IS-Net (DIS) fp16 "medium" weights, as packaged in @imgly/background-removal-data@1.4.5',
      license: 'AGPL-3.0-only',
      source: 'https://www.npmjs.com/package/@imgly/background-removal-data',
      note: 'The npm package that ships the weights is AGPL-3.0 (its ThirdPartyLicenses.json lists the ISNET model itself as MIT, https://github.com/xuebinqin/DIS). Using this plugin makes the combined work AGPL-3.0; the SDK stays MIT.',
    },
    {
      name: 'IS-Net / DIS (Dichotomous Image Segmentation) model',
      license: 'MIT',
      source: 'https://github.com/xuebinqin/DIS',
    },
  ],
  provides: ['matting'],
  options: IsnetMattingOptionsSchema,
  setup(ctx, options) {
    ctx.provide(
      MATTING,
      () =>
        createMattingStage({
          inferenceSize: options.inferenceSize,
          fastInferenceSize: options.fastInferenceSize,
          refine: options.refine,
          refineRadius: options.refineRadius,
          refineEpsilon: options.refineEpsilon,
          pruneFringe: options.pruneFringe,
          clearGaps: options.clearGaps,
          ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
          ...(options.threads ? { threads: options.threads } : {}),
        }),
      { lifetime: 'singleton' },
    );
  },
});

/**
 * Matting with IS-Net (DIS), run by onnxruntime-node on the CPU. Keeps only the person whose face
 * is given (others, chairs and poles are dropped), returns alpha at source resolution (or the
 * requested scale) with guided-filter edges, the top of the head and which frame edges the subject
 * touches. Provides `matting`. The model (from `@imgly/background-removal-data`, AGPL-3.0) is
 * assembled, verified and cached on first use, `warmup()` or `prepareModels()`.
 *
 * @example
 * ```ts
 * const idphoto = createIdPhoto({
 *   plugins: [sharpCapture(), mediapipeFace(), isnetMatting({ inferenceSize: 768 }), sharpRender(), standardValidator(), chsiSpec()],
 * });
 * await idphoto.warmup();
 * const { photo } = await idphoto.make({ image: bytes, spec: 'chsi-graduation' });
 * ```
 */
export function isnetMatting(options?: IsnetMattingOptions): IdPhotoPlugin {
  return factory(options);
}
