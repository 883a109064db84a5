import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { isIdPhotoError } from '@idphoto/sdk';
import * as ort from 'onnxruntime-node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { humanModelPath } from './human-model-path.js';
import { loadOrConvert } from './load-or-convert.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'tfjs-onnx-cache-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Copies a human model (JSON + shards) into a scratch folder so tests can modify it. */
async function copyModel(name: string): Promise<string> {
  const source = humanModelPath(name);
  const dir = path.join(root, 'model');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const json = JSON.parse(await readFile(source, 'utf8')) as { weightsManifest: { paths: string[] }[] };
  await copyFile(source, path.join(dir, `${name}.json`));
  for (const shard of json.weightsManifest.flatMap((g) => g.paths)) {
    await copyFile(path.join(path.dirname(source), shard), path.join(dir, shard));
  }
  return path.join(dir, `${name}.json`);
}

describe('loadOrConvert', () => {
  it('converts on first use, then reuses the cached file', async () => {
    const cacheDir = path.join(root, 'cache');
    const first = await loadOrConvert({ modelJsonPath: humanModelPath('liveness'), cacheDir });
    expect(first.converted).toBe(true);
    expect(first.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(first.path).toBe(path.join(cacheDir, 'onnx', `liveness-${first.hash}.onnx`));
    const second = await loadOrConvert({ modelJsonPath: humanModelPath('liveness'), cacheDir });
    expect(second).toEqual({ path: first.path, hash: first.hash, converted: false });
    const session = await ort.InferenceSession.create(first.path);
    expect(session.outputNames).toEqual(['activation_6']);
    // No temporary files are left behind.
    expect(await readdir(path.join(cacheDir, 'onnx'))).toEqual([path.basename(first.path)]);
  });

  it('keys the cache on input shapes, weights and model JSON', async () => {
    const cacheDir = path.join(root, 'cache');
    const modelJsonPath = await copyModel('liveness');
    const base = await loadOrConvert({ modelJsonPath, cacheDir });
    const shaped = await loadOrConvert({
      modelJsonPath,
      cacheDir,
      inputShapes: { conv2d_1_input: [1, 32, 32, 3] },
    });
    expect(shaped.hash).not.toBe(base.hash);
    expect(shaped.converted).toBe(true);

    const bin = path.join(path.dirname(modelJsonPath), 'liveness.bin');
    const bytes = await readFile(bin);
    bytes[100] = (bytes[100] ?? 0) ^ 0xff;
    await writeFile(bin, bytes);
    const reweighted = await loadOrConvert({ modelJsonPath, cacheDir });
    expect(reweighted.hash).not.toBe(base.hash);

    const json = JSON.parse(await readFile(modelJsonPath, 'utf8')) as Record<string, unknown>;
    await writeFile(modelJsonPath, JSON.stringify({ ...json, convertedBy: 'someone else' }));
    const rejsoned = await loadOrConvert({ modelJsonPath, cacheDir });
    expect(new Set([base.hash, reweighted.hash, rejsoned.hash]).size).toBe(3);
  });

  it('removes temporary files left by a crashed writer once they are an hour old', async () => {
    const cacheDir = path.join(root, 'cache');
    const dir = path.join(cacheDir, 'onnx');
    await mkdir(dir, { recursive: true });
    const stale = path.join(dir, 'liveness-0000000000000000.onnx.1.dead.tmp');
    const fresh = path.join(dir, 'liveness-0000000000000000.onnx.2.live.tmp');
    await writeFile(stale, 'partial');
    await writeFile(fresh, 'partial');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(stale, twoHoursAgo, twoHoursAgo);
    const result = await loadOrConvert({ modelJsonPath: humanModelPath('liveness'), cacheDir });
    expect((await readdir(dir)).sort()).toEqual([path.basename(result.path), path.basename(fresh)].sort());
  });

  it('shares one conversion between concurrent calls', async () => {
    const cacheDir = path.join(root, 'cache');
    const results = await Promise.all(
      Array.from({ length: 3 }, () => loadOrConvert({ modelJsonPath: humanModelPath('liveness'), cacheDir })),
    );
    expect(new Set(results.map((r) => r.path)).size).toBe(1);
    expect(await readdir(path.join(cacheDir, 'onnx'))).toHaveLength(1);
  });

  it('defaults to $IDPHOTO_CACHE_DIR', async () => {
    const previous = process.env.IDPHOTO_CACHE_DIR;
    process.env.IDPHOTO_CACHE_DIR = path.join(root, 'env-cache');
    try {
      const result = await loadOrConvert({ modelJsonPath: humanModelPath('liveness') });
      expect(result.path.startsWith(path.join(root, 'env-cache', 'onnx'))).toBe(true);
    } finally {
      if (previous === undefined) delete process.env.IDPHOTO_CACHE_DIR;
      else process.env.IDPHOTO_CACHE_DIR = previous;
    }
  });

  it('fails with TFJS_ONNX_MODEL_NOT_FOUND for a missing model or shard', async () => {
    const missing = loadOrConvert({ modelJsonPath: path.join(root, 'nope.json'), cacheDir: root });
    await expect(missing).rejects.toSatisfy((e: unknown) => isIdPhotoError(e, 'TFJS_ONNX_MODEL_NOT_FOUND'));
    const modelJsonPath = await copyModel('liveness');
    await rm(path.join(path.dirname(modelJsonPath), 'liveness.bin'));
    const noShard = loadOrConvert({ modelJsonPath, cacheDir: root });
    await expect(noShard).rejects.toSatisfy((e: unknown) => isIdPhotoError(e, 'TFJS_ONNX_MODEL_NOT_FOUND'));
  });

  it('fails with TFJS_ONNX_CACHE_WRITE_FAILED when the cache directory is not writable', async () => {
    const blocker = path.join(root, 'file-not-dir');
    await writeFile(blocker, 'x');
    const result = loadOrConvert({ modelJsonPath: humanModelPath('liveness'), cacheDir: blocker });
    await expect(result).rejects.toSatisfy((e: unknown) => isIdPhotoError(e, 'TFJS_ONNX_CACHE_WRITE_FAILED'));
  });
});
