import type { LoadOrConvertResult } from '@idphoto/tfjs-onnx';
import type { ModelName } from './model-runner.js';

/**
 * Converts (or finds in the cache) one of `@vladmandic/human`'s models as ONNX with
 * `@idphoto/tfjs-onnx` (loaded on first use). The graphs keep their own input shapes: BlazeFace is
 * fixed at 1×256×256×3, the others have a free batch dimension (Iris runs both eyes as one batch).
 */
export async function convertModel(name: ModelName, cacheDir?: string): Promise<LoadOrConvertResult> {
  const { humanModelPath, loadOrConvert } = await import('@idphoto/tfjs-onnx');
  return loadOrConvert({ modelJsonPath: humanModelPath(name), ...(cacheDir ? { cacheDir } : {}) });
}
