/**
 * Matting benchmark: speed of the pipeline's calls and alpha error against plain IS-Net.
 *
 *   npx tsx --conditions=@idphoto/source packages/plugins/matting-isnet/bench/matting.bench.ts [--quick]
 *
 * 1. 12 MP full frame (a portrait fixture upscaled to 3000×4000 in memory), face from the real analyzer.
 * 2. The pipeline's typical call: the CHSI region with scale ≈ 2× the 480×640 output.
 * 3. The same call on a photo where the network half-attaches background beside the head (Biden
 *    in front of curtains, upscaled to 12 MP), so fringe pruning has something to remove.
 * 4. `quality: 'fast'` (and `best`) on a finished 480×640 photo.
 * 5. Both CHSI-region calls with and without pruning, interleaved: what pruning adds; likewise the
 *    opt-in `clearGaps` against the default.
 * 6. Alpha error (SAD, MSE) of this stage vs plain IS-Net (the published model at 1024², whole
 *    image stretched, bilinear back — what imgly's library does) on the matting pairs and on the
 *    RGBA cut-out composited over backgrounds, at fixture size and upscaled to 12 MP; with and
 *    without fringe pruning.
 * Peak RSS is printed after the stage's runs (before a second session and the baseline model are
 * loaded) and at the end.
 */
import * as os from 'node:os';
import { sharpCapture } from '@idphoto/capture-sharp';
import { mediapipeFace } from '@idphoto/face-mediapipe';
import {
  createIdPhoto,
  FACE_ANALYZER,
  type FaceAnalysis,
  MATTING,
  type MattingInput,
  type MattingStage,
  type RgbImage,
  SPECS,
  subjectRegion,
} from '@idphoto/sdk';
import { chsiSpec } from '@idphoto/spec-chsi';
import sharp from 'sharp';
import { cropResize } from '../src/image/sharp-resize.js';
import { isnetMatting } from '../src/index.js';
import { createIsnetSession, type IsnetSession } from '../src/inference/isnet-session.js';
import { prepareModels } from '../src/model/prepare-models.js';
import {
  alphaErrors,
  cutoutComposites,
  loadFixture,
  type MattingCase,
  mattingPairs,
} from '../test/fixtures.js';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 9;

const app = createIdPhoto({ plugins: [sharpCapture(), mediapipeFace(), isnetMatting(), chsiSpec()] });
const matting = app.resolver.resolve(MATTING);
const analyzer = app.resolver.resolve(FACE_ANALYZER);

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))]!;
}
const ms = (v: number): string => `${v.toFixed(0)} ms`;
const rssMb = (): number => process.resourceUsage().maxRSS / 1024;

async function faceOf(image: RgbImage): Promise<FaceAnalysis> {
  const [face] = (await analyzer.analyze({ image, embeddings: false })).faces;
  if (!face) throw new Error('no face found');
  return face;
}

async function upscale(image: RgbImage, width: number, height: number): Promise<RgbImage> {
  const raw = { raw: { width: image.width, height: image.height, channels: 3 as const } };
  const data = await sharp(image.data, raw)
    .resize(width, height, { fit: 'cover', kernel: 'lanczos3' })
    .raw()
    .toBuffer();
  return { width, height, channels: 3, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

async function timeCalls(label: string, stage: MattingStage, input: MattingInput): Promise<void> {
  const walls: number[] = [];
  const parts = new Map<string, number[]>();
  let size = '';
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = await stage.matte(input);
    walls.push(performance.now() - start);
    size = `${result.alpha.width}×${result.alpha.height}`;
    for (const [k, v] of Object.entries(result.timings)) parts.set(k, [...(parts.get(k) ?? []), v]);
  }
  const breakdown = [...parts].map(([k, v]) => `${k} ${quantile(v, 0.5).toFixed(0)}`).join(', ');
  console.log(
    `${label.padEnd(44)} median ${ms(quantile(walls, 0.5)).padStart(8)}  p95 ${ms(quantile(walls, 0.95)).padStart(8)}  alpha ${size}  [${breakdown}]`,
  );
}

/**
 * The same call on two configurations of the stage, alternating so load hits both alike: what an
 * option adds to the pipeline's call, and the median of its own step (`timings[step]`).
 */
async function optionCost(
  label: string,
  input: MattingInput,
  [withName, withStage]: readonly [string, MattingStage],
  [withoutName, withoutStage]: readonly [string, MattingStage],
  step: string,
): Promise<void> {
  const on: number[] = [];
  const off: number[] = [];
  const own: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    const result = await withStage.matte(input);
    on.push(performance.now() - start);
    own.push(result.timings[step] ?? 0);
    start = performance.now();
    await withoutStage.matte(input);
    off.push(performance.now() - start);
  }
  console.log(
    `${label.padEnd(44)} ${withName} ${ms(quantile(on, 0.5))}, ${withoutName} ${ms(quantile(off, 0.5))}; ${step} step median ${quantile(own, 0.5).toFixed(1)} ms, p95 ${quantile(own, 0.95).toFixed(1)} ms`,
  );
}

/** Plain IS-Net as imgly runs it: the published 1024² model on the whole image, bilinear back. */
async function baseline(session: IsnetSession, image: RgbImage): Promise<Uint8Array> {
  const full = { x: 0, y: 0, width: image.width, height: image.height };
  const map = await session.run(await cropResize(image, 3, full, 1024, 1024), 1024, 1024);
  const bytes = Uint8Array.from(map, (v) => Math.round(Math.min(1, Math.max(0, v)) * 255));
  const back = await sharp(bytes, { raw: { width: 1024, height: 1024, channels: 1 } })
    .resize(image.width, image.height, { fit: 'fill', kernel: 'linear' })
    .extractChannel(0)
    .raw()
    .toBuffer();
  return new Uint8Array(back.buffer, back.byteOffset, back.length);
}

console.log(
  `matting-isnet bench — ${os.cpus().length} CPUs, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, ${RUNS} runs each`,
);
await matting.warmup?.();

// 1. 12 MP full frame.
const portrait = await loadFixture('a01_obama_enrol_flags.jpg');
const twelve = await upscale(portrait, 3000, 4000);
const twelveFace = await faceOf(twelve);
await timeCalls('12 MP (3000×4000) full frame, best', matting, { image: twelve, face: twelveFace });

// 2. The pipeline's call for a CHSI photo (480×640): region of the frame, alpha at ~2× output.
const chsi = app.resolver.resolveAll(SPECS)[0]!;
const { region, scale } = subjectRegion(twelveFace, twelve.width, twelve.height, chsi);
await timeCalls(`12 MP, CHSI region ${region.width}×${region.height} at scale ${scale.toFixed(2)}`, matting, {
  image: twelve,
  face: twelveFace,
  region,
  scale,
});

// 3. The pipeline's call where pruning removes a curtain fold (12 MP, aspect kept).
const curtains = await loadFixture('b01_biden_tall_standing.jpg');
const side = Math.sqrt(12e6 / (curtains.width * curtains.height));
const bigCurtains = await upscale(
  curtains,
  Math.round(curtains.width * side),
  Math.round(curtains.height * side),
);
const curtainsFace = await faceOf(bigCurtains);
const curtainsCall = subjectRegion(curtainsFace, bigCurtains.width, bigCurtains.height, chsi);
await timeCalls(
  `12 MP curtains, CHSI region ${curtainsCall.region.width}×${curtainsCall.region.height}`,
  matting,
  { image: bigCurtains, face: curtainsFace, ...curtainsCall },
);

// 4. Validating a finished 480×640 photo.
const small = await loadFixture('g02_derived_chsi_candidate_480x640_blue.jpg');
const smallFace = await faceOf(small);
await timeCalls("480×640 photo, quality 'fast'", matting, { image: small, face: smallFace, quality: 'fast' });
await timeCalls("480×640 photo, quality 'best'", matting, { image: small, face: smallFace });
console.log(`peak RSS after the stage's runs: ${rssMb().toFixed(0)} MB`);

// A second session for the comparisons below (after the RSS line: it holds its own model).
const unpruned = createIdPhoto({ plugins: [isnetMatting({ pruneFringe: false })] }).resolver.resolve(MATTING);
// 5. Pruning's cost on the pipeline's calls: the same call with and without it, interleaved; then
// the opt-in gap clearing's, against the default stage.
const pruning = [['pruned', matting] as const, ['unpruned', unpruned] as const] as const;
const chsiCall = { image: twelve, face: twelveFace, region, scale };
const curtainsInput = { image: bigCurtains, face: curtainsFace, ...curtainsCall };
await optionCost('12 MP, CHSI region (nothing to prune)', chsiCall, ...pruning, 'prune');
await optionCost('12 MP curtains, CHSI region', curtainsInput, ...pruning, 'prune');
const gaps = createIdPhoto({ plugins: [isnetMatting({ clearGaps: true })] }).resolver.resolve(MATTING);
const clearing = [['clearGaps', gaps] as const, ['default', matting] as const] as const;
await optionCost('12 MP, CHSI region, clearGaps', chsiCall, ...clearing, 'gaps');
await optionCost('12 MP curtains, CHSI region, clearGaps', curtainsInput, ...clearing, 'gaps');

// 6. Alpha error vs plain IS-Net at 1024².
const published = await createIsnetSession((await prepareModels()).sourceModel);
const wide = createIdPhoto({ plugins: [isnetMatting({ inferenceSize: 1024 })] }).resolver.resolve(MATTING);
interface Row {
  readonly name: string;
  readonly cells: string[];
}
const totals = [0, 0, 0, 0, 0, 0, 0, 0];
async function compare(cases: readonly MattingCase[], useFace: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  for (const c of cases) {
    const face = useFace
      ? (await analyzer.analyze({ image: c.image, embeddings: false })).faces[0]
      : undefined;
    const input = { image: c.image, ...(face ? { face } : {}) };
    const results = [
      alphaErrors(await baseline(published, c.image), c.alpha),
      alphaErrors((await matting.matte(input)).alpha.data, c.alpha),
      alphaErrors((await wide.matte(input)).alpha.data, c.alpha),
      alphaErrors((await unpruned.matte(input)).alpha.data, c.alpha),
    ];
    results.forEach((r, k) => {
      totals[2 * k]! += r.sad;
      totals[2 * k + 1]! += r.mse;
    });
    rows.push({
      name: `${c.name}${face ? '' : ' (no face)'}`,
      cells: results.map((r) => `${r.sad.toFixed(2).padStart(7)} ${r.mse.toFixed(5)}`),
    });
  }
  return rows;
}
async function upscaleCase(c: MattingCase, width: number, height: number): Promise<MattingCase> {
  const image = await upscale(c.image, width, height);
  const alpha = await sharp(c.alpha, { raw: { width: c.image.width, height: c.image.height, channels: 1 } })
    .resize(width, height, { fit: 'fill', kernel: 'lanczos3' })
    .extractChannel(0)
    .raw()
    .toBuffer();
  return { name: `${c.name} @${width}×${height}`, image, alpha: new Uint8Array(alpha) };
}

const composites = await cutoutComposites();
const sections: [string, Row[]][] = [
  ['matting pairs (fixture size)', await compare(await mattingPairs(), false)],
  ['cut-out composites (1728×1080)', await compare(composites, true)],
];
const big: MattingCase[] = [];
for (const c of quick ? composites.slice(0, 2) : composites) big.push(await upscaleCase(c, 4400, 2750));
sections.push(['cut-out composites upscaled to 12 MP (4400×2750)', await compare(big, true)]);

console.log(`\nalpha error: SAD (thousands, alpha 0–1) and MSE; lower is better`);
console.log(
  `${'case'.padEnd(58)}${'IS-Net 1024² (baseline)'.padEnd(24)}${'this stage (768)'.padEnd(24)}${'inferenceSize 1024'.padEnd(24)}pruneFringe: false`,
);
for (const [title, rows] of sections) {
  console.log(`-- ${title}`);
  for (const row of rows) console.log(`${row.name.padEnd(58)}${row.cells.map((c) => c.padEnd(24)).join('')}`);
}
console.log(
  `${'TOTAL'.padEnd(58)}${[0, 1, 2, 3].map((k) => `${totals[2 * k]!.toFixed(2).padStart(7)} ${totals[2 * k + 1]!.toFixed(5)}`.padEnd(24)).join('')}`,
);
await published.release();
console.log(
  `\npeak RSS of the process: ${rssMb().toFixed(0)} MB; load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
