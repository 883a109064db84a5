/** The four models this plugin runs, named as in `@vladmandic/human`'s `models/` folder. */
export type ModelName = 'blazeface' | 'facemesh' | 'iris' | 'faceres';

/** Every model the analyzer needs, in load order. */
export const MODEL_NAMES: readonly ModelName[] = ['blazeface', 'facemesh', 'iris', 'faceres'];

/** One output tensor of a model run. */
export interface OutputTensor {
  readonly name: string;
  readonly dims: readonly number[];
  readonly data: Float32Array;
}

/**
 * Runs one model on one NHWC float32 input. The stages pick outputs by shape (not by name), so
 * the same code runs on any runtime whose graph keeps the tfjs output shapes.
 */
export interface ModelRunner {
  readonly name: ModelName;
  run(input: Float32Array, dims: readonly number[]): Promise<readonly OutputTensor[]>;
}

/** Supplies a runner per model; implementations create sessions lazily and keep them. */
export interface ModelProvider {
  get(name: ModelName): Promise<ModelRunner>;
}

/** Finds the output whose last dimension is `last` (throws when the graph has none). */
export function outputByLastDim(outputs: readonly OutputTensor[], last: number): OutputTensor {
  const found = outputs.find((t) => t.dims[t.dims.length - 1] === last);
  if (!found) throw new Error(`model output with last dimension ${last} not found`);
  return found;
}
