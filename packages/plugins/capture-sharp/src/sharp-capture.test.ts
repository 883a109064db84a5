import { CAPTURE, createIdPhoto, isIdPhotoError, isIdPhotoPlugin } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { photo } from '../test/fixtures.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS, DEFAULT_MIN_SIDE } from './options.js';
import { SHARP_CAPTURE_PLUGIN, sharpCapture } from './sharp-capture.js';

describe('sharpCapture()', () => {
  it('is a plugin providing the capture stage, with defaults filled in', () => {
    const plugin = sharpCapture();
    expect(isIdPhotoPlugin(plugin)).toBe(true);
    expect(plugin.name).toBe(SHARP_CAPTURE_PLUGIN);
    expect(plugin.provides).toEqual(['capture']);
    expect(plugin.options).toEqual({
      maxBytes: DEFAULT_MAX_BYTES,
      maxPixels: DEFAULT_MAX_PIXELS,
      minSide: DEFAULT_MIN_SIDE,
      heic: true,
    });
    expect(DEFAULT_MAX_BYTES).toBe(25 * 1024 * 1024);
    expect(DEFAULT_MAX_PIXELS).toBe(50_000_000);
    expect(DEFAULT_MIN_SIDE).toBe(64);
  });

  it('keeps given options and fills the rest', () => {
    expect(sharpCapture({ maxBytes: 1000 }).options).toMatchObject({ maxBytes: 1000, minSide: 64 });
  });

  it.each([
    [{ maxBytes: 0 }],
    [{ maxPixels: 1.5 }],
    [{ minSide: -1 }],
    [{ heic: 'yes' }],
    [{ maxBites: 10 }],
  ])('rejects invalid options %j with SDK_PLUGIN_INVALID_OPTIONS', (options) => {
    const create = (): unknown => (sharpCapture as (input: unknown) => unknown)(options);
    expect(create).toThrow();
    try {
      create();
    } catch (error) {
      expect(isIdPhotoError(error, 'SDK_PLUGIN_INVALID_OPTIONS')).toBe(true);
    }
  });

  it('registers through createIdPhoto and loads a photo via the CAPTURE token', async () => {
    const idphoto = createIdPhoto({ plugins: [sharpCapture()] });
    const capture = idphoto.resolver.resolve(CAPTURE);
    expect(capture.id).toBe('sharp');
    const { source } = await capture.load({ bytes: photo('g02_derived_chsi_candidate_480x640_blue.jpg') });
    expect([source.image.width, source.image.height]).toEqual([480, 640]);
  });
});
