import { captureErrors, isIdPhotoError } from '@idphoto/sdk';
import sharp from 'sharp';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photo, scramble } from '../test/fixtures.js';
import {
  blackBitmapPng,
  bmpFile,
  headerOnlyBombPng,
  jpegHeaderDeclaring,
  mp4File,
  text,
} from '../test/synthetic.js';
import { createCaptureStage } from './capture-stage.js';
import { type SharpCaptureOptionsInput, SharpCaptureOptionsSchema } from './options.js';

const codes = captureErrors.codes;
const stageWith = (options?: SharpCaptureOptionsInput) =>
  createCaptureStage(v.parse(SharpCaptureOptionsSchema, options));
const stage = stageWith();

/** Loads and returns the thrown error's code (fails the test when nothing is thrown). */
async function codeOf(bytes: Uint8Array, options?: SharpCaptureOptionsInput): Promise<string> {
  try {
    await (options ? stageWith(options) : stage).load({ bytes });
  } catch (error) {
    if (!isIdPhotoError(error)) throw error;
    return error.code;
  }
  throw new Error('expected the capture to be refused');
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

const jpeg = photo('a01_obama_enrol_flags.jpg');
const png = photo('rgba_opaque_obama.png');

describe('CAPTURE_EMPTY_INPUT', () => {
  it('refuses zero bytes', async () => {
    expect(await codeOf(new Uint8Array(0))).toBe(codes.CAPTURE_EMPTY_INPUT);
  });
});

describe('CAPTURE_TOO_LARGE', () => {
  it('refuses more than the default 25 MiB without reading it', async () => {
    const big = new Uint8Array(25 * 1024 * 1024 + 1);
    big.set(jpeg.subarray(0, 4096));
    expect(await codeOf(big)).toBe(codes.CAPTURE_TOO_LARGE);
  });

  it('honours maxBytes and reports the limit', async () => {
    const error = await stageWith({ maxBytes: 100_000 })
      .load({ bytes: jpeg })
      .catch((e: unknown) => e);
    expect(isIdPhotoError(error, codes.CAPTURE_TOO_LARGE)).toBe(true);
    expect(isIdPhotoError(error) && error.details).toEqual({ limitBytes: 100_000, bytes: jpeg.length });
  });
});

describe('CAPTURE_NOT_AN_IMAGE', () => {
  it.each([
    ['PDF (named .jpg by the user)', text('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n')],
    ['ZIP', new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6])],
    ['text', text('张三 110101199003071234 — not a photo\n')],
    ['HTML', text('<!doctype html><html><head><title>x</title></head></html>')],
    ['MP4', mp4File()],
    ['random bytes', scramble(new Uint8Array(4096), 0)],
  ])('refuses %s', async (_name, bytes) => {
    expect(await codeOf(bytes)).toBe(codes.CAPTURE_NOT_AN_IMAGE);
  });
});

describe('CAPTURE_UNSUPPORTED_FORMAT', () => {
  it.each([
    ['BMP (libvips in sharp has no BMP loader)', bmpFile(200, 200)],
    [
      'SVG (vector drawings are not photos; never rasterised)',
      text('<svg xmlns="http://www.w3.org/2000/svg" width="900" height="900"/>'),
    ],
    ['JPEG XL', new Uint8Array([0xff, 0x0a, 0xfa, 0x1f, 0, 0, 0, 0])],
    ['Photoshop PSD', text('8BPS\u0000\u0001\u0000\u0000\u0000\u0000\u0000\u0000')],
  ])('refuses %s', async (_name, bytes) => {
    expect(await codeOf(bytes)).toBe(codes.CAPTURE_UNSUPPORTED_FORMAT);
  });
});

describe('CAPTURE_TRUNCATED', () => {
  it.each([
    ['JPEG cut in half', jpeg.subarray(0, jpeg.length >> 1)],
    ['JPEG cut before the end marker', jpeg.subarray(0, jpeg.length - 2)],
    ['JPEG cut inside its headers', jpeg.subarray(0, 300)],
    ['PNG cut in half', png.subarray(0, png.length >> 1)],
    ['PNG missing only IEND', png.subarray(0, png.length - 12)],
    ['WebP cut in half', photo('hv_webp_named_jpg_long_hair_outdoor.jpg').subarray(0, 29_000)],
  ])('refuses a %s', async (_name, bytes) => {
    expect(await codeOf(bytes)).toBe(codes.CAPTURE_TRUNCATED);
  });
});

describe('CAPTURE_CORRUPT', () => {
  it.each([
    ['JPEG scrambled after its headers (in the scan data)', scramble(jpeg, jpeg.length >> 1)],
    ['JPEG scrambled inside its headers', scramble(jpeg, 2000)],
    ['PNG scrambled after IHDR', scramble(png, 2000)],
    ['PNG scrambled in the image data', scramble(png, png.length >> 1)],
  ])('refuses a %s', async (_name, bytes) => {
    expect(await codeOf(bytes)).toBe(codes.CAPTURE_CORRUPT);
  });

  it('refuses a PNG whose image data fails its checksum (one flipped byte)', async () => {
    const damaged = new Uint8Array(png);
    damaged[png.length >> 1] = damaged[png.length >> 1]! ^ 0xff;
    expect(await codeOf(damaged)).toBe(codes.CAPTURE_CORRUPT);
  });
});

describe('CAPTURE_TOO_MANY_PIXELS', () => {
  it('refuses a real 20000×20000 PNG from its header, using little memory', async () => {
    const bomb = blackBitmapPng(20_000, 20_000);
    expect(bomb.length).toBeLessThan(200_000);
    const before = process.memoryUsage().rss;
    const error = await stage.load({ bytes: bomb }).catch((e: unknown) => e);
    expect(isIdPhotoError(error, codes.CAPTURE_TOO_MANY_PIXELS)).toBe(true);
    expect(isIdPhotoError(error) && error.details).toEqual({
      width: 20_000,
      height: 20_000,
      limitPixels: 50_000_000,
    });
    // Decoding would need 1.2 GB for RGB output alone.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses before decoding: a bomb header over garbage data is TOO_MANY_PIXELS, not CORRUPT', async () => {
    expect(await codeOf(headerOnlyBombPng(100_000, 100_000))).toBe(codes.CAPTURE_TOO_MANY_PIXELS);
    expect(await codeOf(jpegHeaderDeclaring(60_000, 60_000))).toBe(codes.CAPTURE_TOO_MANY_PIXELS);
  });

  it('honours maxPixels', async () => {
    expect(await codeOf(jpeg, { maxPixels: 1_000_000 })).toBe(codes.CAPTURE_TOO_MANY_PIXELS);
    await expect(stageWith({ maxPixels: 1_100_000 }).load({ bytes: jpeg })).resolves.toBeDefined();
  });
});

describe('CAPTURE_TOO_SMALL', () => {
  const flat = (width: number, height: number): Promise<Buffer> =>
    sharp({ create: { width, height, channels: 3, background: '#808080' } })
      .png()
      .toBuffer();

  it('refuses a thumbnail below 64 px on either side', async () => {
    expect(await codeOf(await flat(32, 32))).toBe(codes.CAPTURE_TOO_SMALL);
    expect(await codeOf(await flat(640, 63))).toBe(codes.CAPTURE_TOO_SMALL);
  });

  it('accepts exactly 64 px and the 128×128 Hopper fixtures', async () => {
    await expect(stage.load({ bytes: await flat(64, 64) })).resolves.toBeDefined();
    await expect(stage.load({ bytes: photo('gray_hopper_glasses.jpg') })).resolves.toBeDefined();
    await expect(stage.load({ bytes: photo('exif6_hopper_glasses.jpg') })).resolves.toBeDefined();
  });

  it('honours minSide', async () => {
    expect(await codeOf(photo('gray_hopper_glasses.jpg'), { minSide: 200 })).toBe(codes.CAPTURE_TOO_SMALL);
  });
});

describe('refusals are safe', () => {
  const bad: readonly Uint8Array[] = [
    new Uint8Array(0),
    text('王小丽 13800138000 110101199003071234'),
    jpeg.subarray(0, 5000),
    scramble(jpeg, 2000),
    headerOnlyBombPng(100_000, 100_000),
    bmpFile(100, 100),
  ];

  it('never echo input bytes, and keep the declared messages', async () => {
    for (const bytes of bad) {
      const error = await stage.load({ bytes }).catch((e: unknown) => e);
      expect(isIdPhotoError(error)).toBe(true);
      if (!isIdPhotoError(error)) continue;
      const json = JSON.stringify(error.toJSON());
      expect(json).not.toContain('王');
      expect(json).not.toContain('1380013');
      expect(json).not.toContain('110101');
      const declared = captureErrors.definitions[error.code as keyof typeof captureErrors.definitions];
      expect(error.message).toBe(declared.message);
      expect(error.status).toBe(declared.status);
    }
  });

  it('keep the process alive under many concurrent bad uploads (every promise settles as a rejection)', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => bad.map((bytes) => stage.load({ bytes }))).flat(),
    );
    expect(results.every((result) => result.status === 'rejected' && isIdPhotoError(result.reason))).toBe(
      true,
    );
    // A good upload still works afterwards.
    await expect(stage.load({ bytes: jpeg })).resolves.toBeDefined();
  });

  it('stop with SDK_ABORTED when the signal has fired', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await stage.load({ bytes: jpeg, signal: controller.signal }).catch((e: unknown) => e);
    expect(isIdPhotoError(error, 'SDK_ABORTED')).toBe(true);
  });
});
