import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRgbImage, type RgbImage } from '@idphoto/sdk';
import sharp, { type JpegOptions, type Sharp } from 'sharp';

/** The repository root (…/packages/plugins/validator-standard/test → four levels up). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** Shared test photos (outside the repository; see MANIFEST.md there). */
export const FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures/photos');

/** Reads a fixture photo's bytes; throws (so the test fails, never passes silently) when missing. */
export async function fixtureBytes(name: string): Promise<Uint8Array> {
  const file = path.join(FIXTURES, name);
  if (!existsSync(file)) {
    throw new Error(
      `Test fixtures are missing: ${file} not found (expected the shared fixtures next to the repository).`,
    );
  }
  return new Uint8Array(await readFile(file));
}

/** Decodes bytes to upright sRGB 8-bit RGB (EXIF orientation applied, alpha flattened on white). */
export async function decode(bytes: Uint8Array): Promise<RgbImage> {
  const { data, info } = await sharp(bytes)
    .rotate()
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return createRgbImage(info.width, info.height, new Uint8Array(data.buffer, data.byteOffset, data.length));
}

/** A sharp pipeline over raw RGB pixels. */
export function fromRgb(image: RgbImage): Sharp {
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } });
}

/** Encodes RGB pixels as JPEG (sharp/libjpeg-turbo), optionally with a DPI (written to EXIF by sharp). */
export async function encodeJpeg(
  image: RgbImage,
  options: JpegOptions & { readonly dpi?: number } = {},
): Promise<Uint8Array> {
  const { dpi, ...jpeg } = options;
  let pipeline = fromRgb(image).jpeg(jpeg);
  if (dpi) pipeline = pipeline.withMetadata({ density: dpi });
  return new Uint8Array(await pipeline.toBuffer());
}

/** Gaussian blur of RGB pixels (σ in pixels). */
export async function blurred(image: RgbImage, sigma: number): Promise<RgbImage> {
  return decode(new Uint8Array(await fromRgb(image).blur(sigma).png().toBuffer()));
}

/** Shrinks to 1/`factor` and enlarges back to the same size (what enlarging a small photo does). */
export async function upscaledFromSmall(image: RgbImage, factor: number): Promise<RgbImage> {
  const small = await fromRgb(image)
    .resize(Math.round(image.width / factor), Math.round(image.height / factor), { fit: 'fill' })
    .png()
    .toBuffer();
  return decode(
    new Uint8Array(await sharp(small).resize(image.width, image.height, { fit: 'fill' }).png().toBuffer()),
  );
}
