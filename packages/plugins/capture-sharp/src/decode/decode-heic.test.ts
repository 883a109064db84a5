import sharp from 'sharp';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { localFixture, meanAbsDiff, orientRgb, photo, rgbAt, scramble } from '../../test/fixtures.js';
import { addHeifTransform } from '../../test/heif-transform.js';
import { createCaptureStage } from '../capture-stage.js';
import { SharpCaptureOptionsSchema } from '../options.js';

const stage = createCaptureStage(v.parse(SharpCaptureOptionsSchema, undefined));
const heic = localFixture('obama-480x600.heic');

/** The public-domain portrait the HEIC fixtures were encoded from, at the fixture's size, as sRGB RGB. */
async function portraitAt(width: number, height: number): Promise<Uint8Array> {
  const { data } = await sharp(photo('a01_obama_enrol_flags.jpg'))
    .resize(width, height, { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return new Uint8Array(data);
}

describe('HEIC (HEVC) through heic-decode', () => {
  it('decodes a HEIC made from the public-domain Obama portrait to the same picture', async () => {
    const { source } = await stage.load({ bytes: heic });
    expect(source.original).toMatchObject({
      format: 'heic',
      width: 480,
      height: 600,
      orientation: 1,
      bitDepth: 8,
    });
    expect([source.image.width, source.image.height]).toEqual([480, 600]);
    expect(source.notes).toEqual([]);
    // HEVC at quality 50 plus a different resampling filter: close, not identical.
    expect(meanAbsDiff(source.image.data, await portraitAt(480, 600))).toBeLessThan(6);
  });

  it('applies the HEIF rotation (irot, as iPhones write it) once: upright, stored size reported', async () => {
    // irot 3 = 270° anticlockwise = EXIF 6: the stored 480×600 portrait is shown turned clockwise.
    const { source } = await stage.load({ bytes: addHeifTransform(heic, 3) });
    expect(source.original).toMatchObject({ width: 480, height: 600, orientation: 6 });
    expect(source.notes).toContain('exif-rotated');
    expect([source.image.width, source.image.height]).toEqual([600, 480]);
    const plain = (await stage.load({ bytes: heic })).source.image;
    const { data } = await sharp(plain.data, { raw: { width: 480, height: 600, channels: 3 } })
      .rotate(90)
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(meanAbsDiff(source.image.data, new Uint8Array(data))).toBe(0);
  });

  it.each([
    [1, undefined, 8],
    [2, undefined, 3],
    [0, 0, 4],
    [0, 1, 2],
    [1, 0, 5],
    [3, 0, 7],
  ] as const)('irot %i + imir %s: pixels match EXIF orientation %i, which is reported', async (rotation, mirror, orientation) => {
    const { source } = await stage.load({ bytes: addHeifTransform(heic, rotation, mirror) });
    expect(source.original.orientation).toBe(orientation);
    const plain = (await stage.load({ bytes: heic })).source.image;
    const expected = orientRgb(plain, orientation);
    expect([source.image.width, source.image.height]).toEqual([expected.width, expected.height]);
    expect(meanAbsDiff(source.image.data, expected.data)).toBe(0);
  });

  it('converts an embedded Display P3 profile to sRGB (saturated patches land on their sRGB values)', async () => {
    const bytes = localFixture('patches-192x128-display-p3.heic');
    const { source } = await stage.load({ bytes });
    expect(source.original.hadIccProfile).toBe(true);
    expect(source.notes).toContain('icc-converted');
    // The patches were sRGB colours converted to Display P3 before HEVC encoding (quality 90, 4:4:4).
    const srgb = [
      [200, 60, 50],
      [60, 160, 70],
      [50, 80, 200],
      [230, 200, 60],
      [180, 120, 100],
      [128, 128, 128],
    ];
    srgb.forEach((expected, i) => {
      const got = rgbAt(source.image, (i % 3) * 64 + 32, Math.floor(i / 3) * 64 + 32);
      for (let c = 0; c < 3; c++) expect(Math.abs(got[c]! - expected[c]!)).toBeLessThanOrEqual(5);
    });
  });

  it('decodes the primary item (pitm) of a multi-image HEIC, not simply the first image', async () => {
    const { source } = await stage.load({ bytes: localFixture('two-images-primary-second.heic') });
    expect(source.original).toMatchObject({ width: 192, height: 128, frames: 2, hadIccProfile: true });
    expect([source.image.width, source.image.height]).toEqual([192, 128]);
    expect(source.notes).toEqual(expect.arrayContaining(['first-frame-only', 'icc-converted']));
    const [r, g, b] = rgbAt(source.image, 32, 32);
    expect([Math.abs(r - 200) <= 6, Math.abs(g - 60) <= 6, Math.abs(b - 50) <= 6]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('flattens a HEIC alpha plane onto white', async () => {
    const { source } = await stage.load({ bytes: localFixture('alpha-half-transparent-128x96.heic') });
    expect(source.original.hasAlpha).toBe(true);
    expect(source.notes).toContain('alpha-flattened');
    expect(rgbAt(source.image, 10, 48)).toEqual([255, 255, 255]);
    const [r, g, b] = rgbAt(source.image, 110, 48);
    expect([Math.abs(r - 30) <= 4, Math.abs(g - 90) <= 4, Math.abs(b - 200) <= 4]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('decodes concurrent HEIC uploads correctly (one worker, queued)', async () => {
    const inputs = [heic, addHeifTransform(heic, 3), localFixture('patches-192x128-display-p3.heic'), heic];
    const results = await Promise.all(inputs.map((bytes) => stage.load({ bytes })));
    expect(results.map(({ source }) => [source.image.width, source.image.height])).toEqual([
      [480, 600],
      [600, 480],
      [192, 128],
      [480, 600],
    ]);
    expect(meanAbsDiff(results[0]!.source.image.data, results[3]!.source.image.data)).toBe(0);
  });

  it('refuses a HEIC cut in half as TRUNCATED and a damaged box header as CORRUPT', async () => {
    await expect(stage.load({ bytes: heic.subarray(0, heic.length >> 1) })).rejects.toMatchObject({
      code: 'CAPTURE_TRUNCATED',
    });
    await expect(stage.load({ bytes: scramble(heic, 100) })).rejects.toMatchObject({
      code: 'CAPTURE_CORRUPT',
    });
    // The WebAssembly decoder keeps working after refusals.
    await expect(stage.load({ bytes: heic })).resolves.toBeDefined();
  });

  it('refuses HEIC with a clear UNSUPPORTED_FORMAT when HEIC decoding is turned off', async () => {
    const off = createCaptureStage(v.parse(SharpCaptureOptionsSchema, { heic: false }));
    const error = await off.load({ bytes: heic }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CAPTURE_UNSUPPORTED_FORMAT', details: { format: 'heic' } });
    expect((error as Error).message).toMatch(/JPEG/);
  });
});
