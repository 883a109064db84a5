import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readJpegInfo } from './jpeg-info.js';
import { estimateJpegQuality } from './jpeg-quality.js';

const QUALITIES = Array.from({ length: 100 }, (_, i) => i + 1);

/** A 64×64 generated photo-like image (gradients and edges) encoded at `quality`. */
async function encode(quality: number, mozjpeg: boolean): Promise<Uint8Array> {
  const raw = new Uint8Array(64 * 64 * 3);
  for (let y = 0; y < 64; y++) {
    for (let x = 0; x < 64; x++) {
      const i = (y * 64 + x) * 3;
      raw[i] = (x * 4) & 255;
      raw[i + 1] = (y * 4 + ((x >> 3) & 1) * 90) & 255;
      raw[i + 2] = ((x ^ y) * 3) & 255;
    }
  }
  return new Uint8Array(
    await sharp(raw, { raw: { width: 64, height: 64, channels: 3 } })
      .jpeg({ quality, mozjpeg })
      .toBuffer(),
  );
}

describe('estimateJpegQuality / readJpegInfo().estimatedQuality', () => {
  it('reads back every quality 1–100 written by libjpeg-turbo (Annex K tables)', async () => {
    const files = await Promise.all(QUALITIES.map((q) => encode(q, false)));
    const read = files.map((b) => estimateJpegQuality(b));
    expect(read.map((r) => r?.quality)).toEqual(QUALITIES);
    expect(read.every((r) => r?.family === 'annex-k' && r.error === 0)).toBe(true);
    expect(files.map((b) => readJpegInfo(b)?.estimatedQuality)).toEqual(QUALITIES);
  });

  it('reads back every quality 4–100 written by mozjpeg', async () => {
    const files = await Promise.all(QUALITIES.map((q) => encode(q, true)));
    // Below 4 every mozjpeg coefficient clamps to 255: the tables are identical and read as 1.
    expect(files.map((b) => estimateJpegQuality(b)?.quality)).toEqual([1, 1, 1, ...QUALITIES.slice(3)]);
    expect(files.map((b) => readJpegInfo(b)?.estimatedQuality)[64]).toBe(65);
  });

  it('returns null when there are no quantisation tables', () => {
    expect(estimateJpegQuality(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toBeNull();
  });
});

describe('readJpegInfo', () => {
  it('reads size, baseline/progressive, components and JFIF or EXIF density', async () => {
    const raw = new Uint8Array(40 * 30 * 3).fill(128);
    const image = sharp(raw, { raw: { width: 40, height: 30, channels: 3 } });
    const baseline = readJpegInfo(new Uint8Array(await image.clone().jpeg({ quality: 80 }).toBuffer()));
    expect(baseline).toMatchObject({
      width: 40,
      height: 30,
      components: 3,
      precision: 8,
      baseline: true,
      progressive: false,
      hasExif: false,
    });
    const progressive = readJpegInfo(
      new Uint8Array(await image.clone().jpeg({ progressive: true }).toBuffer()),
    );
    expect(progressive).toMatchObject({ baseline: false, progressive: true });
    // sharp writes the density into EXIF (XResolution), not JFIF: the reader falls back to it.
    const dense = readJpegInfo(
      new Uint8Array(await image.clone().withMetadata({ density: 300 }).jpeg().toBuffer()),
    );
    expect(dense?.dpi).toBe(300);
    expect(dense?.hasExif).toBe(true);
    const grey = readJpegInfo(new Uint8Array(await image.clone().toColourspace('b-w').jpeg().toBuffer()));
    expect(grey?.components).toBe(1);
    expect(readJpegInfo(new TextEncoder().encode('%PDF-1.4'))).toBeNull();
  });
});
