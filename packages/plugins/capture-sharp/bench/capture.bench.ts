/**
 * Capture benchmark: decode time of a 12 MP JPEG (made in memory), of the 35 MP shared fixture and
 * of a 12 MP HEIC, against a bare `sharp().raw()` decode of the same bytes; plus how fast and how
 * cheaply a 20000×20000 PNG is refused. Each scenario runs in its own process so its peak RSS is its
 * own. Run: `npx tsx --conditions=@idphoto/source packages/plugins/capture-sharp/bench/capture.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { CAPTURE, createIdPhoto } from '@idphoto/sdk';
import sharp from 'sharp';
import { decodeHeicInWorker } from '../src/decode/heic-worker.js';
import { sharpCapture } from '../src/index.js';
import { blackBitmapPng } from '../test/synthetic.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const photos = fileURLToPath(new URL('../../../../../shared/fixtures/photos/', import.meta.url));
const heicFile = fileURLToPath(new URL('./fixtures/obama-3000x4000.heic', import.meta.url));

type Scenario = 'jpeg-12mp' | 'jpeg-35mp' | 'heic-12mp' | 'png-bomb-400mp';
const SCENARIOS: readonly Scenario[] = ['jpeg-12mp', 'jpeg-35mp', 'heic-12mp', 'png-bomb-400mp'];

interface Stats {
  readonly min: number;
  readonly median: number;
  readonly p95: number;
}

function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (v: number): number => Math.round(v * 10) / 10;
  return { min: round(sorted[0]!), median: round(at(0.5)), p95: round(at(0.95)) };
}

/** Times `fn` (and `baseline`, interleaved run by run so both see the same machine load). */
async function time(
  runs: number,
  fn: () => Promise<unknown>,
  baseline?: () => Promise<unknown>,
): Promise<{ stage: Stats; baseline?: Stats }> {
  await fn().catch(() => undefined);
  await baseline?.();
  const samples: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    await fn().catch(() => undefined);
    samples.push(performance.now() - start);
    if (baseline) {
      start = performance.now();
      await baseline();
      base.push(performance.now() - start);
    }
  }
  return baseline ? { stage: stats(samples), baseline: stats(base) } : { stage: stats(samples) };
}

async function input(scenario: Scenario): Promise<Uint8Array> {
  switch (scenario) {
    case 'jpeg-12mp': {
      const jpeg = await sharp(`${photos}a01_obama_enrol_flags.jpg`)
        .resize(3000, 4000, { fit: 'cover', kernel: 'lanczos3' })
        .jpeg({ quality: 90 })
        .toBuffer();
      return new Uint8Array(jpeg);
    }
    case 'jpeg-35mp':
      return new Uint8Array(readFileSync(`${photos}derived_very_large_7000px_multi.jpg`));
    case 'heic-12mp':
      return new Uint8Array(readFileSync(heicFile));
    case 'png-bomb-400mp':
      return blackBitmapPng(20_000, 20_000);
  }
}

/** Runs one scenario in this process and prints one line. */
async function runScenario(scenario: Scenario): Promise<void> {
  // libvips caches operations by input buffer: without this, repeated runs would measure cache hits.
  sharp.cache(false);
  const bytes = await input(scenario);
  const capture = createIdPhoto({ plugins: [sharpCapture()] }).resolver.resolve(CAPTURE);
  const rssBefore = process.memoryUsage().rss;
  let outcome = '';
  const load = async (): Promise<void> => {
    try {
      const { source } = await capture.load({ bytes });
      outcome = `${source.image.width}×${source.image.height}`;
    } catch (error) {
      outcome = (error as { code?: string }).code ?? 'error';
      throw error;
    }
  };
  const baselines: Partial<Record<Scenario, { label: string; run: () => Promise<unknown> }>> = {
    'jpeg-12mp': { label: 'bare sharp raw decode', run: () => sharp(bytes).raw().toBuffer() },
    'jpeg-35mp': { label: 'bare sharp raw decode', run: () => sharp(bytes).raw().toBuffer() },
    'heic-12mp': { label: 'libheif decode alone', run: () => decodeHeicInWorker(bytes) },
  };
  const baseline = baselines[scenario];
  const result = await time(scenario === 'png-bomb-400mp' ? 100 : RUNS, load, baseline?.run);
  const { stage } = result;
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  let line = `  ${scenario.padEnd(15)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB → ${outcome.padEnd(24)} median ${stage.median} ms, p95 ${stage.p95} ms, min ${stage.min} ms`;
  if (baseline && result.baseline) {
    const ratio = (stage.median / result.baseline.median).toFixed(2);
    line += `  (${baseline.label}: median ${result.baseline.median} ms, min ${result.baseline.min} ms; ratio ${ratio})`;
  }
  line += `  peak RSS ${peakMb} MB (${Math.round(rssBefore / 1048576)} MB before)`;
  console.log(line);
}

const child = process.argv[2] as Scenario | undefined;
if (child) {
  await runScenario(child);
} else {
  if (!existsSync(photos)) {
    console.error(`shared fixture photos missing (${photos}): nothing to measure`);
    process.exit(1);
  }
  console.log(
    `capture-sharp bench — ${RUNS} runs per decode, ${availableParallelism()} cores, node ${process.version}`,
  );
  let failed = 0;
  for (const scenario of SCENARIOS) {
    const result = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), scenario],
      {
        stdio: 'inherit',
        env: process.env,
      },
    );
    if (result.status !== 0) failed++;
  }
  process.exit(failed ? 1 : 0);
}
