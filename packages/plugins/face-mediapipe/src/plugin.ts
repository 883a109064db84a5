import type { IdPhotoPlugin } from '@idphoto/sdk';
import { definePlugin, FACE_ANALYZER, SIMILARITY } from '@idphoto/sdk';
import { createAnalyzer } from './analyzer.js';
import { defaultThreads, type MediapipeFaceOptions, MediapipeFaceOptionsSchema } from './options.js';
import { createOrtProvider } from './runtime/ort-provider.js';
import { createSimilarity } from './similarity/similarity.js';

/** Package name, also the plugin name. */
export const MEDIAPIPE_FACE_PLUGIN = '@idphoto/face-mediapipe';
/** Plugin version. */
export const MEDIAPIPE_FACE_VERSION = '0.1.0';

const factory = definePlugin({
  name: MEDIAPIPE_FACE_PLUGIN,
  version: MEDIAPIPE_FACE_VERSION,
  sdk: '^0.1.0',
  description: 'Face analysis (BlazeFace, FaceMesh + Iris, faceres) and 入学相似度 on onnxruntime-node',
  license: 'MIT',
  components: [
    {
      name: 'BlazeFace, FaceMesh, Iris (MediaPipe) weights',
      license: 'Apache-2.0',
      source: '@vladmandic/human models/',
    },
    {
      name: 'faceres (HSE-FaceRes) weights',
      license: 'Apache-2.0',
      source: '@vladmandic/human models/',
      note: 'Shipped in @vladmandic/human (MIT); converted to ONNX locally by @idphoto/tfjs-onnx',
    },
  ],
  provides: ['face-analyzer', 'similarity'],
  options: MediapipeFaceOptionsSchema,
  setup(ctx, options) {
    const models = createOrtProvider({
      threads: options.threads ?? defaultThreads(),
      ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    });
    ctx.provide(
      FACE_ANALYZER,
      () =>
        createAnalyzer(
          {
            id: 'mediapipe',
            minConfidence: options.minConfidence,
            minMeshScore: options.minMeshScore,
            maxFaces: options.maxFaces,
            minFaceSize: options.minFaceSize,
            minFaceRatio: options.minFaceRatio,
            relativeMinFace: options.relativeMinFace,
          },
          models,
        ),
      { lifetime: 'singleton' },
    );
    ctx.provide(SIMILARITY, () => createSimilarity('faceres-cosine', options.similarityThreshold), {
      lifetime: 'singleton',
    });
  },
});

/**
 * Face analysis and similarity on MediaPipe models (BlazeFace, FaceMesh 468 + Iris) and faceres
 * embeddings, run by onnxruntime-node on the CPU from models converted locally (no downloads).
 * Provides `face-analyzer` and `similarity`. Models load on first use or on `warmup()`.
 *
 * @example
 * ```ts
 * const idphoto = createIdPhoto({ plugins: [sharpCapture(), mediapipeFace({ minFaceSize: 24 })] });
 * await idphoto.warmup();
 * const { faces } = await idphoto.analyze({ image: bytes });
 * ```
 */
export function mediapipeFace(options?: MediapipeFaceOptions): IdPhotoPlugin {
  return factory(options);
}
