import { faceErrors } from '@idphoto/sdk';
import { convertModel } from './runtime/convert-model.js';
import { MODEL_NAMES, type ModelName } from './runtime/model-runner.js';

/** Options of {@link prepareModels}. */
export interface PrepareModelsOptions {
  /** Cache root; default `$IDPHOTO_CACHE_DIR` or `~/.cache/idphoto`. */
  readonly cacheDir?: string;
}

/** One prepared model. */
export interface PreparedModel {
  readonly name: ModelName;
  /** Absolute path of the ONNX file. */
  readonly path: string;
  readonly hash: string;
  /** Whether this call converted it (false: it was in the cache). */
  readonly converted: boolean;
}

/**
 * Converts every model the plugin uses to ONNX and caches it (what `pnpm models` runs), so the
 * first request does not pay for conversion. Throws `FACE_MODEL_UNAVAILABLE` when a model cannot
 * be read or converted.
 *
 * @example
 * ```ts
 * for (const m of await prepareModels()) console.log(m.name, m.converted ? 'converted' : 'cached');
 * ```
 */
export async function prepareModels(options: PrepareModelsOptions = {}): Promise<readonly PreparedModel[]> {
  const prepared: PreparedModel[] = [];
  for (const name of MODEL_NAMES) {
    try {
      const result = await convertModel(name, options.cacheDir);
      prepared.push({ name, path: result.path, hash: result.hash, converted: result.converted });
    } catch (cause) {
      throw faceErrors.create('FACE_MODEL_UNAVAILABLE', { details: { model: name, step: 'convert' }, cause });
    }
  }
  return prepared;
}
