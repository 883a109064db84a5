import { type Rgb, readJpegInfo, resolveBackground, type SpecDefinition } from '@idphoto/sdk';
import { formatByteRange, formatBytes } from './format-size.js';

/** What the file-size probe asks an encoder for. */
export interface ProbeEncodeInput {
  /** The spec under test. */
  readonly spec: SpecDefinition;
  /** Exactly the spec's canvas width. */
  readonly width: number;
  /** Exactly the spec's canvas height. */
  readonly height: number;
  readonly dpi: number;
  readonly format: 'jpeg' | 'png';
  /** JPEG quality factor 1–100 (`100` for PNG, where it has no meaning). */
  readonly quality: number;
  /** The spec's default background colour, for encoders that compose a photo on it. */
  readonly background: Rgb;
}

/**
 * Encodes a photo-like image — a real photo, ideally an ID photo on a plain background as the
 * renderer will produce, never noise or a flat fill — at exactly `width × height`, as a baseline
 * JPEG at `quality` (or a PNG). The probe reads the file back and refuses anything else.
 */
export type ProbeEncoder = (input: ProbeEncodeInput) => Promise<Uint8Array>;

/**
 * The spec's byte range must be reachable at its pixel size: a photo-like file at the quality floor
 * (`file.minQuality`) must not be above `file.bytes.max` — otherwise every legal file is too big —
 * and at quality 100 it must not be below `file.bytes.min` — otherwise every file is too small
 * (bytes are never padded). Returns PII-free sentences; empty when reachable.
 *
 * @example
 * ```ts
 * const problems = await fileSizeProbeProblems(spec, sharpProbeEncoder(photoBytes));
 * expect(problems).toEqual([]);
 * ```
 */
export async function fileSizeProbeProblems(spec: SpecDefinition, encode: ProbeEncoder): Promise<string[]> {
  const { width, height, dpi } = spec.canvas;
  const { format, minQuality, bytes: range } = spec.file;
  const background = resolveBackground(spec).rgb;
  const at = async (quality: number): Promise<{ bytes: number; problem?: string }> => {
    const file = await encode({ spec, width, height, dpi, format, quality, background });
    const problem = encoderProblem(file, format, width, height, quality);
    return problem ? { bytes: file.length, problem } : { bytes: file.length };
  };
  const size = `a ${width}×${height} photo`;
  const problems: string[] = [];
  if (format === 'png') {
    const png = await at(100);
    if (png.problem) return [png.problem];
    if (outside(png.bytes, range)) {
      problems.push(
        `${size} as PNG is ${formatBytes(png.bytes)}, outside file.bytes ${formatByteRange(range)}: PNG size cannot be tuned, change the pixel size or the byte range`,
      );
    }
    return problems;
  }
  const [floor, best] = await Promise.all([at(minQuality), at(100)]);
  for (const p of [floor.problem, best.problem]) if (p) problems.push(p);
  if (problems.length > 0) return problems;
  if (range.max !== undefined && floor.bytes > range.max) {
    problems.push(
      `at the quality floor q${minQuality} ${size} is ${formatBytes(floor.bytes)}, above file.bytes.max ${formatBytes(range.max)}: every legal file is too big — raise file.bytes.max, lower file.minQuality or the pixel size`,
    );
  }
  if (range.min !== undefined && best.bytes < range.min) {
    problems.push(
      `even at quality 100 ${size} is ${formatBytes(best.bytes)}, below file.bytes.min ${formatBytes(range.min)}: every file is too small (bytes are never padded) — lower file.bytes.min or raise the pixel size`,
    );
  }
  return problems;
}

/** Why a probe file is not what was asked for, or `undefined` when it is. */
function encoderProblem(
  file: Uint8Array,
  format: 'jpeg' | 'png',
  width: number,
  height: number,
  quality: number,
): string | undefined {
  const asked = `${width}×${height} ${format === 'png' ? 'PNG' : `baseline JPEG at q${quality}`}`;
  if (format === 'png') {
    const size = pngSize(file);
    if (!size) return `the encoder did not return a PNG (asked for ${asked})`;
    if (size.width !== width || size.height !== height)
      return `the encoder returned ${size.width}×${size.height} (asked for ${asked})`;
    return undefined;
  }
  const info = readJpegInfo(file);
  if (!info) return `the encoder did not return a JPEG (asked for ${asked})`;
  if (info.width !== width || info.height !== height)
    return `the encoder returned ${info.width}×${info.height} (asked for ${asked})`;
  if (!info.baseline || info.progressive)
    return `the encoder returned a progressive JPEG (asked for ${asked})`;
  if (info.estimatedQuality === null || Math.abs(info.estimatedQuality - quality) > 1)
    return `the encoder's file reads as quality ${info.estimatedQuality ?? 'unknown'} (asked for ${asked})`;
  return undefined;
}

/** Width and height from a PNG's IHDR chunk, or `null` when the bytes are not a PNG. */
function pngSize(file: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (file.length < 24 || signature.some((b, i) => file[i] !== b)) return null;
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function outside(n: number, range: SpecDefinition['file']['bytes']): boolean {
  return (range.min !== undefined && n < range.min) || (range.max !== undefined && n > range.max);
}
