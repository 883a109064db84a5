import type { RgbImage } from '@idphoto/sdk';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { decode, encodeJpeg, fixtureBytes, fromRgb } from '../../test/images.js';
import { runRule, type TestPhoto } from '../../test/run-rule.js';
import { testSpec } from '../../test/spec.js';
import { solid } from '../../test/synthetic.js';

/** A 480×640 CHSI candidate: the shared g02 photo (already 480×640), re-encoded as the pipeline would. */
let candidate: RgbImage;
let good: TestPhoto;

beforeAll(async () => {
  candidate = await decode(await fixtureBytes('g02_derived_chsi_candidate_480x640_blue.jpg'));
  good = { image: candidate, bytes: await encodeJpeg(candidate, { quality: 75, dpi: 300 }) };
});

const photoOf = async (bytes: Uint8Array): Promise<TestPhoto> => ({ image: await decode(bytes), bytes });

describe('file.format', () => {
  it('passes a baseline JPEG', async () => {
    expect(await runRule('file.format', good)).toMatchObject({ status: 'pass', measured: 'jpeg-baseline' });
  });

  it('fails a progressive JPEG when the spec requires baseline', async () => {
    const bytes = await encodeJpeg(candidate, { quality: 75, progressive: true });
    const item = await runRule('file.format', { image: candidate, bytes });
    expect(item).toMatchObject({
      status: 'fail',
      reason: 'not-baseline',
      measured: 'jpeg-progressive',
      expected: { equals: 'jpeg-baseline' },
    });
  });

  it('fails a WebP renamed to .jpg (format sniffed from the bytes)', async () => {
    const item = await runRule(
      'file.format',
      await photoOf(await fixtureBytes('hv_webp_named_jpg_long_hair_outdoor.jpg')),
    );
    expect(item).toMatchObject({ status: 'fail', reason: 'wrong-format', measured: 'webp' });
  });
});

describe('file.dimensions', () => {
  it('passes exactly 480×640', async () => {
    expect(await runRule('file.dimensions', good)).toMatchObject({ status: 'pass', measured: '480x640' });
  });

  it('fails another size, and says to rotate when width and height are swapped', async () => {
    expect(await runRule('file.dimensions', { image: solid(600, 800, { r: 1, g: 2, b: 3 }) })).toMatchObject({
      status: 'fail',
      reason: 'wrong-size',
      measured: '600x800',
      expected: { equals: '480x640' },
    });
    const sideways = await runRule('file.dimensions', { image: solid(640, 480, { r: 1, g: 2, b: 3 }) });
    expect(sideways).toMatchObject({ status: 'fail', reason: 'sideways', measured: '640x480' });
  });

  it('accepts sizes within canvas.accept and checks the aspect ratio', async () => {
    const spec = testSpec([{ id: 'file.dimensions' }], {
      canvas: {
        width: 354,
        height: 472,
        dpi: 300,
        accept: {
          minWidth: 354,
          maxWidth: 480,
          minHeight: 472,
          maxHeight: 640,
          aspect: { ratio: 0.75, tolerance: 0.01 },
        },
      },
    });
    expect(
      await runRule('file.dimensions', { image: solid(420, 560, { r: 0, g: 0, b: 0 }) }, { spec }),
    ).toMatchObject({
      status: 'pass',
    });
    expect(
      await runRule('file.dimensions', { image: solid(420, 500, { r: 0, g: 0, b: 0 }) }, { spec }),
    ).toMatchObject({
      status: 'fail',
      reason: 'wrong-aspect',
      measured: '420x500',
    });
    expect(
      await runRule('file.dimensions', { image: solid(300, 400, { r: 0, g: 0, b: 0 }) }, { spec }),
    ).toMatchObject({ status: 'fail', reason: 'too-small', measured: '300x400' });
    expect(
      await runRule('file.dimensions', { image: solid(600, 800, { r: 0, g: 0, b: 0 }) }, { spec }),
    ).toMatchObject({ status: 'fail', reason: 'too-large', measured: '600x800' });
  });
});

describe('file.size', () => {
  it('passes 20–40 KB and reports KB', async () => {
    const item = await runRule('file.size', good);
    expect(item).toMatchObject({ status: 'pass', unit: 'KB', expected: { min: 20, max: 40 } });
    expect(item?.measured).toBeCloseTo(good.bytes!.length / 1024, 1);
  });

  it('fails a file that is too large (the 63 KB fixture) and one that is too small', async () => {
    const large = await runRule(
      'file.size',
      await photoOf(await fixtureBytes('g02_derived_chsi_candidate_480x640_blue.jpg')),
    );
    expect(large).toMatchObject({
      status: 'fail',
      reason: 'too-large',
      unit: 'KB',
      expected: { min: 20, max: 40 },
    });
    expect(Number(large?.measured)).toBeGreaterThan(60);
    expect(Number(large?.measured)).toBeLessThan(70);
    const small = await runRule('file.size', {
      image: candidate,
      bytes: await encodeJpeg(candidate, { quality: 10 }),
    });
    expect(small).toMatchObject({ status: 'fail', reason: 'too-small' });
    expect(Number(small?.measured)).toBeLessThan(20);
  });
  it('rounds expected KB to 0.1 (a 30 000-byte limit reads 29.3 KB)', async () => {
    const spec = testSpec([{ id: 'file.size' }], {
      file: {
        format: 'jpeg',
        baseline: true,
        minQuality: 60,
        bytes: { min: 14_000, max: 30_000 },
        colourDepth: 24,
      },
    });
    const item = await runRule('file.size', good, { spec });
    expect(item?.expected).toEqual({ min: 13.7, max: 29.3, text: '13.7–29.3 KB' });
  });
});

describe('file.dpi', () => {
  it('passes 300 dpi (written by sharp into EXIF) and reads JFIF density too', async () => {
    expect(await runRule('file.dpi', good)).toMatchObject({ status: 'pass', measured: 300 });
    const jfif = await photoOf(await fixtureBytes('g02_derived_chsi_candidate_480x640_blue.jpg'));
    expect(await runRule('file.dpi', jfif)).toMatchObject({
      status: 'fail',
      reason: 'too-low',
      measured: 72,
    });
  });

  it('fails a file without a resolution tag', async () => {
    const item = await runRule('file.dpi', { image: candidate, bytes: await encodeJpeg(candidate) });
    expect(item).toMatchObject({
      status: 'fail',
      reason: 'missing',
      measured: null,
      expected: { equals: 300 },
    });
  });

  it('accepts a range when the spec gives min/max (出入境: 300–600 dpi)', async () => {
    const params = { min: 300, max: 600 };
    const at = async (dpi: number) =>
      runRule(
        'file.dpi',
        { image: candidate, bytes: await encodeJpeg(candidate, { quality: 75, dpi }) },
        { params },
      );
    expect(await at(450)).toMatchObject({ status: 'pass', measured: 450, expected: { min: 300, max: 600 } });
    expect(await at(600)).toMatchObject({ status: 'pass', measured: 600 });
    expect(await at(72)).toMatchObject({ status: 'fail', measured: 72, expected: { text: '300–600 dpi' } });
    expect(await at(1200)).toMatchObject({ status: 'fail', reason: 'too-high', measured: 1200 });
  });
});

describe('file.colour-depth', () => {
  it('passes 8-bit RGB JPEG (24-bit)', async () => {
    expect(await runRule('file.colour-depth', good)).toMatchObject({ status: 'pass', measured: 24 });
  });

  it('fails greyscale and CMYK JPEGs and an RGBA PNG', async () => {
    for (const [name, bits, reason] of [
      ['gray_hopper_glasses.jpg', 8, 'greyscale'],
      ['cmyk_adobe_noface.jpg', 32, 'cmyk'],
      ['rgba_opaque_obama.png', 32, 'has-alpha'],
    ] as const) {
      const item = await runRule('file.colour-depth', await photoOf(await fixtureBytes(name)));
      expect(item, name).toMatchObject({ status: 'fail', reason, measured: bits });
    }
  });
});

describe('file.quality', () => {
  it('passes quality 75 and fails quality 40 (libjpeg-turbo tables)', async () => {
    expect(await runRule('file.quality', good)).toMatchObject({ status: 'pass', measured: 75 });
    const low = await runRule('file.quality', {
      image: candidate,
      bytes: await encodeJpeg(candidate, { quality: 40 }),
    });
    expect(low).toMatchObject({ status: 'fail', reason: 'too-low', measured: 40, expected: { min: 60 } });
  });

  it('reads mozjpeg files at their real quality (the SDK estimator reads q65 as 55)', async () => {
    const bytes = await encodeJpeg(candidate, { quality: 65, mozjpeg: true });
    expect(await runRule('file.quality', { image: candidate, bytes })).toMatchObject({
      status: 'pass',
      measured: 65,
    });
  });

  it('is not applicable to PNG specs', async () => {
    const spec = testSpec([{ id: 'file.quality' }], {
      file: { format: 'png', bytes: { max: 1_000_000 }, minQuality: 60 },
    });
    const png = new Uint8Array(await fromRgb(candidate).png().toBuffer());
    expect(await runRule('file.quality', { image: candidate, bytes: png }, { spec })).toBeUndefined();
  });
});

describe('file.metadata', () => {
  it('passes a file with only the encoder’s own EXIF (resolution)', async () => {
    expect(await runRule('file.metadata', good)).toMatchObject({ status: 'pass', measured: 'none' });
  });

  it('warns about camera EXIF and XMP, GPS and orientation; fails when the spec asks', async () => {
    const camera = await photoOf(await fixtureBytes('a01_obama_enrol_flags.jpg'));
    expect(await runRule('file.metadata', camera)).toMatchObject({ status: 'warn', measured: 'exif,xmp' });
    expect(await runRule('file.metadata', camera, { params: { fail: true } })).toMatchObject({
      status: 'fail',
    });
    const gps = new Uint8Array(
      await fromRgb(candidate)
        .jpeg()
        .withExif({ IFD0: { Make: 'TestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 54/1 0/1' } })
        .toBuffer(),
    );
    const item = await runRule('file.metadata', { image: candidate, bytes: gps });
    expect(item).toMatchObject({ status: 'warn', measured: 'exif,gps' });
    expect(item?.reason).toBeUndefined(); // one way to fail; `measured` lists what was found
    const rotated = await fixtureBytes('exif6_no_face_recurser.jpg');
    expect(await runRule('file.metadata', { image: await decode(rotated), bytes: rotated })).toMatchObject({
      measured: 'orientation',
    });
  });

  it('finds PNG text chunks', async () => {
    const png = new Uint8Array(
      await sharp(await fromRgb(candidate).png().toBuffer())
        .png()
        .withMetadata()
        .withExif({ IFD0: { ImageDescription: 'x' } })
        .toBuffer(),
    );
    const item = await runRule('file.metadata', { image: candidate, bytes: png });
    expect(item?.status).toBe('warn');
  });
});
