/**
 * Retouch strength study: for fixture portraits framed to the CHSI crop, how much skin texture each
 * smoothing strength removes, how much edge detail survives next to the eyes, brows and hairline,
 * how far the tone correction moves the face colour, what the real faceres analyzer says about
 * identity, and how long the retouch takes at output size. Writes before/after face crops to
 * `$RETOUCH_CROPS` when it names a directory.
 * Run: `pnpm bench retouch`.
 */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { CAPTURE, FACE_ANALYZER, type FaceEmbedding, type RgbImage, SIMILARITY } from '@idphoto/sdk';
import sharp from 'sharp';
import { retouchSubject } from '../src/retouch/retouch-subject.js';
import { skinMask } from '../src/retouch/skin-mask.js';
import { DEFAULT_SMOOTHING } from '../src/sharp-render.js';
import {
  edgeEnergy,
  faceMeanLab,
  featureBand,
  framedFace,
  hairlineBand,
  skinTexture,
} from '../test/retouch-metrics.js';
import { analysisStages } from '../test/stages.js';

const FIXTURES = (
  process.env.RETOUCH_FIXTURES ??
  'hv_white_shirt_plain_bg.jpg,g01_hv_bow_white_shirt.jpg,a01_obama_enrol_flags.jpg,hv_man_suit_gray_bg.jpg,derived_cmyk_alex_portrait.jpg,d01_rose_long_hair_cluttered.jpg'
).split(',');
const STRENGTHS = [0.35, DEFAULT_SMOOTHING, 0.6, 0.75, 1];
const CROPS = process.env.RETOUCH_CROPS;
const IDENTITY = process.env.RETOUCH_IDENTITY !== '0';
const W = 480;
const H = 640;

const app = analysisStages();
async function embed(image: RgbImage): Promise<FaceEmbedding> {
  const bytes = new Uint8Array(
    await sharp(image.data, { raw: { width: W, height: H, channels: 3 } })
      .jpeg({ quality: 95 })
      .toBuffer(),
  );
  const { source } = await app.resolver.resolve(CAPTURE).load({ bytes });
  const { faces } = await app.resolver.resolve(FACE_ANALYZER).analyze({ image: source.image });
  return faces[0]!.embedding!;
}

function toImage(pixels: Float32Array): RgbImage {
  return { width: W, height: H, channels: 3, data: Uint8Array.from(pixels, (v) => Math.round(v)) };
}

const pct = (after: number, before: number): string => `${Math.round((100 * after) / before)}%`;

if (CROPS) mkdirSync(CROPS, { recursive: true });
for (const name of FIXTURES) {
  const { image, landmarks } = await framedFace(name);
  const before = Float32Array.from(image.data);
  const mask = skinMask(landmarks, before, W, H)!;
  const skin = (i: number): boolean => mask.weight[i]! > 0.5;
  const features = featureBand(landmarks, W, H);
  const hairline = hairlineBand(landmarks, W, H);
  const texture0 = skinTexture(before, skin);
  const eyes0 = edgeEnergy(before, (i) => features[i] === 1);
  const hair0 = edgeEnergy(before, (i) => hairline[i] === 1);
  const lab0 = faceMeanLab(before, mask.face);
  const embedding0 = IDENTITY ? await embed(image) : null;
  console.log(`\n${name} (face width ${mask.faceWidth.toFixed(0)} px)`);
  console.log(
    'strength | laplacian | DoG σ≈2.4 | eyes/brows | hairline | ΔE face (tone on) | similarity | ms',
  );
  const panels: Float32Array[] = [before];
  for (const strength of STRENGTHS) {
    const after = Float32Array.from(before);
    const start = performance.now();
    retouchSubject(after, W, H, landmarks, { smoothing: strength, tone: false });
    const ms = performance.now() - start;
    const toned = Float32Array.from(before);
    retouchSubject(toned, W, H, landmarks, { smoothing: strength, tone: true });
    const t = skinTexture(after, skin);
    const lab1 = faceMeanLab(toned, mask.face);
    const dE = Math.hypot(lab1[0] - lab0[0], lab1[1] - lab0[1], lab1[2] - lab0[2]);
    const similarity = embedding0
      ? app.resolver.resolve(SIMILARITY).compare({ a: embedding0, b: await embed(toImage(toned)) })
      : { score: Number.NaN, threshold: Number.NaN };
    console.log(
      [
        strength.toFixed(2),
        pct(t.laplacian, texture0.laplacian),
        pct(t.dog, texture0.dog),
        pct(
          edgeEnergy(after, (i) => features[i] === 1),
          eyes0,
        ),
        pct(
          edgeEnergy(after, (i) => hairline[i] === 1),
          hair0,
        ),
        dE.toFixed(2),
        `${similarity.score.toFixed(1)} (thr ${similarity.threshold})`,
        ms.toFixed(1),
      ].join(' | '),
    );
    if (strength === DEFAULT_SMOOTHING || strength === 0.6 || strength === 1) panels.push(after);
  }
  if (!CROPS) continue;
  await writeCrops(CROPS, name, panels, mask.box);
  const c = landmarks[50]!;
  const side = Math.round(0.4 * mask.faceWidth);
  const cheek = { x: Math.round(c.x - side / 2), y: Math.round(c.y - side / 2), width: side, height: side };
  await writeCrops(CROPS, `${name}-cheek`, panels, cheek, 4);
}

/** Face box of each panel side by side, 2× enlarged (nearest) so pores stay visible. */
async function writeCrops(
  dir: string,
  name: string,
  panels: readonly Float32Array[],
  box: { x: number; y: number; width: number; height: number },
  zoom = 2,
): Promise<void> {
  const tiles = await Promise.all(
    panels.map((pixels) =>
      sharp(toImage(pixels).data, { raw: { width: W, height: H, channels: 3 } })
        .extract({ left: box.x, top: box.y, width: box.width, height: box.height })
        .resize({ width: box.width * zoom, kernel: 'nearest' })
        .png()
        .toBuffer(),
    ),
  );
  const tw = box.width * zoom;
  await sharp({
    create: { width: tw * tiles.length, height: box.height * zoom, channels: 3, background: '#fff' },
  })
    .composite(tiles.map((input, k) => ({ input, left: k * tw, top: 0 })))
    .png()
    .toFile(path.join(dir, `${name.replace(/\.jpg/, '')}.png`));
}
