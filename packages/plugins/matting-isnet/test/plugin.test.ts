import { createIdPhoto, isIdPhotoError, MATTING, type MattingInput } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { ISNET_MATTING_PLUGIN, isnetMatting } from '../src/index.js';

const image = { width: 8, height: 6, channels: 3 as const, data: new Uint8Array(8 * 6 * 3) };

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (error: unknown) => (isIdPhotoError(error) ? error.code : 'not an IdPhotoError'),
  );
}

describe('isnetMatting plugin', () => {
  it('declares the matting capability and the AGPL-3.0 weights', () => {
    const plugin = isnetMatting();
    expect(plugin.name).toBe(ISNET_MATTING_PLUGIN);
    expect(plugin.provides).toEqual(['matting']);
    expect(plugin.license).toBe('AGPL-3.0-only');
    expect(plugin.components.map((c) => c.license)).toEqual(['AGPL-3.0-only', 'MIT']);
    expect(plugin.components[0]!.source).toContain('@imgly/background-removal-data');
    const app = createIdPhoto({ plugins: [plugin] });
    expect(app.plugins[0]!.license).toBe('AGPL-3.0-only');
    expect(app.resolver.resolve(MATTING).id).toBe('isnet');
  });

  it('fills defaults and rejects bad options', () => {
    expect(isnetMatting().options).toMatchObject({
      inferenceSize: 768,
      fastInferenceSize: 384,
      refine: true,
    });
    for (const bad of [{ inferenceSize: 100 }, { refineEpsilon: 0 }, { threads: 0 }, { speed: 'max' }]) {
      expect(() => isnetMatting(bad as never)).toThrow(
        expect.objectContaining({ code: 'SDK_PLUGIN_INVALID_OPTIONS' }),
      );
    }
  });

  it('rejects bad input with typed codes before loading any model', async () => {
    const matting = createIdPhoto({
      plugins: [isnetMatting({ cacheDir: '/nonexistent/never-created' })],
    }).resolver.resolve(MATTING);
    const matte = (input: Partial<MattingInput>): Promise<unknown> => matting.matte({ image, ...input });
    expect(await codeOf(matte({ region: { x: 20, y: 0, width: 5, height: 5 } }))).toBe(
      'MATTING_INVALID_REGION',
    );
    expect(await codeOf(matte({ region: { x: 0, y: 0, width: Number.NaN, height: 5 } }))).toBe(
      'MATTING_INVALID_REGION',
    );
    expect(await codeOf(matte({ scale: 0 }))).toBe('SDK_INVALID_INPUT');
    expect(await codeOf(matte({ scale: 1.5 }))).toBe('SDK_INVALID_INPUT');
    expect(await codeOf(matte({ image: { ...image, data: new Uint8Array(10) } }))).toBe('SDK_INVALID_INPUT');
    expect(await codeOf(matte({ signal: AbortSignal.abort() }))).toBe('SDK_ABORTED');
  });
});
