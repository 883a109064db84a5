/**
 * Face analysis benchmark: a single-face portrait (stage breakdown) and a 12 MP photo made by
 * upscaling a fixture in memory. Run: `npx tsx --conditions=@idphoto/source <this file>`.
 * Prints medians, p95, ratios and peak RSS.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { FaceAnalyzer, RgbImage } from '@idphoto/sdk';
import { createIdPhoto, FACE_ANALYZER } from '@idphoto/sdk';
import sharp from 'sharp';
import { mediapipeFace } from '../src/index.js';
import { fixturePath, fixturesPresent } from '../test/fixtures.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

async function decode(file: string, resize?: { width: number; height: number }): Promise<RgbImage> {
  let pipeline = sharp(fixturePath(file), { limitInputPixels: false }).rotate();
  if (resize) pipeline = pipeline.resize(resize.width, resize.height, { fit: 'cover', kernel: 'lanczos3' });
  const { data, info } = await pipeline
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    channels: 3,
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
  };
}

function stats(values: number[]): { median: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: round(at(0.5)), p95: round(at(0.95)) };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

async function measure(
  analyzer: FaceAnalyzer,
  image: RgbImage,
  label: string,
  embeddings = true,
): Promise<number> {
  const totals: number[] = [];
  const stages = new Map<string, number[]>();
  await analyzer.analyze({ image, embeddings });
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const out = await analyzer.analyze({ image, embeddings });
    totals.push(performance.now() - start);
    for (const [k, v] of Object.entries(out.timings)) stages.set(k, [...(stages.get(k) ?? []), v]);
    if (i === 0) console.log(`  ${label}: ${image.width}×${image.height}, ${out.faces.length} face(s)`);
  }
  const total = stats(totals);
  const breakdown = [...stages.entries()]
    .filter(([k]) => k !== 'total')
    .map(([k, v]) => `${k} ${stats(v).median}`)
    .join(', ');
  console.log(`  ${label}: median ${total.median} ms, p95 ${total.p95} ms  [stage medians: ${breakdown}]`);
  return total.median;
}

async function measureFew(analyzer: FaceAnalyzer, image: RgbImage, runs: number): Promise<number> {
  const totals: number[] = [];
  let windows = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const out = await analyzer.analyze({ image });
    totals.push(performance.now() - start);
    windows = out.timings['windows'] ?? 0;
  }
  console.log(`  (${windows} BlazeFace windows per run)`);
  return stats(totals).median;
}

if (!fixturesPresent) {
  console.error('fixture photos missing (../shared/fixtures/photos): nothing to measure');
  process.exit(1);
}

console.log(
  `face-mediapipe analyze bench — ${RUNS} runs, ${availableParallelism()} cores, node ${process.version}, load average ${loadavg().map(round).join(' ')}`,
);
const app = createIdPhoto({ plugins: [mediapipeFace()] });
const analyzer = app.resolver.resolve(FACE_ANALYZER);
const cold = performance.now();
await analyzer.warmup?.();
console.log(`  warmup (convert or read cache + 4 ORT sessions): ${round(performance.now() - cold)} ms`);

const portrait = await decode('g02_derived_chsi_candidate_480x640_blue.jpg');
const portraitMs = await measure(analyzer, portrait, 'portrait 480×640 (CHSI-sized)');
const portrait2 = await decode('a01_obama_enrol_flags.jpg');
const portrait2Ms = await measure(analyzer, portrait2, 'portrait 910×1137');
const noEmbed = await measure(analyzer, portrait2, 'portrait 910×1137 without embedding', false);
const big = await decode('a01_obama_enrol_flags.jpg', { width: 3000, height: 4000 });
const bigMs = await measure(analyzer, big, '12 MP (a01 upscaled to 3000×4000)');
// Worst case: a 12 MP frame whose only face is small (≈52 px eye distance), so every tiled scale runs.
const small = await decode('g02_derived_chsi_candidate_480x640_blue.jpg', { width: 240, height: 320 });
const canvas = new Uint8Array(4000 * 3000 * 3).fill(128);
for (let y = 0; y < small.height; y++) {
  canvas.set(
    small.data.subarray(y * small.width * 3, (y + 1) * small.width * 3),
    ((2650 + y) * 4000 + 3700) * 3,
  );
}
const saved = RUNS;
const worstMs = await measureFew(analyzer, { width: 4000, height: 3000, channels: 3, data: canvas }, 5);
console.log(
  `  12 MP whose only face (52 px eye distance) sits in a corner (full tiled search): median ${worstMs} ms (${saved} → 5 runs)`,
);
console.log(
  `  ratios: 12 MP / 910×1137 = ${round(bigMs / portrait2Ms)}×, embedding share = ${round((1 - noEmbed / portrait2Ms) * 100)} %, 480×640 / 910×1137 = ${round(portraitMs / portrait2Ms)}×`,
);
console.log(
  `  peak RSS: ${round(process.resourceUsage().maxRSS / 1024)} MB; load average at the end: ${loadavg().map(round).join(' ')}`,
);
