import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharpCapture } from '@idphoto/capture-sharp';
import { mediapipeFace } from '@idphoto/face-mediapipe';
import type { FaceAnalysis, GrayImage, RgbImage } from '@idphoto/sdk';
import { CAPTURE, createIdPhoto, FACE_ANALYZER } from '@idphoto/sdk';
import sharp from 'sharp';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Repository root (this file is packages/plugins/matting-isnet/test/fixtures.ts). */
export const repoRoot = path.resolve(here, '../../../..');
/** Shared real test photos (never copied into the repository). */
export const fixturesDir = path.resolve(repoRoot, '../shared/fixtures/photos');
export const fixturesPresent = existsSync(path.join(fixturesDir, 'MANIFEST.md'));
/** Message for the test that fails when the photos are missing (the others are skipped). */
export const MISSING_FIXTURES = `fixture photos missing at ${fixturesDir}: matting tests cannot run`;

/** The real capture stage and face analyzer, as the pipeline runs them. */
const app = createIdPhoto({ plugins: [sharpCapture(), mediapipeFace()] });

/** Decodes a fixture with the capture stage (EXIF applied, sRGB, alpha flattened). */
export async function loadFixture(name: string): Promise<RgbImage> {
  const bytes = new Uint8Array(await readFile(path.join(fixturesDir, name)));
  return (await app.resolver.resolve(CAPTURE).load({ bytes })).source.image;
}

/** Faces of an image from the real analyzer (`@idphoto/face-mediapipe`), largest first. */
export async function analyzeFaces(image: RgbImage): Promise<readonly FaceAnalysis[]> {
  return (await app.resolver.resolve(FACE_ANALYZER).analyze({ image, embeddings: false })).faces;
}

/** One matting pair: the photo and its reference alpha (`matting/<stem>.image.*` + `.alpha.png`). */
export interface MattingCase {
  readonly name: string;
  readonly image: RgbImage;
  readonly alpha: Uint8Array;
}

/** The matting pairs of the fixture folder. */
export async function mattingPairs(): Promise<MattingCase[]> {
  const dir = path.join(fixturesDir, 'matting');
  const stems = readdirSync(dir)
    .filter((f) => f.includes('.image.'))
    .sort();
  return Promise.all(
    stems.map(async (file) => {
      const name = file.split('.image.')[0]!;
      const image = await loadFixture(path.join('matting', file));
      const alpha = await sharp(path.join(dir, `${name}.alpha.png`))
        .extractChannel(0)
        .raw()
        .toBuffer();
      return { name, image, alpha: new Uint8Array(alpha.buffer, alpha.byteOffset, alpha.length) };
    }),
  );
}

/** Backgrounds the RGBA cut-out is composited over: colour (r, g, b) per pixel. */
export type Background = (
  x: number,
  y: number,
  width: number,
  height: number,
) => readonly [number, number, number];

/**
 * Composites the RGBA cut-out fixture (P3M, 1728×1080) over varied backgrounds — solid colours,
 * gradients, and a busy photo (the waterfall fixture) — so the true alpha is the PNG's own.
 */
export async function cutoutComposites(): Promise<MattingCase[]> {
  const cut = await sharp(path.join(fixturesDir, 'rgba_cutout_p3m_818e689d.png'))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = cut.info;
  const texture = await sharp(path.join(fixturesDir, 'exif6_no_face_recurser.jpg'))
    .rotate()
    .resize(width, height, { fit: 'cover' })
    .removeAlpha()
    .raw()
    .toBuffer();
  const backgrounds: [string, Background][] = [
    ['white', () => [255, 255, 255]],
    ['blue', () => [67, 142, 219]],
    ['red', () => [200, 30, 40]],
    ['grey', () => [128, 128, 128]],
    ['vertical-gradient', (_x, y, _w, h) => [20 + (200 * y) / h, 60 + (150 * y) / h, 180 + (60 * y) / h]],
    ['horizontal-gradient', (x, _y, w) => [240 - (200 * x) / w, 180 - (100 * x) / w, 40 + (180 * x) / w]],
    [
      'waterfall-photo',
      (x, y) => {
        const i = (y * width + x) * 3;
        return [texture[i]!, texture[i + 1]!, texture[i + 2]!];
      },
    ],
  ];
  const alpha = new Uint8Array(width * height);
  for (let i = 0; i < alpha.length; i++) alpha[i] = cut.data[i * 4 + 3]!;
  return backgrounds.map(([name, background]) => {
    const data = new Uint8Array(width * height * 3);
    for (let y = 0, i = 0; y < height; y++) {
      for (let x = 0; x < width; x++, i++) {
        const a = alpha[i]! / 255;
        const bg = background(x, y, width, height);
        for (let c = 0; c < 3; c++) data[i * 3 + c] = Math.round(cut.data[i * 4 + c]! * a + bg[c]! * (1 - a));
      }
    }
    return { name: `cut-out over ${name}`, image: { width, height, channels: 3 as const, data }, alpha };
  });
}

/** SAD (sum of absolute alpha differences, alpha in 0–1, in thousands) and MSE. */
export function alphaErrors(alpha: Uint8Array, truth: Uint8Array): { sad: number; mse: number } {
  if (alpha.length !== truth.length) throw new Error('alpha sizes differ');
  let sad = 0;
  let se = 0;
  for (let i = 0; i < truth.length; i++) {
    const d = (alpha[i]! - truth[i]!) / 255;
    sad += Math.abs(d);
    se += d * d;
  }
  return { sad: sad / 1000, mse: se / truth.length };
}

/** Mean alpha (0–1) of a matte inside a box given in the matte's own pixels. */
export function meanAlpha(
  alpha: GrayImage,
  box: { x: number; y: number; width: number; height: number },
): number {
  const x0 = Math.max(0, Math.round(box.x));
  const y0 = Math.max(0, Math.round(box.y));
  const x1 = Math.min(alpha.width, Math.round(box.x + box.width));
  const y1 = Math.min(alpha.height, Math.round(box.y + box.height));
  let sum = 0;
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      sum += alpha.data[y * alpha.width + x]!;
      n++;
    }
  }
  if (n === 0) throw new Error('empty box');
  return sum / n / 255;
}

/** A box in a face's own frame: face widths across, face heights down from the chin. */
export interface FaceFrameBox {
  /** Face widths towards image-left (negative: image-right), perpendicular to chin→hairline. */
  readonly across: readonly [number, number];
  /** Face heights below the chin along hairline→chin (negative: above the chin). */
  readonly down: readonly [number, number];
}

/**
 * Alpha statistics of a matte (covering `region` of the source) over a box given in the face's
 * own frame, sampled on a 41×41 grid: the mean (0–1) and the share of samples above 0.1 — what
 * shows in a finished photo as something other than background.
 */
export function alphaInFaceFrame(
  alpha: GrayImage,
  region: { x: number; y: number; width: number; height: number },
  face: Pick<FaceAnalysis, 'chin' | 'hairline' | 'faceWidth' | 'faceHeight'>,
  box: FaceFrameBox,
): { mean: number; visible: number } {
  let dx = face.chin.x - face.hairline.x;
  let dy = face.chin.y - face.hairline.y;
  const length = Math.hypot(dx, dy);
  dx /= length;
  dy /= length;
  let sum = 0;
  let visible = 0;
  let n = 0;
  for (let i = 0; i <= 40; i++) {
    for (let j = 0; j <= 40; j++) {
      const a = (box.across[0] + ((box.across[1] - box.across[0]) * i) / 40) * face.faceWidth;
      const b = (box.down[0] + ((box.down[1] - box.down[0]) * j) / 40) * face.faceHeight;
      const sx = face.chin.x - a * dy + b * dx;
      const sy = face.chin.y + a * dx + b * dy;
      const x = Math.floor(((sx - region.x) * alpha.width) / region.width);
      const y = Math.floor(((sy - region.y) * alpha.height) / region.height);
      if (x < 0 || y < 0 || x >= alpha.width || y >= alpha.height) continue;
      const v = alpha.data[y * alpha.width + x]! / 255;
      sum += v;
      if (v > 0.1) visible++;
      n++;
    }
  }
  if (n === 0) throw new Error('box outside the matte');
  return { mean: sum / n, visible: visible / n };
}
