import type { SourceImage } from '@idphoto/sdk';
import sharp, { type Sharp } from 'sharp';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { allPhotoNames, meanAbsDiff, photo, rgbAt } from '../test/fixtures.js';
import { createCaptureStage } from './capture-stage.js';
import { SharpCaptureOptionsSchema } from './options.js';

const stage = createCaptureStage(v.parse(SharpCaptureOptionsSchema, undefined));
const load = async (bytes: Uint8Array): Promise<SourceImage> => (await stage.load({ bytes })).source;

/** Decodes with sharp directly (no orientation, no flattening) as an independent-path reference. */
async function reference(
  bytes: Uint8Array,
  transform: (image: Sharp) => Sharp = (image) => image,
): Promise<{ width: number; height: number; data: Uint8Array }> {
  const { data, info } = await transform(sharp(bytes, { autoOrient: false }).removeAlpha())
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

describe('capture of every shared photo (MANIFEST.md)', () => {
  it.each(allPhotoNames())('%s decodes to upright sRGB 8-bit RGB', async (name) => {
    const bytes = photo(name);
    const source = await load(bytes);
    const { image, original } = source;
    expect(image.channels).toBe(3);
    expect(image.data).toBeInstanceOf(Uint8Array);
    expect(image.data.length).toBe(image.width * image.height * 3);
    expect(original.bytes).toBe(bytes.length);
    const swapped = original.orientation >= 5;
    expect([image.width, image.height]).toEqual(
      swapped ? [original.height, original.width] : [original.width, original.height],
    );
    expect(Object.keys(source).sort()).toEqual(['image', 'notes', 'original']);
  });
});

describe('intake traps', () => {
  it('EXIF-6 Hopper comes out upright: equals a manual 90° clockwise rotation of the stored pixels', async () => {
    const bytes = photo('exif6_hopper_glasses.jpg');
    const source = await load(bytes);
    expect(source.original.orientation).toBe(6);
    expect(source.notes).toContain('exif-rotated');
    const rotated = await reference(bytes, (image) => image.rotate(90));
    const wrongWay = await reference(bytes, (image) => image.rotate(270));
    expect(meanAbsDiff(source.image.data, rotated.data)).toBeLessThan(0.5);
    expect(meanAbsDiff(source.image.data, wrongWay.data)).toBeGreaterThan(10);
  });

  it('EXIF-6 landscape (1800×1200 stored) comes out 1200×1800 with the content turned clockwise', async () => {
    const bytes = photo('exif6_no_face_recurser.jpg');
    const source = await load(bytes);
    expect([source.original.width, source.original.height]).toEqual([1800, 1200]);
    expect([source.image.width, source.image.height]).toEqual([1200, 1800]);
    const rotated = await reference(bytes, (image) => image.rotate(90));
    expect(meanAbsDiff(source.image.data, rotated.data)).toBeLessThan(0.5);
    const stored = await reference(bytes);
    // Spot check without sharp's rotate: display (x, y) = stored column y, row H_stored − 1 − x.
    for (const [x, y] of [
      [10, 20],
      [600, 900],
      [1190, 1700],
    ] as const) {
      const s = ((stored.height - 1 - x) * stored.width + y) * 3;
      const expected = [stored.data[s]!, stored.data[s + 1]!, stored.data[s + 2]!];
      expect(rgbAt(source.image, x, y)).toEqual(expected);
    }
  });

  it('Adobe CMYK (inverted YCCK) comes out red on black like Pillow and ImageMagick show it, not cyan', async () => {
    const source = await load(photo('cmyk_adobe_noface.jpg'));
    expect(source.original.space).toBe('cmyk');
    expect(source.notes).toContain('cmyk-converted');
    // Pillow's own test of this file: "red pixels in the upper left corner", "the opposite corner is black".
    const [r, g, b] = rgbAt(source.image, 0, 0);
    expect(r).toBeGreaterThan(200);
    expect(g).toBeLessThan(60);
    expect(b).toBeLessThan(60);
    expect(Math.max(...rgbAt(source.image, 99, 99))).toBeLessThan(30);
  });

  it('CMYK portrait converts to natural colours (ImageMagick reference values)', async () => {
    const source = await load(photo('derived_cmyk_alex_portrait.jpg'));
    expect(source.notes).toContain('cmyk-converted');
    expect([source.image.width, source.image.height]).toEqual([874, 1200]);
    // `convert derived_cmyk_alex_portrait.jpg -colorspace sRGB` (ImageMagick 6.9, Q16), rounded.
    for (const [x, y, expected] of [
      [0, 0, [236, 235, 230]],
      [437, 600, [219, 172, 146]],
    ] as const) {
      const got = rgbAt(source.image, x, y);
      for (let c = 0; c < 3; c++) expect(Math.abs(got[c]! - expected[c]!)).toBeLessThanOrEqual(8);
    }
  });

  it('decodes the WebP named .jpg as WebP', async () => {
    const source = await load(photo('hv_webp_named_jpg_long_hair_outdoor.jpg'));
    expect(source.original.format).toBe('webp');
    expect([source.image.width, source.image.height]).toEqual([764, 1146]);
  });

  it('expands greyscale to three equal channels', async () => {
    const source = await load(photo('gray_hopper_glasses.jpg'));
    expect(source.original.space).toBe('b-w');
    expect(source.notes).toContain('greyscale-expanded');
    const { data } = source.image;
    let unequal = 0;
    for (let i = 0; i < data.length; i += 3)
      if (data[i] !== data[i + 1] || data[i] !== data[i + 2]) unequal++;
    expect(unequal).toBe(0);
    expect(new Set(data).size).toBeGreaterThan(50);
  });

  it('flattens the RGBA cut-out onto white: transparent → white, opaque → unchanged', async () => {
    const bytes = photo('rgba_cutout_p3m_818e689d.png');
    const source = await load(bytes);
    expect(source.original.hasAlpha).toBe(true);
    expect(source.notes).toContain('alpha-flattened');
    const { data: rgba } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
    let transparent = 0;
    let opaque = 0;
    let partial = 0;
    let wrong = 0;
    for (let p = 0; p < rgba.length / 4; p++) {
      const alpha = rgba[p * 4 + 3]!;
      for (let c = 0; c < 3; c++) {
        const out = source.image.data[p * 3 + c]!;
        const expected = Math.round((rgba[p * 4 + c]! * alpha + 255 * (255 - alpha)) / 255);
        if (Math.abs(out - expected) > (alpha === 0 || alpha === 255 ? 0 : 1)) wrong++;
      }
      if (alpha === 0) transparent++;
      else if (alpha === 255) opaque++;
      else partial++;
    }
    expect(wrong).toBe(0);
    expect(transparent).toBeGreaterThan(100_000);
    expect(opaque).toBeGreaterThan(100_000);
    expect(partial).toBeGreaterThan(0);
  });

  it('drops an all-opaque alpha channel without changing any pixel', async () => {
    const bytes = photo('rgba_opaque_obama.png');
    const source = await load(bytes);
    expect(source.original.hasAlpha).toBe(true);
    expect(source.notes).toContain('alpha-opaque-dropped');
    expect(source.notes).not.toContain('alpha-flattened');
    const plain = await reference(bytes);
    expect(meanAbsDiff(source.image.data, plain.data)).toBe(0);
  });

  it('decodes the 35 MP derived image (within the 50 MP default)', async () => {
    const source = await load(photo('derived_very_large_7000px_multi.jpg'));
    expect([source.image.width, source.image.height]).toEqual([7000, 4998]);
    expect(source.image.data.length).toBe(7000 * 4998 * 3);
  });

  it.each([
    'a01_obama_enrol_flags.jpg',
    'b01_biden_tall_standing.jpg',
  ])('treats the embedded sRGB IEC61966-2.1 profile of %s as sRGB (same pixels as applying it), no note', async (name) => {
    const bytes = photo(name);
    const source = await load(bytes);
    expect(source.original.hadIccProfile).toBe(true);
    expect(source.notes).toEqual([]);
    // sharp applies an embedded profile by default: skipping an sRGB one must not change the result.
    const { data } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
    expect(meanAbsDiff(source.image.data, new Uint8Array(data))).toBeLessThan(0.05);
  });

  it.each([
    ['hv_man_suit_gray_bg.jpg', 'Display P3'],
    ['hv_white_shirt_plain_bg.jpg', 'Adobe RGB (1998)'],
    ['c02_kit_closeup_long_hair.jpg', 'ProPhoto RGB'],
  ])('converts %s from its embedded %s profile to sRGB', async (name) => {
    const bytes = photo(name);
    const source = await load(bytes);
    expect(source.original.hadIccProfile).toBe(true);
    expect(source.notes).toContain('icc-converted');
    const converted = await sharp(bytes).raw().toBuffer();
    const unconverted = await sharp(bytes, { ignoreIcc: true }).raw().toBuffer();
    expect(meanAbsDiff(source.image.data, new Uint8Array(converted))).toBeLessThan(0.05);
    // Low-saturation photos move little (P3 grey suit ≈0.3), but clearly more than rounding.
    expect(meanAbsDiff(source.image.data, new Uint8Array(unconverted))).toBeGreaterThan(0.1);
  });

  it('carries no metadata: pixels plus a fixed set of safe facts, whatever the file held', async () => {
    // a01 holds EXIF and an ICC profile; hv_white_shirt EXIF + ICC; the HEIC-free path is the same.
    for (const name of [
      'a01_obama_enrol_flags.jpg',
      'hv_white_shirt_plain_bg.jpg',
      'exif6_hopper_glasses.jpg',
    ]) {
      const source = await load(photo(name));
      expect(Object.keys(source.image).sort()).toEqual(['channels', 'data', 'height', 'width']);
      expect(source.image.data.length).toBe(source.image.width * source.image.height * 3);
      const allowed = [
        'format',
        'width',
        'height',
        'orientation',
        'space',
        'bitDepth',
        'hasAlpha',
        'hadIccProfile',
        'bytes',
        'frames',
      ];
      for (const key of Object.keys(source.original)) expect(allowed).toContain(key);
      for (const value of Object.values(source.original))
        expect(['string', 'number', 'boolean']).toContain(typeof value);
    }
  });

  it('leaves an ordinary JPEG (EXIF orientation 1) untouched and notes nothing', async () => {
    const bytes = photo('hsd119_face_too_small_480x640.jpg');
    const source = await load(bytes);
    expect(source.original).toMatchObject({ format: 'jpeg', orientation: 1, space: 'srgb', bitDepth: 8 });
    expect(source.notes).toEqual([]);
    expect(meanAbsDiff(source.image.data, (await reference(bytes)).data)).toBe(0);
  });
});
