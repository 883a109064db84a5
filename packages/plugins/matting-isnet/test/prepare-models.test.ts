import { copyFile, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { isIdPhotoError, mattingErrors } from '@idphoto/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256 } from '../src/model/assemble-model.js';
import { MODEL_RESOURCE, weightsDistDir } from '../src/model/model-resources.js';
import { DYNAMIC_MODEL_SHA256, prepareModels, SOURCE_MODEL_SHA256 } from '../src/model/prepare-models.js';

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'idphoto-isnet-'));
  temps.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A copy of the weights package's dist (chunks symlinked) where one chunk is replaced. */
async function weightsWith(change: (chunk: string) => Promise<void>): Promise<string> {
  const source = weightsDistDir();
  const dir = await tempDir();
  const resources = JSON.parse(await readFile(path.join(source, 'resources.json'), 'utf8')) as Record<
    string,
    { chunks: { hash: string }[] }
  >;
  await copyFile(path.join(source, 'resources.json'), path.join(dir, 'resources.json'));
  const chunks = resources[MODEL_RESOURCE]!.chunks.map((c) => c.hash);
  await Promise.all(chunks.slice(1).map((hash) => symlink(path.join(source, hash), path.join(dir, hash))));
  await change(path.join(dir, chunks[0]!));
  return dir;
}

async function expectUnavailable(promise: Promise<unknown>, reason: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isIdPhotoError(error, mattingErrors.codes.MATTING_MODEL_UNAVAILABLE)).toBe(true);
  expect(isIdPhotoError(error) && error.details.reason).toBe(reason);
}

describe('prepareModels', () => {
  it('assembles, verifies and caches both models by content hash, atomically', async () => {
    const cacheDir = await tempDir();
    const models = await prepareModels({ cacheDir });
    expect(path.basename(models.sourceModel)).toBe(`isnet-medium-${SOURCE_MODEL_SHA256}.onnx`);
    expect(path.basename(models.model)).toBe(`isnet-medium-dynamic-${DYNAMIC_MODEL_SHA256}.onnx`);
    expect(sha256(await readFile(models.sourceModel))).toBe(SOURCE_MODEL_SHA256);
    expect(sha256(await readFile(models.model))).toBe(DYNAMIC_MODEL_SHA256);
    // No temporary files left behind.
    expect((await readdir(path.join(cacheDir, 'matting-isnet'))).sort()).toEqual(
      [path.basename(models.model), path.basename(models.sourceModel)].sort(),
    );
    // A warm cache is reused as is.
    const before = (await stat(models.model)).mtimeMs;
    expect(await prepareModels({ cacheDir })).toEqual(models);
    expect((await stat(models.model)).mtimeMs).toBe(before);
  });

  it('rebuilds a cached model of the wrong size, and survives concurrent preparation', async () => {
    const cacheDir = await tempDir();
    const first = await prepareModels({ cacheDir });
    await writeFile(first.model, new Uint8Array(10));
    const again = await Promise.all([prepareModels({ cacheDir }), prepareModels({ cacheDir })]);
    expect(again[0]).toEqual(first);
    expect(sha256(await readFile(first.model))).toBe(DYNAMIC_MODEL_SHA256);
  });

  it('refuses a chunk whose bytes do not match its listed hash', async () => {
    const weightsDir = await weightsWith(async (chunk) => {
      const bytes = await readFile(path.join(weightsDistDir(), path.basename(chunk)));
      bytes[1234] = bytes[1234]! ^ 0xff;
      await writeFile(chunk, bytes);
    });
    await expectUnavailable(prepareModels({ cacheDir: await tempDir(), weightsDir }), 'chunk hash mismatch');
  });

  it('refuses a chunk of the wrong size, and a missing chunk', async () => {
    const short = await weightsWith(async (chunk) => {
      const bytes = await readFile(path.join(weightsDistDir(), path.basename(chunk)));
      await writeFile(chunk, bytes.subarray(0, bytes.length - 1));
    });
    await expectUnavailable(
      prepareModels({ cacheDir: await tempDir(), weightsDir: short }),
      'chunk size mismatch',
    );
    const missing = await weightsWith(async () => undefined);
    await expectUnavailable(
      prepareModels({ cacheDir: await tempDir(), weightsDir: missing }),
      'chunk file missing',
    );
  });

  it('reports a weights directory without resources.json', async () => {
    await expectUnavailable(
      prepareModels({ cacheDir: await tempDir(), weightsDir: await tempDir() }),
      'weights package unreadable',
    );
  });
});
