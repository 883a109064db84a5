import { sharpCapture } from '@idphoto/capture-sharp';
import { mediapipeFace } from '@idphoto/face-mediapipe';
import { isnetMatting } from '@idphoto/matting-isnet';
import {
  CAPTURE,
  createIdPhoto,
  FACE_ANALYZER,
  MATTING,
  type MattingOutput,
  primaryFace,
  subjectRegion,
} from '@idphoto/sdk';
import { chsiSpec } from '@idphoto/spec-chsi';
import { describe, expect, it } from 'vitest';
import { compositeOver } from '../src/composite/composite-over.js';
import { estimateForegroundMultiLevel } from '../src/composite/multi-level-foreground.js';
import { cropSource } from '../src/image/crop-source.js';
import { matteToOutput } from '../src/matte/matte-to-output.js';
import { planRender } from '../src/plan/plan-render.js';
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
 * background) whose colour has the old background's hue — the old background left in the hair —
 * for the photo rendered over blue once with each matte.
 *
 * Both renders use one framing (the plan of the first matte): the share moves by a fifth when the
 * crop moves by a pixel, more than the mattes differ, so renders framed by their own mattes (the
 * gap clearing lowers the crown's alpha and so moves the head top) would compare the crops.
 * The old background's hue is measured, not assumed: the median hue of the saturated source
 * pixels the first matte calls background around the subject.
 */
async function oldBackgroundInHair(name: string): Promise<{ without: number; with: number }> {
  const mattes = await Promise.all(
    [false, true].map(async (clearGaps) => {
      const app = createIdPhoto({
        plugins: [
          sharpCapture(),
          mediapipeFace({ threads: 1 }),
          isnetMatting({ threads: 1, clearGaps }),
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
      return { source, face: main.face, spec, matte };
    }),
  );
  const { source, face, spec, matte: first } = mattes[0]!;
  const { width: W, height: H } = spec.canvas;
  const { window } = planRender(
    { source, face, matte: first, spec, background: BLUE, mode: 'replace-background' },
    { maxUpscale: 1.5, rangeMargin: 0.1 },
  );
  const cropped = await cropSource(source.image, window, W, H, BLUE);
  const covered = new Uint8Array(W * H);
  const c = window.covered;
  for (let y = c.y; y < c.y + c.height; y++) covered.fill(1, y * W + c.x, y * W + c.x + c.width);
  // The old background's hue: saturated source pixels with alpha 0 inside the matte's region.
  const hues: number[] = [];
  const a = first.alpha;
  const region = first.region;
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
  const share = (matte: MattingOutput): number => {
    const { alpha } = matteToOutput(matte, W, H, window.mapX, window.mapY, window.covered);
    const data = compositeOver(estimateForegroundMultiLevel(cropped, alpha, covered), alpha, W, H, BLUE);
    let band = 0;
    let old = 0;
    const R = 8;
    for (let y = 0; y < H; y++)
      for (let x = 0; x < W; x++) {
        const i = y * W + x;
        if (Math.round(alpha[i]! * 255) === 0) continue;
        let near = false;
        for (let yy = Math.max(0, y - R); yy <= Math.min(H - 1, y + R) && !near; yy++)
          for (let xx = Math.max(0, x - R); xx <= Math.min(W - 1, x + R); xx++)
            if (Math.round(alpha[yy * W + xx]! * 255) <= 5) {
              near = true;
              break;
            }
        if (!near) continue;
        band++;
        const { hue, sat } = hueSat(data.data[3 * i]!, data.data[3 * i + 1]!, data.data[3 * i + 2]!);
        const dh = Math.min(Math.abs(hue - oldHue), 360 - Math.abs(hue - oldHue));
        if (sat > 0.2 && dh < 30) old++;
      }
    return old / band;
  };
  return { without: share(first), with: share(mattes[1]!.matte) };
}

describe('old background left in the hair (real photo, hedge behind long hair)', () => {
  it("hv_webp: few boundary-band pixels keep the hedge's hue, with or without the opt-in gap clearing", async () => {
    const share = await oldBackgroundInHair('hv_webp_named_jpg_long_hair_outdoor.jpg');
    console.log(
      `hv_webp old-background share in the hair band (one framing): ${share.without.toFixed(4)} without gap clearing, ${share.with.toFixed(4)} with`,
    );
    // At one framing the gap clearing does not lower the share (2.8 % → 3.1 %): the 2.82 % → 2.42 %
    // once measured here compared two crops (each render framed by its own matte), not the mattes.
    expect(share.without).toBeLessThan(0.05);
    expect(share.with).toBeLessThan(0.05);
  }, 60_000);
});
