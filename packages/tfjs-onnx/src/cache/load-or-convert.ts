import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { isIdPhotoError } from '@idphoto/sdk';
import { convertTfjsGraph } from '../convert/convert-tfjs-graph.js';
import { tfjsOnnxErrors } from '../errors.js';
import { parseModelJson } from '../tfjs/model-json.js';
import { CONVERTER_VERSION } from '../version.js';

/** Input of {@link loadOrConvert}. */
export interface LoadOrConvertOptions {
  /** Path of the tfjs graph model's `model.json`; its weight shards are read from the same folder. */
  readonly modelJsonPath: string;
  /** Cache root; default `$IDPHOTO_CACHE_DIR` or `~/.cache/idphoto`. Files go to `<cacheDir>/onnx/`. */
  readonly cacheDir?: string;
  /** Passed to the converter (e.g. `{ input_1: [1, 192, 192, 3] }`); part of the cache key. */
  readonly inputShapes?: Readonly<Record<string, readonly number[]>>;
}

/** Result of {@link loadOrConvert}. */
export interface LoadOrConvertResult {
  /** Absolute path of the ONNX file. */
  readonly path: string;
  /** Content hash in the file name (16 hex chars of a SHA-256). */
  readonly hash: string;
  /** True when this call ran the conversion; false when the cached file was reused. */
  readonly converted: boolean;
}

const inFlight = new Map<string, Promise<LoadOrConvertResult>>();

/** The default cache root: `$IDPHOTO_CACHE_DIR`, else `~/.cache/idphoto`. */
export function defaultCacheDir(): string {
  return process.env.IDPHOTO_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'idphoto');
}

/**
 * Returns the ONNX file for a tfjs graph model, converting it on first use. The file is named
 * `<name>-<hash>.onnx`, where the hash covers the model JSON, every weight byte, the converter
 * version and the options, so a changed model or converter never reuses a stale file. Writes go
 * to a temporary name and are renamed into place, so concurrent processes are safe.
 *
 * @example
 * ```ts
 * const { path } = await loadOrConvert({
 *   modelJsonPath: humanModelPath('facemesh'),
 *   inputShapes: { input_1: [1, 192, 192, 3] },
 * });
 * const session = await ort.InferenceSession.create(path);
 * ```
 */
export function loadOrConvert(options: LoadOrConvertOptions): Promise<LoadOrConvertResult> {
  return run(options);
}

async function run(options: LoadOrConvertOptions): Promise<LoadOrConvertResult> {
  const jsonPath = path.resolve(options.modelJsonPath);
  const jsonBytes = await readModelFile(jsonPath);
  const model = parseModelJson(jsonBytes);
  const shardPaths = model.weightsManifest
    .flatMap((g) => g.paths)
    .map((p) => path.resolve(path.dirname(jsonPath), p));
  const shards = await Promise.all(shardPaths.map(readModelFile));

  const hasher = createHash('sha256');
  const feed = (bytes: Uint8Array | string): void => {
    const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    hasher.update(`${data.byteLength}:`);
    hasher.update(data);
  };
  feed(`@idphoto/tfjs-onnx@${CONVERTER_VERSION}`);
  feed(canonicalShapes(options.inputShapes));
  feed(jsonBytes);
  for (const shard of shards) feed(shard);
  const hash = hasher.digest('hex').slice(0, 16);

  const name = path
    .basename(jsonPath)
    .replace(/\.json$/i, '')
    .replace(/[^a-zA-Z0-9_.-]/g, '_');
  const dir = path.join(path.resolve(options.cacheDir ?? defaultCacheDir()), 'onnx');
  const target = path.join(dir, `${name}-${hash}.onnx`);

  const pending = inFlight.get(target);
  if (pending) return pending;
  const work = (async (): Promise<LoadOrConvertResult> => {
    if (await isFile(target)) return { path: target, hash, converted: false };
    const onnx = convertTfjsGraph({
      modelJson: model,
      weights: shards,
      ...(options.inputShapes ? { inputShapes: options.inputShapes } : {}),
    });
    await writeAtomically(dir, target, onnx);
    return { path: target, hash, converted: true };
  })();
  inFlight.set(target, work);
  try {
    return await work;
  } finally {
    inFlight.delete(target);
  }
}

function canonicalShapes(shapes: Readonly<Record<string, readonly number[]>> | undefined): string {
  if (!shapes) return '{}';
  return JSON.stringify(
    Object.keys(shapes)
      .sort()
      .map((key) => [key, shapes[key]]),
  );
}

async function readModelFile(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (cause) {
    throw tfjsOnnxErrors.create('TFJS_ONNX_MODEL_NOT_FOUND', {
      details: { file: path.basename(file) },
      cause,
    });
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    const info = await stat(file);
    return info.isFile() && info.size > 0;
  } catch {
    return false;
  }
}

/** Temp files older than this were left by a process that died mid-write. */
const STALE_TEMP_MS = 60 * 60 * 1000;

async function sweepStaleTemps(dir: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.endsWith('.tmp')) continue;
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => undefined);
    if (info && now - info.mtimeMs > STALE_TEMP_MS) await rm(file, { force: true }).catch(() => undefined);
  }
}

async function writeAtomically(dir: string, target: string, bytes: Uint8Array): Promise<void> {
  const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, bytes);
    await rename(temp, target);
    await sweepStaleTemps(dir);
  } catch (cause) {
    await rm(temp, { force: true }).catch(() => undefined);
    if (isIdPhotoError(cause)) throw cause;
    throw tfjsOnnxErrors.create('TFJS_ONNX_CACHE_WRITE_FAILED', { cause });
  }
}
