import { type RgbImage, readJpegInfo, type SpecDefinition } from '@idphoto/sdk';
import { chsiGraduation } from '@idphoto/spec-chsi';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fixtureRgb } from '../../test/fixtures.js';
import { encodePhoto } from './encode-photo.js';

async function portrait(): Promise<RgbImage> {
  const source = await fixtureRgb('a01_obama_enrol_flags.jpg');
  const { data } = await sharp(source.data, {
    raw: { width: source.width, height: source.height, channels: 3 },
  })
    .resize(480, 640, { fit: 'cover', position: 'top' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: 480, height: 640, channels: 3, data: new Uint8Array(data) };
}

describe('encodePhoto', () => {
  it('writes a CHSI file: baseline JPEG, 3 components, 300 dpi, q ≥ 60, 20–40 KB, no metadata', async () => {
    const { photo, notes } = await encodePhoto(await portrait(), chsiGraduation, '4:2:0');
    expect(notes).toEqual([]);
    const info = readJpegInfo(photo.bytes)!;
    expect(info).toMatchObject({
      width: 480,
      height: 640,
      components: 3,
      precision: 8,
      baseline: true,
      progressive: false,
      dpi: 300,
      hasExif: false,
      hasIcc: false,
      hasXmp: false,
      hasComment: false,
    });
    expect(info.estimatedQuality).toBe(photo.quality);
    expect(photo.quality).toBeGreaterThanOrEqual(60);
    expect(photo.bytes.length).toBeGreaterThanOrEqual(20 * 1024);
    expect(photo.bytes.length).toBeLessThanOrEqual(40 * 1024);
    expect(photo).toMatchObject({ format: 'jpeg', mime: 'image/jpeg', width: 480, height: 640, dpi: 300 });
  });

  it('explains an unreachable byte range when even the quality floor is too big', async () => {
    const tight: SpecDefinition = {
      ...chsiGraduation,
      file: { ...chsiGraduation.file, bytes: { max: 8 * 1024 } },
    };
    const { photo, notes } = await encodePhoto(await portrait(), tight, '4:2:0');
    expect(photo.quality).toBe(60);
    expect(notes.map((n) => [n.rule, n.severity])).toEqual([['encode.size-unreachable', 'warn']]);
    expect(notes[0]!.measured).toBe(photo.bytes.length);
  });

  it('writes one component for an 8-bit (greyscale) spec', async () => {
    const grey: SpecDefinition = { ...chsiGraduation, file: { ...chsiGraduation.file, colourDepth: 8 } };
    const { photo } = await encodePhoto(await portrait(), grey, '4:2:0');
    expect(readJpegInfo(photo.bytes)!.components).toBe(1);
  });

  it('writes a PNG with the dpi for a PNG spec', async () => {
    const png: SpecDefinition = {
      ...chsiGraduation,
      file: { ...chsiGraduation.file, format: 'png', bytes: { max: 2 * 1024 * 1024 } },
    };
    const { photo, notes } = await encodePhoto(await portrait(), png, '4:2:0');
    expect(notes).toEqual([]);
    expect(photo.format).toBe('png');
    const meta = await sharp(photo.bytes).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 480, height: 640, density: 300 });
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
  });
});
