import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareModels } from '../src/index.js';

describe('prepareModels', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('converts the four models once, then finds them in the cache', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'face-mediapipe-models-'));
    dirs.push(cacheDir);
    const first = await prepareModels({ cacheDir });
    expect(first.map((m) => m.name)).toEqual(['blazeface', 'facemesh', 'iris', 'faceres']);
    for (const model of first) {
      expect(model.converted).toBe(true);
      expect(model.path.startsWith(cacheDir)).toBe(true);
      expect(existsSync(model.path)).toBe(true);
    }
    const second = await prepareModels({ cacheDir });
    expect(second.every((m) => !m.converted)).toBe(true);
    expect(second.map((m) => m.hash)).toEqual(first.map((m) => m.hash));
  }, 120_000);
});
