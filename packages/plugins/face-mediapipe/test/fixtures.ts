import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RgbImage } from '@idphoto/sdk';
import sharp from 'sharp';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Repository root (this file is packages/plugins/face-mediapipe/test/fixtures.ts). */
export const repoRoot = path.resolve(here, '../../../..');
/** Shared real test photos (never copied into the repository). */
export const fixturesDir = path.resolve(repoRoot, '../shared/fixtures/photos');
export const fixturesPresent = existsSync(path.join(fixturesDir, 'MANIFEST.md'));

/** Absolute path of a fixture photo. */
export function fixturePath(name: string): string {
  return path.join(fixturesDir, name);
}

/**
 * Decodes a fixture the way the capture stage does: EXIF orientation applied, converted to sRGB,
 * alpha flattened onto white, 8-bit RGB.
 */
export async function decodeFixture(name: string): Promise<RgbImage> {
  const { data, info } = await sharp(fixturePath(name), { limitInputPixels: false })
    .rotate()
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`unexpected channel count ${info.channels}`);
  return {
    width: info.width,
    height: info.height,
    channels: 3,
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
  };
}
