import type { SourceImage } from '@idphoto/sdk';
import sharp from 'sharp';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { meanAbsDiff, orientRgb, photo, rgbAt } from '../test/fixtures.js';
import { createCaptureStage } from './capture-stage.js';
import { SharpCaptureOptionsSchema } from './options.js';

const stage = createCaptureStage(v.parse(SharpCaptureOptionsSchema, undefined));
const load = async (bytes: Uint8Array): Promise<SourceImage> => (await stage.load({ bytes })).source;
const INVERSE_ORIENTATION = [0, 1, 2, 3, 4, 5, 8, 7, 6];

/** The public-domain Obama portrait at 120×150 as raw RGB: the upright reference picture. */
async function portrait(): Promise<{ width: number; height: number; data: Uint8Array }> {
  const { data, info } = await sharp(photo('a01_obama_enrol_flags.jpg'))
    .resize(120, 150, { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

const raw = (image: { width: number; height: number; data: Uint8Array }, channels: 1 | 2 | 3 | 4 = 3) =>
  sharp(image.data, { raw: { width: image.width, height: image.height, channels } });

describe('EXIF orientation, all eight values', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('orientation %i comes out upright', async (orientation) => {
    const upright = await portrait();
    // Store the picture so that applying `orientation` shows it upright, the way cameras do.
    const stored = orientRgb(upright, INVERSE_ORIENTATION[orientation]!);
    const jpeg = await raw(stored).jpeg({ quality: 95 }).withMetadata({ orientation }).toBuffer();
    const source = await load(new Uint8Array(jpeg));
    expect(source.original).toMatchObject({ orientation, width: stored.width, height: stored.height });
    expect(source.notes.includes('exif-rotated')).toBe(orientation !== 1);
    expect([source.image.width, source.image.height]).toEqual([120, 150]);
    // Exactly the stored pixels moved as EXIF defines (plain-JS reference, not sharp's rotate)…
    const decodedStored = await sharp(jpeg, { autoOrient: false })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const expected = orientRgb(
      {
        width: decodedStored.info.width,
        height: decodedStored.info.height,
        data: new Uint8Array(decodedStored.data),
      },
      orientation,
    );
    expect(meanAbsDiff(source.image.data, expected.data)).toBe(0);
    // …which is the upright picture (JPEG loss only), and clearly not any other orientation of it.
    expect(meanAbsDiff(source.image.data, upright.data)).toBeLessThan(5);
    for (const other of [2, 3, 4]) {
      expect(meanAbsDiff(source.image.data, orientRgb(upright, other).data)).toBeGreaterThan(15);
    }
  });
});

describe('EXIF orientation in other containers', () => {
  it.each(['png', 'webp'] as const)('applies orientation 6 stored in a %s', async (format) => {
    const upright = await portrait();
    const stored = orientRgb(upright, 8);
    const encoded = raw(stored).withMetadata({ orientation: 6 });
    const bytes = await (format === 'png' ? encoded.png() : encoded.webp({ lossless: true })).toBuffer();
    const source = await load(new Uint8Array(bytes));
    expect(source.original).toMatchObject({ format, orientation: 6, width: 150, height: 120 });
    expect(meanAbsDiff(source.image.data, upright.data)).toBe(0);
  });
});

describe('generated formats', () => {
  it('reduces a 16-bit PNG to 8 bits by value (v / 257), not by truncating bytes', async () => {
    const width = 256;
    const height = 64;
    const samples = new Uint16Array(width * height * 3);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 3;
        samples[i] = x * 257 + 100;
        samples[i + 1] = (255 - x) * 257;
        samples[i + 2] = y * 1000;
      }
    }
    const png = await sharp(samples, { raw: { width, height, channels: 3 } })
      .toColourspace('rgb16')
      .png()
      .toBuffer();
    const source = await load(new Uint8Array(png));
    expect(source.original).toMatchObject({ bitDepth: 16, space: 'rgb16' });
    expect(source.notes).toContain('16-bit-reduced');
    let worst = 0;
    for (let i = 0; i < samples.length; i++)
      worst = Math.max(worst, Math.abs(source.image.data[i]! - samples[i]! / 257));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('converts an embedded Display P3 profile (PNG) to sRGB', async () => {
    const colour = { r: 60, g: 160, b: 70 };
    const p3 = await sharp({ create: { width: 80, height: 80, channels: 3, background: colour } })
      .withIccProfile('p3')
      .png()
      .toBuffer();
    const stored = await sharp(p3, { ignoreIcc: true }).raw().toBuffer();
    expect(Math.abs(stored[0]! - colour.r)).toBeGreaterThan(15);
    const source = await load(new Uint8Array(p3));
    expect(source.original.hadIccProfile).toBe(true);
    expect(source.notes).toContain('icc-converted');
    const [r, g, b] = rgbAt(source.image, 40, 40);
    expect(
      [Math.abs(r - colour.r), Math.abs(g - colour.g), Math.abs(b - colour.b)].every((d) => d <= 2),
    ).toBe(true);
  });

  it('takes the first frame of a two-frame GIF and says so', async () => {
    const red = Buffer.alloc(80 * 80 * 3, 0);
    const blue = Buffer.alloc(80 * 80 * 3, 0);
    for (let i = 0; i < red.length; i += 3) {
      red[i] = 255;
      blue[i + 2] = 255;
    }
    const gif = await sharp(Buffer.concat([red, blue]), {
      raw: { width: 80, height: 160, channels: 3, pageHeight: 80 },
    })
      .gif({ delay: [100, 100] })
      .toBuffer();
    const source = await load(new Uint8Array(gif));
    expect(source.original).toMatchObject({ format: 'gif', width: 80, height: 80, frames: 2 });
    expect(source.notes).toContain('first-frame-only');
    expect([source.image.width, source.image.height]).toEqual([80, 80]);
    expect(rgbAt(source.image, 40, 40)).toEqual([255, 0, 0]);
  });

  it('decodes AVIF, and applies its irot rotation exactly once', async () => {
    const upright = await portrait();
    const stored = orientRgb(upright, 8);
    // sharp stores EXIF orientation 6 of an AVIF as an irot property.
    const avif = await raw(stored).avif({ quality: 80 }).withMetadata({ orientation: 6 }).toBuffer();
    const source = await load(new Uint8Array(avif));
    expect(source.original).toMatchObject({ format: 'avif', orientation: 6, width: 150, height: 120 });
    expect([source.image.width, source.image.height]).toEqual([120, 150]);
    expect(meanAbsDiff(source.image.data, upright.data)).toBeLessThan(4);
  });

  it('decodes TIFF: RGB, CMYK and the first page of a multi-page file', async () => {
    const upright = await portrait();
    const rgb = await load(new Uint8Array(await raw(upright).tiff({ compression: 'lzw' }).toBuffer()));
    expect(rgb.original.format).toBe('tiff');
    expect(meanAbsDiff(rgb.image.data, upright.data)).toBe(0);

    const cmyk = await load(
      new Uint8Array(await raw(upright).toColourspace('cmyk').tiff({ compression: 'lzw' }).toBuffer()),
    );
    expect(cmyk.original.space).toBe('cmyk');
    expect(cmyk.notes).toContain('cmyk-converted');
    // sRGB → print CMYK → sRGB clips the saturated flag colours and deep shadows; an inverted or
    // naive conversion would be off by 60+.
    expect(meanAbsDiff(cmyk.image.data, upright.data)).toBeLessThan(15);

    const pages = Buffer.concat([Buffer.from(upright.data), Buffer.alloc(upright.data.length, 0)]);
    const multi = await sharp(pages, { raw: { width: 120, height: 300, channels: 3, pageHeight: 150 } })
      .tiff({ compression: 'lzw' })
      .toBuffer();
    const first = await load(new Uint8Array(multi));
    expect(first.original.frames).toBe(2);
    expect(first.notes).toContain('first-frame-only');
    expect(meanAbsDiff(first.image.data, upright.data)).toBe(0);
  });

  it('flattens greyscale+alpha and palette transparency onto white', async () => {
    const grey = Buffer.alloc(80 * 80 * 2);
    for (let p = 0; p < 80 * 80; p++) {
      grey[p * 2] = 40;
      grey[p * 2 + 1] = p < 40 * 80 ? 0 : 255;
    }
    const la = await sharp(grey, { raw: { width: 80, height: 80, channels: 2 } })
      .toColourspace('b-w')
      .png()
      .toBuffer();
    const source = await load(new Uint8Array(la));
    expect(source.notes).toEqual(expect.arrayContaining(['greyscale-expanded', 'alpha-flattened']));
    expect(rgbAt(source.image, 10, 10)).toEqual([255, 255, 255]);
    expect(rgbAt(source.image, 10, 70)).toEqual([40, 40, 40]);

    const rgba = Buffer.alloc(80 * 80 * 4, 0);
    for (let p = 40 * 80; p < 80 * 80; p++) rgba.set([0, 0, 200, 255], p * 4);
    const palette = await sharp(rgba, { raw: { width: 80, height: 80, channels: 4 } })
      .png({ palette: true })
      .toBuffer();
    const flat = await load(new Uint8Array(palette));
    expect(flat.notes).toContain('alpha-flattened');
    expect(rgbAt(flat.image, 10, 10)).toEqual([255, 255, 255]);
    expect(rgbAt(flat.image, 10, 70)).toEqual([0, 0, 200]);
  });

  it('decodes lossless WebP exactly and an animated WebP from its first frame', async () => {
    const upright = await portrait();
    const lossless = await load(new Uint8Array(await raw(upright).webp({ lossless: true }).toBuffer()));
    expect(lossless.original.format).toBe('webp');
    expect(meanAbsDiff(lossless.image.data, upright.data)).toBe(0);

    const frames = Buffer.concat([Buffer.from(upright.data), Buffer.alloc(upright.data.length, 255)]);
    const animated = await sharp(frames, { raw: { width: 120, height: 300, channels: 3, pageHeight: 150 } })
      .webp({ lossless: true, delay: [100, 100] })
      .toBuffer();
    const first = await load(new Uint8Array(animated));
    expect(first.original.frames).toBe(2);
    expect(first.notes).toContain('first-frame-only');
    expect(meanAbsDiff(first.image.data, upright.data)).toBe(0);
  });
});
