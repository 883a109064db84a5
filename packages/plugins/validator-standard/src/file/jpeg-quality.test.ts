import { readJpegInfo } from '@idphoto/sdk';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../test/images.js';
import { estimateJpegQuality } from './jpeg-quality.js';

const QUALITIES = Array.from({ length: 100 }, (_, i) => i + 1);

async function encode(quality: number, mozjpeg: boolean): Promise<Uint8Array> {
  const bytes = await sharp(await fixtureBytes('g02_derived_chsi_candidate_480x640_blue.jpg'))
    .resize(64, 64)
    .jpeg({ quality, mozjpeg })
    .toBuffer();
  return new Uint8Array(bytes);
}

describe('estimateJpegQuality', () => {
  it('reads back every quality 1–100 written by sharp (libjpeg-turbo, Annex K tables)', async () => {
    const read = await Promise.all(QUALITIES.map(async (q) => estimateJpegQuality(await encode(q, false))));
    expect(read.map((r) => r?.quality)).toEqual(QUALITIES);
    expect(read.every((r) => r?.family === 'annex-k' && r.error === 0)).toBe(true);
  });

  it('reads back every quality 4–100 written by sharp with mozjpeg (where the SDK estimator is off)', async () => {
    const files = await Promise.all(QUALITIES.map((q) => encode(q, true)));
    const read = files.map((b) => estimateJpegQuality(b)?.quality);
    // Below 4 every mozjpeg coefficient clamps to 255: the tables are identical and read as 1.
    expect(read).toEqual([1, 1, 1, ...QUALITIES.slice(3)]);
    // The SDK's readJpegInfo fits the Annex K luma table only and under-reads mozjpeg output.
    const sdk = files.map((b) => readJpegInfo(b)?.estimatedQuality ?? 0);
    expect(sdk[59]).toBe(48);
    expect(sdk[64]).toBe(55); // a q65 file would fail a "≥ 60" floor
  });

  it('returns null when there are no quantisation tables', () => {
    expect(estimateJpegQuality(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toBeNull();
  });
});
