import {
  createIdPhoto,
  type IdPhotoPlugin,
  isIdPhotoError,
  isIdPhotoPlugin,
  type RgbImage,
} from '@idphoto/sdk';
import { expect, it } from 'vitest';
import { loadSharp } from '../load-sharp.js';

/** Options every stage kit takes. */
export interface StageKitOptions {
  /** Plugins registered beside the one under test (e.g. what it `requires`). */
  readonly companions?: readonly IdPhotoPlugin[];
  /** Timeout of each test in ms (default 120 000; the first model load gets three times as long). */
  readonly timeout?: number;
}

/** The app the kit resolves the stage from: the plugin under test and its companions, through the public API. */
export function kitApp(plugin: IdPhotoPlugin, options: StageKitOptions): ReturnType<typeof createIdPhoto> {
  return createIdPhoto({ plugins: [plugin, ...(options.companions ?? [])] });
}

/** The two tests every kit opens with: a definePlugin() plugin that declares the capability. */
export function manifestTests(plugin: IdPhotoPlugin, capability: string): void {
  it('is a plugin made with definePlugin()', () => {
    expect(isIdPhotoPlugin(plugin)).toBe(true);
  });
  it(`declares the ${capability} capability`, () => {
    expect(plugin.provides).toContain(capability);
  });
}

/** The `code` of what a promise rejects with (`resolved` when it does not, `not an IdPhotoError` for foreign errors). */
export async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return isIdPhotoError(error) ? error.code : 'not an IdPhotoError';
  }
}

/** Decodes photo bytes to upright sRGB 8-bit RGB with sharp (the kits' own reference decoder). */
export async function decodeRgb(bytes: Uint8Array): Promise<RgbImage> {
  const sharp = await loadSharp();
  const { data, info } = await sharp(bytes)
    .rotate()
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: 3, data: new Uint8Array(data) };
}

/** The image mirrored left to right. */
export function mirror(image: RgbImage): RgbImage {
  const { width, height, data } = image;
  const out = new Uint8Array(data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 3;
      const to = (y * width + (width - 1 - x)) * 3;
      out[to] = data[from]!;
      out[to + 1] = data[from + 1]!;
      out[to + 2] = data[from + 2]!;
    }
  }
  return { width, height, channels: 3, data: out };
}

/** The image scaled by `factor` (Lanczos) with sharp. */
export async function scaled(image: RgbImage, factor: number): Promise<RgbImage> {
  const sharp = await loadSharp();
  const width = Math.max(1, Math.round(image.width * factor));
  const height = Math.max(1, Math.round(image.height * factor));
  const { data } = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(width, height, { fit: 'fill', kernel: 'lanczos3' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width, height, channels: 3, data: new Uint8Array(data) };
}

/** A uniform image of one grey level. */
export function uniform(width: number, height: number, level: number): RgbImage {
  return { width, height, channels: 3, data: new Uint8Array(width * height * 3).fill(level) };
}
