import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fixtureRgb } from '../../test/fixtures.js';
import { encodeJpeg } from './encode-image.js';
import { searchQuality } from './search-quality.js';

/** A fake encoder whose size grows with quality: 1000 + 100·q bytes. */
const fake = async (q: number): Promise<Uint8Array> => new Uint8Array(1000 + 100 * q);

describe('searchQuality', () => {
  it('finds the highest quality that fits the maximum', async () => {
    const r = await searchQuality(fake, 60, { min: 5000, max: 9050 });
    expect(r.quality).toBe(80);
    expect(r.fit).toBe('inside');
    expect(r.attempts).toBeLessThanOrEqual(9);
  });

  it('returns quality 100 when everything fits', async () => {
    const r = await searchQuality(fake, 60, { max: 1e6 });
    expect(r.quality).toBe(100);
    expect(r.attempts).toBe(1);
  });

  it('never goes below the floor: too big at the floor is reported', async () => {
    const r = await searchQuality(fake, 60, { max: 5000 });
    expect(r.quality).toBe(60);
    expect(r.fit).toBe('too-big');
  });

  it('never pads: too small even at 100 is reported', async () => {
    const r = await searchQuality(fake, 60, { min: 20_000, max: 40_000 });
    expect(r.quality).toBe(100);
    expect(r.bytes.length).toBe(11_000);
    expect(r.fit).toBe('too-small');
  });

  it('lands a real 480×640 portrait crop inside 20–40 KB at the highest such quality', async () => {
    const source = await fixtureRgb('hv_white_shirt_plain_bg.jpg');
    const { data } = await sharp(source.data, {
      raw: { width: source.width, height: source.height, channels: 3 },
    })
      .resize(480, 640, { fit: 'cover' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const image = { width: 480, height: 640, channels: 3 as const, data: new Uint8Array(data) };
    const encode = (q: number): Promise<Uint8Array> => encodeJpeg(image, q, 300, '4:2:0');
    const r = await searchQuality(encode, 60, { min: 20 * 1024, max: 40 * 1024 });
    expect(r.fit).toBe('inside');
    expect(r.quality).toBeGreaterThanOrEqual(60);
    expect(r.bytes.length).toBeGreaterThanOrEqual(20 * 1024);
    expect(r.bytes.length).toBeLessThanOrEqual(40 * 1024);
    if (r.quality < 100) expect((await encode(r.quality + 1)).length).toBeGreaterThan(40 * 1024);
  });
});
