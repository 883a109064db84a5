import { readJpegInfo } from '@idphoto/sdk';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { withJfifDensity } from './jfif-density.js';

async function plainJpeg(): Promise<Uint8Array> {
  const raw = Buffer.alloc(32 * 24 * 3, 128);
  return new Uint8Array(
    await sharp(raw, { raw: { width: 32, height: 24, channels: 3 } })
      .jpeg()
      .toBuffer(),
  );
}

describe('withJfifDensity', () => {
  it('inserts a JFIF header with the density in dpi (libvips writes none)', async () => {
    const plain = await plainJpeg();
    expect(readJpegInfo(plain)!.dpi).toBeNull();
    const out = withJfifDensity(plain, 300);
    expect(out.length).toBe(plain.length + 18);
    expect(readJpegInfo(out)!.dpi).toBe(300);
    const meta = await sharp(out).metadata();
    expect(meta.density).toBe(300);
    expect(meta.width).toBe(32);
  });

  it('replaces an existing JFIF header instead of adding a second one', async () => {
    const once = withJfifDensity(await plainJpeg(), 72);
    const twice = withJfifDensity(once, 350);
    expect(twice.length).toBe(once.length);
    expect(readJpegInfo(twice)!.dpi).toBe(350);
  });

  it('refuses bytes that are not a JPEG', () => {
    expect(() => withJfifDensity(Uint8Array.of(1, 2, 3, 4), 300)).toThrow(TypeError);
  });
});
