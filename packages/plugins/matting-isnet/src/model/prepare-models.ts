import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { mattingErrors } from '@idphoto/sdk';
import { assembleModel, ModelIntegrityError, sha256 } from './assemble-model.js';
import { defaultCacheDir, writeFileAtomic } from './cache-dir.js';
import { makeInputDynamic } from './dynamic-input.js';
import { readModelResource, weightsDistDir } from './model-resources.js';

/** SHA-256 of the medium IS-Net as published in `@imgly/background-removal-data@1.4.5` (88 188 479 bytes). */
export const SOURCE_MODEL_SHA256 = 'b6e8497ba978a6f5fbb647e419d2696cd80df5a23cb6a8ea532021911bd76acb';
/** SHA-256 of the same model after {@link makeInputDynamic}: what the plugin runs (88 153 060 bytes). */
export const DYNAMIC_MODEL_SHA256 = '55202159d2addb03338a0f17cc5cbffdd3986c4d98815f39ce11a3b9c5633ec3';
const SOURCE_MODEL_SIZE = 88_188_479;
const DYNAMIC_MODEL_SIZE = 88_153_060;

/** Options of {@link prepareModels}. */
export interface PrepareModelsOptions {
  /** Cache directory (default `IDPHOTO_CACHE_DIR` or `~/.cache/idphoto`). */
  readonly cacheDir?: string;
  /** The weights package's `dist` directory (default: resolved from `node_modules`). */
  readonly weightsDir?: string;
}

/** Where the prepared model files are. */
export interface PreparedModels {
  /** The published model, reassembled and verified (fixed 1024² input). */
  readonly sourceModel: string;
  /** The model the plugin runs: any input size, `output` only. */
  readonly model: string;
}

/**
 * Reassembles the IS-Net model from the chunks of `@imgly/background-removal-data`, verifies the
 * size and the SHA-256 of every chunk and of the whole file, derives the dynamic-size model and
 * caches both under `<cacheDir>/matting-isnet/`, named by content hash and written atomically.
 * Cheap when the cache is warm (two `stat` calls; a cached file of the wrong size is rebuilt).
 * Runs on first use, on `warmup()` and from `pnpm models`; throws `MATTING_MODEL_UNAVAILABLE`
 * (with a `reason` detail) when the weights are missing or fail verification.
 *
 * @example
 * ```ts
 * import { prepareModels } from '@idphoto/matting-isnet';
 * const { model } = await prepareModels(); // ~/.cache/idphoto/matting-isnet/isnet-medium-dynamic-<sha256>.onnx
 * ```
 */
export async function prepareModels(options: PrepareModelsOptions = {}): Promise<PreparedModels> {
  const dir = path.join(options.cacheDir ?? defaultCacheDir(), 'matting-isnet');
  const sourceModel = path.join(dir, `isnet-medium-${SOURCE_MODEL_SHA256}.onnx`);
  const model = path.join(dir, `isnet-medium-dynamic-${DYNAMIC_MODEL_SHA256}.onnx`);
  try {
    const [haveSource, haveModel] = await Promise.all([
      hasSize(sourceModel, SOURCE_MODEL_SIZE),
      hasSize(model, DYNAMIC_MODEL_SIZE),
    ]);
    if (haveSource && haveModel) return { sourceModel, model };
    let source: Uint8Array | undefined;
    if (haveSource) {
      source = await readFile(sourceModel);
      if (sha256(source) !== SOURCE_MODEL_SHA256) source = undefined;
    }
    if (!source) {
      source = await assembleModel(await readModelResource(options.weightsDir ?? weightsDistDir()));
      if (sha256(source) !== SOURCE_MODEL_SHA256) throw new ModelIntegrityError('model hash mismatch');
      await writeFileAtomic(sourceModel, source);
    }
    if (!haveModel) {
      const dynamic = makeInputDynamic(source);
      if (sha256(dynamic) !== DYNAMIC_MODEL_SHA256)
        throw new ModelIntegrityError('derived model hash mismatch');
      await writeFileAtomic(model, dynamic);
    }
    return { sourceModel, model };
  } catch (error) {
    throw mattingErrors.create('MATTING_MODEL_UNAVAILABLE', {
      details: {
        reason: error instanceof ModelIntegrityError ? error.reason : 'weights package unreadable',
        ...(error instanceof ModelIntegrityError && error.chunk !== undefined ? { chunk: error.chunk } : {}),
      },
      cause: error,
    });
  }
}

async function hasSize(file: string, size: number): Promise<boolean> {
  try {
    const info = await stat(file);
    return info.isFile() && info.size === size;
  } catch {
    return false;
  }
}
