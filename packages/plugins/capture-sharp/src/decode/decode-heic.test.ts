import sharp from 'sharp';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { localFixture, meanAbsDiff, photo } from '../../test/fixtures.js';
import { createCaptureStage } from '../capture-stage.js';
import { SharpCaptureOptionsSchema } from '../options.js';

const stage = createCaptureStage(v.parse(SharpCaptureOptionsSchema, undefined));

describe('HEIC (HEVC) through heic-decode', () => {
  it('decodes a HEIC made from the public-domain Obama portrait to the same picture', async () => {
    const heic = localFixture('obama-480x600.heic');
    const { source } = await stage.load({ bytes: heic });
    expect(source.original).toMatchObject({ format: 'heic', width: 480, height: 600, bitDepth: 8 });
    expect([source.image.width, source.image.height]).toEqual([480, 600]);
    expect(source.notes).toEqual([]);
    const { data } = await sharp(photo('a01_obama_enrol_flags.jpg'))
      .resize(480, 600, { fit: 'fill' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    // HEVC at quality 50 plus a different resampling filter: close, not identical.
    expect(meanAbsDiff(source.image.data, new Uint8Array(data))).toBeLessThan(6);
  });

  it('refuses HEIC with a clear UNSUPPORTED_FORMAT when HEIC decoding is turned off', async () => {
    const off = createCaptureStage(v.parse(SharpCaptureOptionsSchema, { heic: false }));
    const error = await off.load({ bytes: localFixture('obama-480x600.heic') }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CAPTURE_UNSUPPORTED_FORMAT', details: { format: 'heic' } });
  });
});
