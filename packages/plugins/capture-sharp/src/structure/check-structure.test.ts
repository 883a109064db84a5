import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { allPhotoNames, localFixture, photo, scramble } from '../../test/fixtures.js';
import { mp4File } from '../../test/synthetic.js';
import { sniffFormat } from '../sniff-format.js';
import { checkStructure } from './check-structure.js';
import { checkGifStructure } from './gif-structure.js';

/** Cut points at 1 %, 10 %, …, 90 % and one byte short of the end. */
const cuts = (length: number): number[] =>
  [0.01, 0.1, 0.3, 0.5, 0.7, 0.9].map((f) => Math.floor(length * f)).concat(length - 1);

async function generated(format: 'gif' | 'tiff' | 'webp' | 'avif'): Promise<Uint8Array> {
  const image = sharp(photo('a01_obama_enrol_flags.jpg')).resize(200, 250);
  const encoded =
    format === 'gif'
      ? image.gif()
      : format === 'tiff'
        ? image.tiff({ compression: 'lzw' })
        : format === 'webp'
          ? image.webp()
          : image.avif();
  return new Uint8Array(await encoded.toBuffer());
}

describe('checkStructure', () => {
  it.each(allPhotoNames())('finds %s complete', (name) => {
    const bytes = photo(name);
    expect(checkStructure(sniffFormat(bytes).format, bytes)).toBe('complete');
  });

  it.each([
    'a01_obama_enrol_flags.jpg',
    'rgba_opaque_obama.png',
    'hv_webp_named_jpg_long_hair_outdoor.jpg',
  ])('finds %s truncated wherever it is cut', (name) => {
    const bytes = photo(name);
    const { format } = sniffFormat(bytes);
    for (const cut of cuts(bytes.length))
      expect(checkStructure(format, bytes.subarray(0, cut))).toBe('truncated');
  });

  it.each([
    'gif',
    'tiff',
    'webp',
    'avif',
  ] as const)('finds generated %s complete, and truncated when cut', async (format) => {
    const bytes = await generated(format);
    expect(sniffFormat(bytes).format).toBe(format);
    expect(checkStructure(format, bytes)).toBe('complete');
    // A GIF is usable once its first frame is complete; this one has a single frame, cut before its end.
    for (const cut of cuts(bytes.length).slice(0, -1))
      expect(checkStructure(format, bytes.subarray(0, cut))).toBe('truncated');
  });

  it('finds a HEIC complete, and truncated when cut', () => {
    const heic = localFixture('obama-480x600.heic');
    expect(checkStructure('heic', heic)).toBe('complete');
    for (const cut of cuts(heic.length))
      expect(checkStructure('heic', heic.subarray(0, cut))).toBe('truncated');
  });

  it('ignores data after the JPEG end marker (motion photos, vendor trailers)', () => {
    const jpeg = photo('a01_obama_enrol_flags.jpg');
    const withVideo = new Uint8Array([...jpeg, ...mp4File(), ...new Uint8Array(4096).fill(0xff)]);
    expect(checkStructure('jpeg', withVideo)).toBe('complete');
  });

  it.each([
    ['a01_obama_enrol_flags.jpg', 1000],
    ['a01_obama_enrol_flags.jpg', 100_000],
    ['rgba_opaque_obama.png', 40],
    ['rgba_opaque_obama.png', 400_000],
  ])('finds %s scrambled from byte %i corrupt', (name, from) => {
    const bytes = photo(name);
    expect(checkStructure(sniffFormat(bytes).format, scramble(bytes, from))).toBe('corrupt');
  });

  it('treats a multi-frame GIF as complete once the first frame is whole', async () => {
    const frames = Buffer.alloc(80 * 160 * 3);
    // Two different frames (cgif merges identical ones).
    for (let i = 0; i < frames.length; i++)
      frames[i] = i < frames.length / 2 ? (i * 13) & 255 : (i * 7) & 255;
    const gif = new Uint8Array(
      await sharp(frames, { raw: { width: 80, height: 160, channels: 3, pageHeight: 80 } })
        .gif({ delay: [100, 100] })
        .toBuffer(),
    );
    expect(checkGifStructure(gif)).toEqual({ verdict: 'complete', frames: 2 });
    expect(checkGifStructure(gif.subarray(0, gif.length - 10))).toEqual({ verdict: 'complete', frames: 1 });
    expect(checkGifStructure(gif.subarray(0, 200)).verdict).toBe('truncated');
  });
});
