import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root (packages/tfjs-onnx/test/helpers → ../../../..). */
export const repoRoot = path.resolve(here, '../../../..');
/** The shared real-photo fixtures folder, beside the repository. */
export const photosDir = path.resolve(repoRoot, '../shared/fixtures/photos');

/** Path of a fixture photo; throws with a clear message when the shared fixtures are missing. */
export function fixturePhoto(name: string): string {
  const file = path.join(photosDir, name);
  if (!existsSync(file)) {
    throw new Error(
      `Fixture photo missing: ${file}. The shared fixtures (../shared/fixtures/photos) are required.`,
    );
  }
  return file;
}

/** A region of a photo in source pixels. */
export interface Region {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Crops `region` from a photo, resizes it to `size`×`size` (stretching, as the models expect)
 * and returns NHWC float RGB (or grey) scaled to `[lo, hi]`.
 */
export async function photoInput(
  file: string,
  region: Region,
  size: number,
  range: readonly [number, number],
  channels: 1 | 3 = 3,
): Promise<Float32Array> {
  const { default: sharp } = await import('sharp');
  const resized = sharp(file).extract(region).resize(size, size, { fit: 'fill' }).removeAlpha();
  const { data, info } = await (channels === 1 ? resized.toColourspace('b-w') : resized)
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== channels || info.width !== size || info.height !== size)
    throw new Error('unexpected decode');
  const [lo, hi] = range;
  return Float32Array.from(data, (v) => lo + (v / 255) * (hi - lo));
}

/** Deterministic uniform random values in `[lo, hi)` (mulberry32), so parity runs are reproducible. */
export function seededUniform(count: number, seed: number, lo: number, hi: number): Float32Array {
  let state = seed >>> 0;
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = lo + (((t ^ (t >>> 14)) >>> 0) / 4294967296) * (hi - lo);
  }
  return out;
}
