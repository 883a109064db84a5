/**
 * Development-only runner: executes the original tfjs graphs on the tfjs wasm backend. Used to
 * check the shipped ONNX path against the reference implementation; never imported by `src`.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { humanModelsDir } from '@idphoto/tfjs-onnx';
import type { ModelName, ModelProvider, ModelRunner, OutputTensor } from '../src/runtime/model-runner.js';

const require = createRequire(import.meta.url);

type Tf = typeof import('@tensorflow/tfjs-core');
type GraphModel = import('@tensorflow/tfjs-converter').GraphModel;

let tfReady: Promise<Tf> | undefined;

async function loadTf(): Promise<Tf> {
  tfReady ??= (async () => {
    const tf = await import('@tensorflow/tfjs-core');
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    wasm.setWasmPaths(`${path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}/`);
    await tf.setBackend('wasm');
    await tf.ready();
    return tf;
  })();
  return tfReady;
}

interface LoadedGraph {
  readonly model: GraphModel;
  /** Output node names from the graph's signature (faceres's embedding is not a tfjs "output"). */
  readonly outputs: readonly string[];
}

async function loadGraph(name: ModelName): Promise<LoadedGraph> {
  const converter = await import('@tensorflow/tfjs-converter');
  const dir = humanModelsDir();
  const json = JSON.parse(await readFile(path.join(dir, `${name}.json`), 'utf8')) as {
    modelTopology: object;
    weightsManifest: { weights: never[] }[];
    format?: string;
    generatedBy?: string;
    convertedBy?: string;
    userDefinedMetadata?: { signature?: Signature };
    signature?: Signature;
  };
  const bin = await readFile(path.join(dir, `${name}.bin`));
  const weightData = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength);
  const model = await converter.loadGraphModel({
    load: async () => ({
      modelTopology: json.modelTopology,
      weightSpecs: json.weightsManifest.flatMap((m) => m.weights),
      weightData,
    }),
  });
  const signature = json.signature ?? json.userDefinedMetadata?.signature;
  const outputs = signature
    ? Object.values(signature.outputs).map((o) => o.name.replace(/:0$/, ''))
    : model.outputs.map((o) => o.name);
  return { model, outputs };
}

interface Signature {
  readonly outputs: Record<string, { readonly name: string }>;
}

/** A {@link ModelProvider} backed by tfjs-wasm. */
export function tfjsProvider(): ModelProvider {
  const cache = new Map<ModelName, Promise<ModelRunner>>();
  return {
    get(name) {
      let runner = cache.get(name);
      if (!runner) {
        runner = (async () => {
          const tf = await loadTf();
          const { model, outputs: outputNames } = await loadGraph(name);
          return {
            name,
            async run(input, dims) {
              const x = tf.tensor(input, [...dims], 'float32');
              const result = model.execute(x, [...outputNames]);
              const list = Array.isArray(result) ? result : [result];
              const outputs: OutputTensor[] = [];
              for (const [i, t] of list.entries()) {
                outputs.push({
                  name: outputNames[i] ?? String(i),
                  dims: t.shape,
                  data: (await t.data()) as Float32Array,
                });
                t.dispose();
              }
              x.dispose();
              return outputs;
            },
          };
        })();
        cache.set(name, runner);
      }
      return runner;
    },
  };
}
