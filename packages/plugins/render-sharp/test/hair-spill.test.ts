import { sharpCapture } from '@idphoto/capture-sharp';
import { mediapipeFace } from '@idphoto/face-mediapipe';
import { isnetMatting } from '@idphoto/matting-isnet';
import {
  CAPTURE,
  createIdPhoto,
  FACE_ANALYZER,
  MATTING,
  primaryFace,
  RENDER,
  subjectRegion,
} from '@idphoto/sdk';
import { chsiSpec } from '@idphoto/spec-chsi';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sharpRender } from '../src/index.js';
import { fixtureBytes } from './fixtures.js';

const BLUE = { r: 100, g: 197, b: 255 };

/** Hue in degrees (0–360) and HSV saturation (0–1) of an RGB colour. */
function hueSat(r: number, g: number, b: number): { hue: number; sat: number } {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  if (d === 0) return { hue: 0, sat: 0 };
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { hue: (h * 60 + 360) % 360, sat: d / max };
}

/**
 * The share of output pixels in the hair/background boundary band (alpha > 0 within 8 px of
 * background) whose colour has the old background's hue — the old background left in the hair.
 * The old background's hue is measured, not assumed: the median hue of the saturated source
 * pixels the matte calls background around the subject.
 */
async function oldBackgroundInHair(name: string, clearGaps: boolean): Promise<number> {
  const app = createIdPhoto({
    plugins: [
      sharpCapture(),
      mediapipeFace({ threads: 1 }),
      isnetMatting({ threads: 1, clearGaps }),
      sharpRender(),
      chsiSpec(),
    ],
  });
  const { source } = await app.resolver.resolve(CAPTURE).load({ bytes: fixtureBytes(name) });
  const analysis = await app.resolver.resolve(FACE_ANALYZER).analyze({ image: source.image });
  const main = primaryFace(analysis.faces);
  if (main.kind !== 'one') throw new Error('expected one face');
  const spec = app.spec('chsi-graduation')!;
  const { region, scale } = subjectRegion(main.face, source.image.width, source.image.height, spec);
  const matte = await app.resolver
    .resolve(MATTING)
    .matte({ image: source.image, face: main.face, region, scale });
  const out = await app.resolver
    .resolve(RENDER)
    .render({ source, face: main.face, matte, spec, background: BLUE, mode: 'replace-background' });
  // The old background's hue: saturated source pixels with alpha 0 inside the matte's region.
  const hues: number[] = [];
  const a = matte.alpha;
  for (let y = 0; y < a.height; y += 2)
    for (let x = 0; x < a.width; x += 2) {
      if (a.data[y * a.width + x] !== 0) continue;
      const sx = Math.floor(region.x + (x * region.width) / a.width);
      const sy = Math.floor(region.y + (y * region.height) / a.height);
      const j = 3 * (sy * source.image.width + sx);
      const { hue, sat } = hueSat(
        source.image.data[j]!,
        source.image.data[j + 1]!,
        source.image.data[j + 2]!,
      );
      if (sat > 0.25) hues.push(hue);
    }
  hues.sort((p, q) => p - q);
  const oldHue = hues[Math.floor(hues.length / 2)]!;
  const { data } = await sharp(out.photo.bytes).raw().toBuffer({ resolveWithObject: true });
  const alpha = out.alpha!;
  const W = alpha.width;
  const H = alpha.height;
  let band = 0;
  let old = 0;
  const R = 8;
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const i = y * W + x;
      if (alpha.data[i]! === 0) continue;
      let near = false;
      for (let yy = Math.max(0, y - R); yy <= Math.min(H - 1, y + R) && !near; yy++)
        for (let xx = Math.max(0, x - R); xx <= Math.min(W - 1, x + R); xx++)
          if (alpha.data[yy * W + xx]! <= 5) {
            near = true;
            break;
          }
      if (!near) continue;
      band++;
      const { hue, sat } = hueSat(data[3 * i]!, data[3 * i + 1]!, data[3 * i + 2]!);
      const dh = Math.min(Math.abs(hue - oldHue), 360 - Math.abs(hue - oldHue));
      if (sat > 0.2 && dh < 30) old++;
    }
  return old / band;
}

describe('old background left in the hair (real photo, hedge behind long hair)', () => {
  it("hv_webp: few boundary-band pixels keep the hedge's hue, fewer with the opt-in gap clearing", async () => {
    const before = await oldBackgroundInHair('hv_webp_named_jpg_long_hair_outdoor.jpg', false);
    const after = await oldBackgroundInHair('hv_webp_named_jpg_long_hair_outdoor.jpg', true);
    console.log(`hv_webp old-background share in the hair band: ${before.toFixed(4)} → ${after.toFixed(4)}`);
    expect(after).toBeLessThan(before * 0.9);
  }, 60_000);
});
