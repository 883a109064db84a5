/**
 * Render benchmark: per-step timings (median, p95) of `sharpRender` for a 12 MP source, with the
 * real upstream stages (capture-sharp, face-mediapipe, matting-isnet at the pipeline's region and
 * scale) run once beforehand. Scenarios: background replacement with each foreground estimator,
 * with retouching, and crop-only; plus the same at the fixture's native resolution.
 * Run: `npx tsx --conditions=@idphoto/source packages/plugins/render-sharp/bench/render.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
  type RenderInput,
  type RenderStage,
  type SourceImage,
  subjectRegion,
} from '@idphoto/sdk';
import { chsiGraduation } from '@idphoto/spec-chsi';
import sharp from 'sharp';
import * as v from 'valibot';
import { createSharpRender, RenderSharpOptionsSchema } from '../src/index.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const photos = fileURLToPath(new URL('../../../../../shared/fixtures/photos/', import.meta.url));
const FIXTURE = 'a01_obama_enrol_flags.jpg';
const BLUE = { r: 100, g: 197, b: 255 };

interface Stats {
  readonly median: number;
  readonly p95: number;
}

function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (x: number): number => Math.round(x * 10) / 10;
  return { median: round(at(0.5)), p95: round(at(0.95)) };
}

const upstream = createIdPhoto({ plugins: [sharpCapture(), mediapipeFace(), isnetMatting()] });

/** Capture, face analysis and matting exactly as `createIdPhoto().make()` runs them. */
async function prepare(bytes: Uint8Array): Promise<Omit<RenderInput, 'mode'>> {
  const { resolver } = upstream;
  const { source } = await resolver.resolve(CAPTURE).load({ bytes });
  const analysis = await resolver.resolve(FACE_ANALYZER).analyze({ image: source.image, embeddings: false });
  const main = primaryFace(analysis.faces);
  if (main.kind !== 'one') throw new Error('the bench photo must show one face');
  const { region, scale } = subjectRegion(main.face, source.image.width, source.image.height, chsiGraduation);
  const matte: MattingOutput = await resolver
    .resolve(MATTING)
    .matte({ image: source.image, face: main.face, region, scale });
  return { source, face: main.face, matte, spec: chsiGraduation, background: BLUE };
}

async function run(stage: RenderStage, input: RenderInput): Promise<Record<string, Stats>> {
  await stage.render(input);
  await stage.render(input);
  const samples: Record<string, number[]> = {};
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const out = await stage.render(input);
    const total = performance.now() - start;
    for (const [k, ms] of Object.entries({ ...out.timings, total })) {
      samples[k] ??= [];
      samples[k].push(ms);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, list]) => [k, stats(list)]));
}

function print(title: string, source: SourceImage, rows: Record<string, Record<string, Stats>>): void {
  const mp = ((source.image.width * source.image.height) / 1e6).toFixed(1);
  console.log(
    `\n${title}: ${source.image.width}×${source.image.height} (${mp} MP) → 480×640, ${RUNS} runs, ms median / p95`,
  );
  const steps = ['plan', 'crop', 'matte-resample', 'foreground', 'retouch', 'composite', 'encode', 'total'];
  console.log(['scenario'.padEnd(28), ...steps.map((s) => s.padStart(15))].join(''));
  for (const [name, row] of Object.entries(rows))
    console.log(
      [
        name.padEnd(28),
        ...steps.map((s) => (row[s] ? `${row[s].median} / ${row[s].p95}` : '—').padStart(15)),
      ].join(''),
    );
}

const stage = (options: v.InferInput<typeof RenderSharpOptionsSchema>): RenderStage =>
  createSharpRender(v.parse(RenderSharpOptionsSchema, options));

const original = new Uint8Array(readFileSync(`${photos}${FIXTURE}`));
const meta = await sharp(original).metadata();
// A 12 MP phone-sized source (3.4× the fixture, Lanczos), as JPEG bytes the capture stage decodes.
const big = new Uint8Array(
  await sharp(original)
    .resize(Math.round(meta.width! * 3.4))
    .jpeg({ quality: 92 })
    .toBuffer(),
);

for (const [title, bytes] of [
  ['12 MP source', big],
  ['native fixture', original],
] as const) {
  const input = await prepare(bytes);
  const rows: Record<string, Record<string, Stats>> = {
    'replace, multi-level': await run(stage({}), { ...input, mode: 'replace-background' }),
    'replace, blur-fusion': await run(stage({ foreground: 'blur-fusion' }), {
      ...input,
      mode: 'replace-background',
    }),
    'replace, multi-level+retouch': await run(stage({}), {
      ...input,
      mode: 'replace-background',
      retouch: { smoothing: 0.35 },
    }),
    'crop-only': await run(stage({}), { ...input, mode: 'crop-only' }),
  };
  print(title, input.source, rows);
}
console.log(
  `\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (includes the face and matting models)`,
);
