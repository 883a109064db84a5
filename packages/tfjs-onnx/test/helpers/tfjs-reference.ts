import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { type GraphModel, loadGraphModel } from '@tensorflow/tfjs-converter';
import * as tf from '@tensorflow/tfjs-core';
import type { TfjsModelJson } from '../../src/index.js';

let ready: Promise<void> | undefined;

/** Starts tfjs on the wasm backend with the .wasm files from node_modules (never a CDN). */
export function initTfjsWasm(): Promise<void> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmDir = path.dirname(
      require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'),
    );
    setWasmPaths(`${wasmDir}${path.sep}`);
    await tf.setBackend('wasm');
    await tf.ready();
    if (tf.getBackend() !== 'wasm') throw new Error(`tfjs backend is ${tf.getBackend()}, expected wasm`);
  })();
  return ready;
}

/** A tfjs graph model loaded from memory, with its tfjs input/output names. */
export interface TfjsReference {
  readonly model: GraphModel;
  readonly inputName: string;
  readonly outputNames: readonly string[];
  /** Runs the model on one NHWC input (float32, or int32 for models that take raw pixels); outputs in `outputNames` order. */
  run(input: Float32Array | Int32Array, shape: readonly number[]): Promise<ArrayLike<number>[]>;
}

/** Loads a tfjs graph model through an in-memory IO handler. */
export async function loadTfjsReference(
  modelJson: TfjsModelJson,
  weights: Uint8Array,
): Promise<TfjsReference> {
  await initTfjsWasm();
  const weightData = weights.buffer.slice(
    weights.byteOffset,
    weights.byteOffset + weights.byteLength,
  ) as ArrayBuffer;
  const json = modelJson as unknown as {
    modelTopology: object;
    format?: string;
    generatedBy?: string;
    convertedBy?: string;
    signature?: object;
    userDefinedMetadata?: Record<string, unknown>;
  };
  const model = await loadGraphModel(
    tf.io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs: modelJson.weightsManifest.flatMap((g) => g.weights) as tf.io.WeightsManifestEntry[],
      weightData,
      ...(json.format ? { format: json.format } : {}),
      ...(json.generatedBy ? { generatedBy: json.generatedBy } : {}),
      ...(json.convertedBy ? { convertedBy: json.convertedBy } : {}),
      ...(json.signature ? { signature: json.signature } : {}),
      ...(json.userDefinedMetadata ? { userDefinedMetadata: json.userDefinedMetadata } : {}),
    }),
  );
  const inputName = model.inputNodes[0];
  if (inputName === undefined) throw new Error('model has no input');
  const outputNames = model.outputNodes;
  return {
    model,
    inputName,
    outputNames,
    async run(input, shape) {
      const x = tf.tensor(input, [...shape], input instanceof Int32Array ? 'int32' : 'float32');
      const result = model.execute({ [inputName]: x }, [...outputNames]);
      const tensors = Array.isArray(result) ? result : [result];
      const values = await Promise.all(tensors.map(async (t) => Array.from(await t.data(), Number)));
      tf.dispose([x, ...tensors]);
      return values;
    },
  };
}

/** Reads a model's JSON and concatenated weight shards from its folder. */
export async function readTfjsModel(
  modelJsonPath: string,
): Promise<{ json: TfjsModelJson; weights: Uint8Array }> {
  const json = JSON.parse(await readFile(modelJsonPath, 'utf8')) as TfjsModelJson;
  const dir = path.dirname(modelJsonPath);
  const shards = await Promise.all(
    json.weightsManifest.flatMap((g) => g.paths).map((p) => readFile(path.join(dir, p))),
  );
  return { json, weights: new Uint8Array(Buffer.concat(shards)) };
}
