import { readFile } from 'node:fs/promises';
import { testingErrors } from './errors.js';
import type { ProbeEncoder } from './file-size-probe.js';
import { loadSharp } from './load-sharp.js';
import type { UnavailableCheck } from './test-spec-plugin.js';

/**
 * A {@link ProbeEncoder} made from one sample photo with `sharp` (an optional peer dependency,
 * loaded on first use): the sample, EXIF-oriented, scaled to cover exactly `width × height`
 * (centre crop, Lanczos), transparency flattened onto the spec's background, encoded the way
 * `@idphoto/render-sharp` encodes — baseline JPEG, standard IJG tables at `quality`, 4:2:0,
 * optimised Huffman tables, no metadata (or a maximum-compression PNG).
 *
 * What it measures is the sample itself: use a finished ID photo (plain background, head and
 * shoulders) at least as large as the canvas — a busy scene compresses worse than an ID photo and
 * an upscaled one better. `testSpecPlugin(…, { pipeline })` measures the real rendered output instead.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { sharpProbeEncoder, testSpecPlugin } from '@idphoto/testing';
 * testSpecPlugin(acmeBadgeSpec(), { encode: sharpProbeEncoder(await readFile('test/id-photo.jpg')) });
 * ```
 */
export function sharpProbeEncoder(sample: Uint8Array): ProbeEncoder {
  if (sample.length === 0) throw testingErrors.create('TESTING_INVALID_SAMPLE', { details: { bytes: 0 } });
  return async ({ width, height, format, quality, background }) => {
    const sharp = await loadSharp();
    let buffer: Buffer;
    try {
      const pipeline = sharp(sample)
        .rotate()
        .resize(width, height, { fit: 'cover', kernel: 'lanczos3' })
        .flatten({ background: { r: background.r, g: background.g, b: background.b } })
        .toColourspace('srgb');
      buffer = await (format === 'png'
        ? pipeline.png({ compressionLevel: 9, adaptiveFiltering: true, palette: false })
        : pipeline.jpeg({
            quality,
            progressive: false,
            chromaSubsampling: '4:2:0',
            optimiseCoding: true,
            mozjpeg: false,
            trellisQuantisation: false,
            overshootDeringing: false,
            optimiseScans: false,
            quantisationTable: 0,
          })
      ).toBuffer();
    } catch (error) {
      throw testingErrors.create('TESTING_INVALID_SAMPLE', { cause: error });
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
  };
}

/**
 * {@link sharpProbeEncoder} of the photo at `path`, or — when the file is missing — an
 * {@link UnavailableCheck} naming it, so `testSpecPlugin` shows the file-size probe as skipped with
 * the reason instead of failing to load or passing quietly.
 *
 * @example
 * ```ts
 * testSpecPlugin(acmeBadgeSpec(), { encode: await sharpProbeEncoderFromFile('test/id-photo.jpg') });
 * ```
 */
export async function sharpProbeEncoderFromFile(path: string): Promise<ProbeEncoder | UnavailableCheck> {
  let sample: Uint8Array;
  try {
    sample = new Uint8Array(await readFile(path));
  } catch {
    return { unavailable: `sample photo missing: ${path}` };
  }
  return sharpProbeEncoder(sample);
}
