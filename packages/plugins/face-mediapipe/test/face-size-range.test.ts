import type { RgbImage } from '@idphoto/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './app.js';
import { fixturesDir, fixturesPresent } from './fixtures.js';

/** Copies `src` scaled by `scale` (box filter / nearest) onto a grey canvas at (x, y). */
function place(src: RgbImage, scale: number, width: number, height: number, x: number, y: number): RgbImage {
  const data = new Uint8Array(width * height * 3).fill(128);
  const w = Math.round(src.width * scale);
  const h = Math.round(src.height * scale);
  const k = Math.max(1, Math.round(1 / scale));
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const sx = Math.floor(i / scale);
      const sy = Math.floor(j / scale);
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        let n = 0;
        for (let dy = 0; dy < k && sy + dy < src.height; dy++) {
          for (let dx = 0; dx < k && sx + dx < src.width; dx++) {
            sum += src.data[((sy + dy) * src.width + sx + dx) * 3 + c]!;
            n++;
          }
        }
        data[((y + j) * width + x + i) * 3 + c] = Math.round(sum / n);
      }
    }
  }
  return { width, height, channels: 3, data };
}

function crop(src: RgbImage, x: number, y: number, w: number, h: number): RgbImage {
  const data = new Uint8Array(w * h * 3);
  for (let j = 0; j < h; j++)
    data.set(src.data.subarray(((y + j) * src.width + x) * 3, ((y + j) * src.width + x + w) * 3), j * w * 3);
  return { width: w, height: h, channels: 3, data };
}

describe.runIf(fixturesPresent)('face size range', () => {
  const app = createTestApp();
  let portrait: RgbImage;
  beforeAll(async () => {
    portrait = await app.load('g02_derived_chsi_candidate_480x640_blue.jpg');
  });

  it('finds a face of ~52 px eye distance in a corner of a 12 MP frame (tiled scales)', async () => {
    // g02's eye distance is ≈104 px; at 1/2 it is ≈52 px, near the 40 px floor of a 4000-px photo
    // and far below what the whole-image window sees (boxes ≥ 375 px).
    const image = place(portrait, 0.5, 4000, 3000, 3700, 2650);
    const out = await app.analyzer.analyze({ image, embeddings: false });
    expect(out.minFaceSize).toBe(40);
    expect(out.faces).toHaveLength(1);
    const face = out.faces[0]!;
    expect(face.interPupillary).toBeGreaterThan(45);
    expect(face.interPupillary).toBeLessThan(60);
    expect(face.eyes.left.x).toBeGreaterThan(3700);
    expect(face.eyes.left.y).toBeGreaterThan(2650);
    expect(out.timings['windows']).toBeGreaterThan(1);
  });

  it('does not return a face under 1 % of a large photo', async () => {
    // ≈26 px eye distance on a 4000-px canvas: under the 40 px floor for that size.
    const image = place(portrait, 0.25, 4000, 3000, 1800, 1400);
    const out = await app.analyzer.analyze({ image, embeddings: false });
    expect(out.faces).toHaveLength(0);
  });

  it('rejects a face below minFaceSize as too-small instead of returning it', async () => {
    // ≈10 px eye distance: found by the detector, refused as too small.
    const image = place(portrait, 0.1, 600, 400, 40, 30);
    const out = await app.analyzer.analyze({ image, embeddings: false });
    expect(out.faces).toHaveLength(0);
    expect(out.rejected.map((r) => r.reason)).toContain('too-small');
  });

  it('finds a face that fills the frame', async () => {
    // From the eyebrows' width to the chin: the face is the whole picture.
    const out0 = await app.analyzer.analyze({ image: portrait, embeddings: false });
    const f = out0.faces[0]!;
    const side = Math.round(f.faceHeight * 1.15);
    const x = Math.round((f.landmarks[234]!.x + f.landmarks[454]!.x) / 2 - side / 2);
    const y = Math.round(f.hairline.y - side * 0.05);
    const image = crop(
      portrait,
      Math.max(0, x),
      Math.max(0, y),
      Math.min(side, portrait.width - Math.max(0, x)),
      Math.min(side, portrait.height - Math.max(0, y)),
    );
    const out = await app.analyzer.analyze({ image, embeddings: false });
    expect(out.faces).toHaveLength(1);
    expect(out.faces[0]!.faceWidth).toBeGreaterThan(image.width * 0.6);
  });
});

describe('fixture photos', () => {
  it(`are present at ${fixturesDir} (the tests above need them)`, () => {
    expect(fixturesPresent, `fixture photos missing at ${fixturesDir}`).toBe(true);
  });
});
