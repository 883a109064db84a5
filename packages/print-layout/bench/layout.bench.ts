/**
 * Sheet build time of `layoutSheets` (decode, resample, pack, marks, encode) at 300 dpi:
 * - 4 CHSI photos on 6in, 32 passport photos on A4, 4 CHSI + 2 passport on A4, 100 CHSI over 6in
 *   sheets, the A4 sheet as PNG; median and p95 per case, ms per sheet;
 * - `planSheets` alone (packing only) for 200 mixed copies on A4;
 * - peak RSS.
 * Run: npx tsx --conditions=@idphoto/source packages/print-layout/bench/layout.bench.ts (or pnpm bench layout)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { type LayoutInput, layoutSheets, planSheets } from '../src/index.js';

const FIXTURES = resolve(import.meta.dirname, '../../../../shared/fixtures/photos');
if (!existsSync(FIXTURES)) {
  console.error(`fixtures missing: ${FIXTURES} (the benchmark needs ../shared/fixtures/photos)`);
  process.exit(2);
}

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
};

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 10);

// A finished 480×640 CHSI-sized photo and a 33×48 mm-proportioned crop of it (440×640).
const chsi = new Uint8Array(readFileSync(join(FIXTURES, 'g02_derived_chsi_candidate_480x640_blue.jpg')));
const passport = new Uint8Array(
  await sharp(chsi).extract({ left: 20, top: 0, width: 440, height: 640 }).jpeg({ quality: 95 }).toBuffer(),
);
const chsiMm = { width: 40.64, height: (640 / 300) * 25.4 };
const passportMm = { width: 33, height: 48 };

const cases: [string, LayoutInput][] = [
  ['6in, 4 CHSI', { items: [{ photo: chsi, printMm: chsiMm, copies: 4 }], paper: '6in' }],
  ['A4, 32 passport', { items: [{ photo: passport, printMm: passportMm, copies: 32 }], paper: 'a4' }],
  [
    'A4, 4 CHSI + 2 passport',
    {
      items: [
        { photo: chsi, printMm: chsiMm, copies: 4 },
        { photo: passport, printMm: passportMm, copies: 2 },
      ],
      paper: 'a4',
    },
  ],
  [
    '6in, 100 CHSI (25 sheets)',
    { items: [{ photo: chsi, printMm: chsiMm, copies: 100 }], paper: '6in', maxSheets: 30 },
  ],
  ['A4 PNG, 20 CHSI', { items: [{ photo: chsi, printMm: chsiMm, copies: 20 }], paper: 'a4', format: 'png' }],
];

const runs = Number(process.env['BENCH_RUNS'] ?? 9);
console.log(`layoutSheets, ${runs} runs after one warm-up (ms)`);
console.log('case                          sheets  bytes/sheet   median     p95   ms/sheet');
for (const [name, input] of cases) {
  const samples: number[] = [];
  let sheets = 0;
  let bytes = 0;
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const result = await layoutSheets(input);
    const ms = performance.now() - start;
    if (i === 0) continue;
    samples.push(ms);
    sheets = result.sheets.length;
    bytes = result.sheets.reduce((n, s) => n + s.bytes.length, 0) / sheets;
  }
  const median = quantile(samples, 0.5);
  console.log(
    `${name.padEnd(30)}${String(sheets).padStart(6)}  ${(bytes / 1024).toFixed(0).padStart(8)} KB  ${median.toFixed(0).padStart(7)} ${quantile(samples, 0.95).toFixed(0).padStart(7)}  ${(median / sheets).toFixed(0).padStart(9)}`,
  );
}

const planSamples: number[] = [];
for (let i = 0; i <= 50; i++) {
  const start = performance.now();
  planSheets({
    items: [
      { widthPx: 480, heightPx: 640, copies: 120 },
      { widthPx: 390, heightPx: 567, copies: 80 },
    ],
    paper: { widthPx: 2480, heightPx: 3508 },
    marginPx: 35,
    gutterPx: 24,
    orientation: 'auto',
    allowRotation: true,
    maxSheets: 20,
  });
  if (i > 0) planSamples.push(performance.now() - start);
}
console.log(
  `planSheets, 200 mixed copies on A4 with rotation: median ${quantile(planSamples, 0.5).toFixed(2)} ms, p95 ${quantile(planSamples, 0.95).toFixed(2)} ms`,
);
clearInterval(sampler);
console.log(`peak RSS: ${(peakRss / 1e6).toFixed(0)} MB`);
