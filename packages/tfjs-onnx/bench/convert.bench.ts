/**
 * Conversion time and inference latency of the converted human face models on onnxruntime-node
 * (2 intra-op threads) versus the original tfjs graph models on tfjs-wasm.
 *
 * Run: npx tsx --conditions=@idphoto/source packages/tfjs-onnx/bench/convert.bench.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import * as ort from 'onnxruntime-node';
import { convertTfjsGraph, humanModelPath, loadOrConvert } from '../src/index.js';
import { fixturePhoto, photoInput } from '../test/helpers/fixtures.js';
import { asModelInput, MODEL_CASES, ortInput, PARITY_PHOTO } from '../test/helpers/model-cases.js';
import { loadTfjsReference, readTfjsModel } from '../test/helpers/tfjs-reference.js';

const CONVERSIONS = 5;
const WARMUP = 5;
const RUNS = 100;

function stats(samples: number[]): { min: number; median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { min: sorted[0] ?? Number.NaN, median: at(0.5), p95: at(0.95) };
}

async function time(fn: () => Promise<unknown> | unknown, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'tfjs-onnx-bench-'));
const rows: string[][] = [];
for (const model of MODEL_CASES) {
  const { json, weights } = await readTfjsModel(humanModelPath(model.name));
  const reference = await loadTfjsReference(json, weights);
  const shape = [1, model.size, model.size, model.channels];
  const inputShapes = { [reference.inputName]: shape };
  let onnx: Uint8Array = new Uint8Array();
  const convert = stats(
    await time(() => {
      onnx = convertTfjsGraph({ modelJson: json, weights, inputShapes });
    }, CONVERSIONS),
  );

  const cacheOptions = { modelJsonPath: humanModelPath(model.name), cacheDir, inputShapes };
  await loadOrConvert(cacheOptions);
  const cacheHit = stats(await time(() => loadOrConvert(cacheOptions), CONVERSIONS));

  const session = await ort.InferenceSession.create(onnx, { intraOpNumThreads: 2, interOpNumThreads: 1 });
  const input = asModelInput(
    model,
    await photoInput(fixturePhoto(PARITY_PHOTO), model.region, model.size, model.range, model.channels),
  );
  const feeds = { [reference.inputName]: ortInput(input, shape) };
  await time(() => session.run(feeds), WARMUP);
  const onnxRun = stats(await time(() => session.run(feeds), RUNS));
  await time(() => reference.run(input, shape), WARMUP);
  const tfjsRun = stats(await time(() => reference.run(input, shape), RUNS));
  await session.release();
  const single = await ort.InferenceSession.create(onnx, { intraOpNumThreads: 1, interOpNumThreads: 1 });
  await time(() => single.run(feeds), WARMUP);
  const onnxSingle = stats(await time(() => single.run(feeds), RUNS));
  await single.release();

  rows.push([
    model.name,
    `${(onnx.byteLength / 1e6).toFixed(2)} MB`,
    convert.median.toFixed(1),
    cacheHit.median.toFixed(1),
    onnxRun.min.toFixed(2),
    onnxRun.median.toFixed(2),
    onnxRun.p95.toFixed(2),
    onnxSingle.median.toFixed(2),
    tfjsRun.min.toFixed(2),
    tfjsRun.median.toFixed(2),
    tfjsRun.p95.toFixed(2),
    `${(tfjsRun.median / onnxRun.median).toFixed(1)}× / ${(tfjsRun.min / onnxRun.min).toFixed(1)}×`,
  ]);
}

const header = [
  'model',
  'onnx size',
  'convert ms',
  'cache hit ms',
  'ORT min ms',
  'ORT median ms',
  'ORT p95 ms',
  'ORT 1-thread median ms',
  'tfjs-wasm min ms',
  'tfjs-wasm median ms',
  'tfjs-wasm p95 ms',
  'tfjs/ORT (median / min)',
];
await rm(cacheDir, { recursive: true, force: true });
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
const simd = (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) ? 'SIMD' : 'no SIMD';
console.log(
  `\nORT ${ort.env.versions.common}, intraOpNumThreads=2; tfjs-wasm ${tf.version_core} (${simd}, ${getThreadsCount()} thread); ${RUNS} runs after ${WARMUP} warm-up, on ${PARITY_PHOTO} crops.`,
);
console.log(
  `load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
