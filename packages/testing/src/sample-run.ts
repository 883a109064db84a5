import {
  type IdPhoto,
  type MakeResult,
  readJpegInfo,
  type SpecDefinition,
  type ValidationItem,
  type ValidationReport,
} from '@idphoto/sdk';
import { formatBytes } from './format-size.js';

/** One sample photo made to a spec by a full pipeline, and the made photo checked again. */
export interface SampleRun {
  /** What `make()` returned for the sample on the spec's default background. */
  readonly made: MakeResult;
  /** `check()` of the made photo on the same background; `null` when no photo was made. */
  readonly checked: ValidationReport | null;
  /** The background option used (the spec's default). */
  readonly background: string;
}

/**
 * Makes `image` to `spec` on its default background, then checks the made photo the way a photo
 * made elsewhere would be checked.
 *
 * @example
 * ```ts
 * const run = await runSample(createIdPhoto({ plugins: defaultPlugins() }), spec, photoBytes);
 * expect(samplePassProblems(spec, run)).toEqual([]);
 * ```
 */
export async function runSample(app: IdPhoto, spec: SpecDefinition, image: Uint8Array): Promise<SampleRun> {
  const background = spec.background.default;
  const made = await app.make({ image, spec: spec.id, background });
  const checked = made.photo
    ? (await app.check({ image: made.photo.bytes, spec: spec.id, background })).report
    : null;
  return { made, checked, background };
}

/**
 * Why a made sample does not pass its own spec: every failing item of `make()`'s report (rule,
 * measured, expected, message), a failing `check()` of the output, and every rule of the spec on
 * which `check()` and `make()` disagree. Empty when the sample passes and both agree.
 */
export function samplePassProblems(spec: SpecDefinition, run: SampleRun): string[] {
  const { made, checked } = run;
  const problems: string[] = [];
  if (!made.photo) problems.push('make() produced no photo');
  if (!made.report.pass) {
    for (const item of failing(made.report.items)) problems.push(`make(): ${formatItem(item)}`);
  }
  if (checked) {
    for (const item of failing(checked.items)) problems.push(`check() of the output: ${formatItem(item)}`);
    const madeStatus = statusByRule(made.report.items);
    const checkedStatus = statusByRule(checked.items);
    for (const { id } of spec.rules) {
      const a = madeStatus.get(id) ?? 'absent';
      const b = checkedStatus.get(id) ?? 'absent';
      if (a !== b) problems.push(`check() disagrees with make() on ${id}: make ${a}, check ${b}`);
    }
  }
  return problems;
}

/**
 * The byte-range check measured on the real output: the render stage searches JPEG quality from
 * the spec's floor up to 100 for a file inside `file.bytes`, so a rendered photo outside the range
 * means the range is unreachable for this content at this pixel size (above `max` at the floor, or
 * below `min` at quality 100). Empty when the photo lands inside.
 */
export function renderedFileSizeProblems(spec: SpecDefinition, run: SampleRun): string[] {
  const photo = run.made.photo;
  if (!photo) {
    const why = failing(run.made.report.items).map(formatItem).join('; ');
    return [`no photo was made from the sample, so the file size was not measured (${why})`];
  }
  const { min, max } = spec.file.bytes;
  const n = photo.bytes.length;
  const quality = readJpegInfo(photo.bytes)?.estimatedQuality ?? photo.quality ?? null;
  const q = quality === null ? '' : ` at quality ${quality}`;
  const size = `the rendered ${photo.width}×${photo.height} photo is ${formatBytes(n)}${q}`;
  if (max !== undefined && n > max) {
    const floor =
      quality === spec.file.minQuality ? ' — the quality floor, so every legal file is too big' : '';
    return [`${size}, above file.bytes.max ${formatBytes(max)}${floor}`];
  }
  if (min !== undefined && n < min) {
    const best = quality === 100 ? ' — quality 100, so every file is too small' : '';
    return [`${size}, below file.bytes.min ${formatBytes(min)}${best}`];
  }
  return [];
}

/** One report item on one line: `rule: measured 238 px, expected 240–336 px — message`. */
export function formatItem(item: ValidationItem): string {
  const unit = item.unit ? ` ${item.unit}` : '';
  const measured = item.measured === null ? 'not measured' : `measured ${String(item.measured)}${unit}`;
  return `${item.rule} (${item.status}): ${measured}, expected ${item.expected.text} — ${item.message.en}`;
}

function failing(items: readonly ValidationItem[]): ValidationItem[] {
  return items.filter((i) => i.status === 'fail');
}

function statusByRule(items: readonly ValidationItem[]): Map<string, string> {
  return new Map(items.map((i) => [i.rule, i.status]));
}
