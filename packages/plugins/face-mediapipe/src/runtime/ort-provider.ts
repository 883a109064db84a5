import { faceErrors } from '@idphoto/sdk';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { convertModel } from './convert-model.js';
import {
  MODEL_NAMES,
  type ModelName,
  type ModelProvider,
  type ModelRunner,
  type OutputTensor,
} from './model-runner.js';

/** Options of {@link createOrtProvider}. */
export interface OrtProviderOptions {
  /** Cache root for converted models (default `$IDPHOTO_CACHE_DIR` or `~/.cache/idphoto`). */
  readonly cacheDir?: string;
  /** ORT intra-op threads per session. */
  readonly threads: number;
}

type Ort = typeof import('onnxruntime-node');

let ortModule: Promise<Ort> | undefined;
/** Sessions are process-wide singletons keyed by model file and thread count. */
const sessions = new Map<string, Promise<ModelRunner>>();

/** Loads `onnxruntime-node` on first use, so importing the plugin stays cheap. */
function loadOrt(): Promise<Ort> {
  ortModule ??= import('onnxruntime-node');
  return ortModule;
}

/**
 * A {@link ModelProvider} running the converted ONNX models on onnxruntime-node's CPU provider.
 * Each model is converted (or found in the cache, which hashes the model once) and its session
 * created on first use; later calls reuse the same session. A failed load is retried next time.
 *
 * @example
 * ```ts
 * const models = createOrtProvider({ threads: 2 });
 * const blazeface = await models.get('blazeface');
 * ```
 */
export function createOrtProvider(options: OrtProviderOptions): ModelProvider {
  const resolved = new Map<ModelName, Promise<ModelRunner>>();
  return {
    get(name: ModelName): Promise<ModelRunner> {
      let runner = resolved.get(name);
      if (!runner) {
        runner = resolveRunner(name, options);
        resolved.set(name, runner);
        runner.catch(() => resolved.delete(name));
      }
      return runner;
    },
  };
}

async function resolveRunner(name: ModelName, options: OrtProviderOptions): Promise<ModelRunner> {
  if (!MODEL_NAMES.includes(name)) {
    throw faceErrors.create('FACE_MODEL_UNAVAILABLE', { details: { model: String(name) } });
  }
  let file: string;
  try {
    file = (await convertModel(name, options.cacheDir)).path;
  } catch (cause) {
    throw faceErrors.create('FACE_MODEL_UNAVAILABLE', { details: { model: name, step: 'convert' }, cause });
  }
  const key = `${file}#${options.threads}`;
  let runner = sessions.get(key);
  if (!runner) {
    runner = openSession(name, file, options.threads);
    sessions.set(key, runner);
    runner.catch(() => sessions.delete(key));
  }
  return runner;
}

async function openSession(name: ModelName, file: string, threads: number): Promise<ModelRunner> {
  let ort: Ort;
  let session: InferenceSession;
  try {
    ort = await loadOrt();
    session = await ort.InferenceSession.create(file, {
      executionProviders: ['cpu'],
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      executionMode: 'sequential',
      // Spinning worker threads burn the cores other requests (and sharp) need; measured faster
      // without it on a busy 2-core machine (README, "Measured").
      extra: { session: { intra_op: { allow_spinning: '0' } } },
    });
  } catch (cause) {
    throw faceErrors.create('FACE_MODEL_UNAVAILABLE', { details: { model: name, step: 'session' }, cause });
  }
  const inputName = session.inputNames[0]!;
  const outputNames = [...session.outputNames];
  return {
    name,
    async run(input: Float32Array, dims: readonly number[]): Promise<readonly OutputTensor[]> {
      let result: InferenceSession.OnnxValueMapType;
      try {
        result = await session.run({ [inputName]: new ort.Tensor('float32', input, dims) });
      } catch (cause) {
        throw faceErrors.create('FACE_INFERENCE_FAILED', { details: { model: name }, cause });
      }
      return outputNames.map((n) => {
        const t = result[n] as Tensor;
        return { name: n, dims: t.dims, data: t.data as Float32Array };
      });
    },
  };
}
