import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is packages/plugins/capture-sharp/test/fixtures.ts). */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
/** The shared developer photos described by MANIFEST.md. */
export const photosDir = path.resolve(repoRoot, '../shared/fixtures/photos');
/** Images generated for this package (public-domain sources only), committed beside the tests. */
export const localFixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Reads a shared photo; fails loudly (never skips silently) when the shared fixtures are missing. */
export function photo(name: string): Uint8Array {
  const file = path.join(photosDir, name);
  if (!existsSync(photosDir)) {
    throw new Error(`Shared test photos are missing: expected ${photosDir} (see MANIFEST.md). Cannot run.`);
  }
  return new Uint8Array(readFileSync(file));
}

/** Every image file named in the shared photo folder (top level and matting/). */
export function allPhotoNames(): string[] {
  if (!existsSync(photosDir)) {
    throw new Error(`Shared test photos are missing: expected ${photosDir} (see MANIFEST.md). Cannot run.`);
  }
  const top = readdirSync(photosDir).filter((name) => /\.(jpe?g|png)$/i.test(name));
  const matting = readdirSync(path.join(photosDir, 'matting'))
    .filter((name) => /\.(jpe?g|png)$/i.test(name))
    .map((name) => `matting/${name}`);
  return [...top, ...matting].sort();
}

/** Reads an image generated for this package. */
export function localFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(localFixturesDir, name)));
}

/** RGB value at (x, y) of an interleaved RGB image. */
export function rgbAt(
  image: { width: number; data: Uint8Array },
  x: number,
  y: number,
): [number, number, number] {
  const i = (y * image.width + x) * 3;
  return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
}

/** Mean absolute difference per channel value between two equally sized byte arrays. */
export function meanAbsDiff(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) throw new Error(`Length mismatch ${a.length} vs ${b.length}`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

/** Deterministic pseudo-random bytes (LCG) for scrambling data in corruption tests. */
export function scramble(bytes: Uint8Array, from: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(bytes);
  let state = seed;
  for (let i = from; i < out.length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    out[i] = state >>> 16;
  }
  return out;
}

/**
 * Applies an EXIF orientation to interleaved RGB in plain JavaScript (independent of sharp), from the
 * EXIF definition of where row 0 and column 0 of the stored image go.
 */
export function orientRgb(
  stored: { width: number; height: number; data: Uint8Array },
  orientation: number,
): { width: number; height: number; data: Uint8Array } {
  const { width: sw, height: sh, data } = stored;
  const swap = orientation >= 5;
  const width = swap ? sh : sw;
  const height = swap ? sw : sh;
  const out = new Uint8Array(width * height * 3);
  const source = (x: number, y: number): [number, number] => {
    switch (orientation) {
      case 2:
        return [sw - 1 - x, y];
      case 3:
        return [sw - 1 - x, sh - 1 - y];
      case 4:
        return [x, sh - 1 - y];
      case 5:
        return [y, x];
      case 6:
        return [y, sh - 1 - x];
      case 7:
        return [sw - 1 - y, sh - 1 - x];
      case 8:
        return [sw - 1 - y, x];
      default:
        return [x, y];
    }
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [sx, sy] = source(x, y);
      const s = (sy * sw + sx) * 3;
      const d = (y * width + x) * 3;
      out[d] = data[s]!;
      out[d + 1] = data[s + 1]!;
      out[d + 2] = data[s + 2]!;
    }
  }
  return { width, height, data: out };
}
