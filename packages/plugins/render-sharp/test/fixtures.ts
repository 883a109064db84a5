import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RgbImage } from '@idphoto/sdk';
import sharp from 'sharp';

/** The repository root (this file is packages/plugins/render-sharp/test/fixtures.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Shared developer test photos (see MANIFEST.md there). */
export const fixturesDir = path.resolve(repoRoot, '../shared/fixtures/photos');

/** Path of a fixture photo; throws (the test fails) with a clear message when fixtures are missing. */
export function fixturePath(name: string): string {
  const file = path.join(fixturesDir, name);
  if (!existsSync(file))
    throw new Error(
      `Test fixture missing: ${file} — the shared fixture photos (${fixturesDir}) are not available.`,
    );
  return file;
}

/** Bytes of a fixture photo. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(name)));
}

/** Decodes a fixture to 8-bit RGB with sharp (EXIF orientation applied), for pixel-level unit tests. */
export async function fixtureRgb(name: string): Promise<RgbImage> {
  const { data, info } = await sharp(fixturePath(name))
    .rotate()
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: 3, data: new Uint8Array(data) };
}

/** Decodes a single-channel fixture (an alpha matte). */
export async function fixtureGray(
  name: string,
): Promise<{ width: number; height: number; data: Uint8Array }> {
  const { data, info } = await sharp(fixturePath(name))
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}
