/**
 * End-to-end benchmark of `make` with the default composition:
 * - a 12 MP JPEG (a fixture portrait upscaled in memory): median and p95 of total and of every stage;
 * - pass rate over the fixture portraits MANIFEST.md marks as usable frontal faces;
 * - peak RSS.
 * Run: pnpm bench pipeline
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createIdPhoto } from '@idphoto/sdk';
import sharp from 'sharp';
import { defaultPlugins } from '../src/index.js';

const FIXTURES = resolve(import.meta.dirname, '../../../../shared/fixtures/photos');
if (!existsSync(FIXTURES)) {
  console.error(`fixtures missing: ${FIXTURES} (the benchmark needs ../shared/fixtures/photos)`);
  process.exit(2);
}

const USABLE = [
  'a01_obama_enrol_flags.jpg',
  'd01_rose_long_hair_cluttered.jpg',
  'derived_cmyk_alex_portrait.jpg',
  'g01_hv_bow_white_shirt.jpg',
  'hv_man_suit_gray_bg.jpg',
  'hv_webp_named_jpg_long_hair_outdoor.jpg',
  'hv_white_shirt_plain_bg.jpg',
  'rgba_opaque_obama.png',
  'a02_obama_podium.jpg',
  'b01_biden_tall_standing.jpg',
];

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
};

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

const idphoto = createIdPhoto({ plugins: defaultPlugins() });
const warm = performance.now();
await idphoto.warmup();
console.log(`warmup (model sessions): ${Math.round(performance.now() - warm)} ms`);

// 12 MP source: hv_man_suit upscaled to 4000×3958 and encoded like a phone JPEG.
const base = await readFile(join(FIXTURES, 'hv_man_suit_gray_bg.jpg'));
const big = await sharp(base).resize(4000).jpeg({ quality: 88 }).toBuffer();
const meta = await sharp(big).metadata();
console.log(`12 MP input: ${meta.width}×${meta.height}, ${(big.length / 1e6).toFixed(1)} MB`);

const runs = Number(process.env['BENCH_RUNS'] ?? 7);
const stageSamples = new Map<string, number[]>();
for (let i = 0; i < runs + 1; i++) {
  const { report } = await idphoto.make({ image: big, spec: 'chsi-graduation' });
  if (i === 0) continue; // first run pays lazy initialisation
  for (const [stage, ms] of Object.entries(report.timings)) {
    if (!stageSamples.has(stage)) stageSamples.set(stage, []);
    stageSamples.get(stage)!.push(ms);
  }
}
console.log(`\nend-to-end make, 12 MP JPEG, ${runs} runs (ms):`);
console.log('stage'.padEnd(34), 'p50'.padStart(8), 'p95'.padStart(8));
for (const [stage, values] of [...stageSamples.entries()].sort(
  (a, b) => quantile(b[1], 0.5) - quantile(a[1], 0.5),
)) {
  if (stage.split('.').length > 2) continue;
  console.log(
    stage.padEnd(34),
    quantile(values, 0.5).toFixed(0).padStart(8),
    quantile(values, 0.95).toFixed(0).padStart(8),
  );
}
const total = quantile(stageSamples.get('total') ?? [], 0.5);
console.log(`total median ${total.toFixed(0)} ms — target 1500 ms → ratio ${(total / 1500).toFixed(2)}`);

console.log('\npass rate over usable fixture portraits (chsi-graduation, blue):');
let passed = 0;
for (const name of USABLE) {
  const image = await readFile(join(FIXTURES, name));
  const { report } = await idphoto.make({ image, spec: 'chsi-graduation' });
  if (report.pass) passed++;
  const failed = report.items.filter((i) => i.status === 'fail').map((i) => i.rule);
  console.log(
    `  ${report.pass ? 'PASS' : 'FAIL'} ${name.padEnd(42)} ${Math.round(report.timings['total'] ?? 0)} ms ${failed.join(', ')}`,
  );
}
console.log(`pass rate ${passed}/${USABLE.length}`);
clearInterval(sampler);
console.log(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
