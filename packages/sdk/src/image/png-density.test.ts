import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { withPngDensity } from './png-density.js';

describe('withPngDensity', () => {
  it('adds a pHYs chunk that decoders read back as the dpi', async () => {
    const raw = Buffer.alloc(20 * 10 * 3, 200);
    const png = new Uint8Array(
      await sharp(raw, { raw: { width: 20, height: 10, channels: 3 } })
        .png()
        .toBuffer(),
    );
    const out = withPngDensity(png, 300);
    const meta = await sharp(out).metadata();
    expect(meta.density).toBe(300);
    const again = withPngDensity(out, 600);
    expect(again.length).toBe(out.length);
    expect((await sharp(again).metadata()).density).toBe(600);
    const { data } = await sharp(again).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBe(200);
  });
});
