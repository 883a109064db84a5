import { isIdPhotoError, readJpegInfo } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { demoSpec } from '../test/demo-spec.js';
import { fixture } from '../test/fixtures.js';
import { fileSizeProbeProblems, type ProbeEncoder } from './file-size-probe.js';
import { sharpProbeEncoder } from './sharp-probe-encoder.js';

/** A finished 480×640 ID photo on a light-blue background: what a renderer produces. */
const idPhoto = (): Promise<Uint8Array> => fixture('g02_derived_chsi_candidate_480x640_blue.jpg');

describe('fileSizeProbeProblems', () => {
  it('accepts a byte range an ID photo meets at the quality floor and at 100 (20–40 KB, 480×640, q ≥ 60)', async () => {
    expect(await fileSizeProbeProblems(demoSpec(), sharpProbeEncoder(await idPhoto()))).toEqual([]);
  });

  it('fails a 2000×3000 canvas with at most 10 KB at q ≥ 90: every legal file is too big', async () => {
    const spec = demoSpec({
      canvas: { width: 2000, height: 3000, dpi: 300 },
      file: { format: 'jpeg', minQuality: 90, bytes: { min: 2048, max: 10 * 1024 } },
    });
    const problems = await fileSizeProbeProblems(spec, sharpProbeEncoder(await idPhoto()));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^at the quality floor q90 a 2000×3000 photo is .* above file\.bytes\.max/);
  });

  it('fails a minimum no file of that pixel size reaches even at quality 100 (480×640, ≥ 2 MB)', async () => {
    const spec = demoSpec({
      file: { format: 'jpeg', minQuality: 60, bytes: { min: 2 * 1024 * 1024, max: 4 * 1024 * 1024 } },
    });
    const problems = await fileSizeProbeProblems(spec, sharpProbeEncoder(await idPhoto()));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^even at quality 100 .* below file\.bytes\.min/);
  });

  it('fails a PNG spec whose byte range a PNG of that size cannot meet', async () => {
    const spec = demoSpec({ file: { format: 'png', bytes: { max: 10 * 1024 } } });
    const problems = await fileSizeProbeProblems(spec, sharpProbeEncoder(await idPhoto()));
    expect(problems.join('\n')).toMatch(/as PNG is .* outside file\.bytes/);
  });

  it('refuses probe files that are not what was asked for (size, coding, quality, format)', async () => {
    const real = sharpProbeEncoder(await idPhoto());
    const spec = demoSpec();
    const wrongSize: ProbeEncoder = (input) => real({ ...input, width: input.width - 1 });
    const wrongQuality: ProbeEncoder = (input) => real({ ...input, quality: input.quality > 50 ? 50 : 90 });
    const notJpeg: ProbeEncoder = (input) => real({ ...input, format: 'png' });
    expect((await fileSizeProbeProblems(spec, wrongSize)).join('\n')).toMatch(/returned 479×640/);
    expect((await fileSizeProbeProblems(spec, wrongQuality)).join('\n')).toMatch(/reads as quality 50/);
    expect((await fileSizeProbeProblems(spec, notJpeg)).join('\n')).toMatch(/did not return a JPEG/);
  });
});

describe('sharpProbeEncoder', () => {
  it('writes a baseline JPEG of exactly the asked size at the asked quality', async () => {
    const encode = sharpProbeEncoder(await fixture('hv_man_suit_gray_bg.jpg'));
    const bytes = await encode({
      spec: demoSpec(),
      width: 600,
      height: 800,
      dpi: 300,
      format: 'jpeg',
      quality: 83,
      background: { r: 255, g: 255, b: 255 },
    });
    expect(readJpegInfo(bytes)).toMatchObject({
      width: 600,
      height: 800,
      baseline: true,
      progressive: false,
      estimatedQuality: 83,
    });
  });

  it('refuses an empty sample and reports an undecodable one by code', async () => {
    expect(() => sharpProbeEncoder(new Uint8Array())).toThrowError(
      expect.objectContaining({ code: 'TESTING_INVALID_SAMPLE' }),
    );
    const garbage = sharpProbeEncoder(new TextEncoder().encode('not an image at all'));
    const error = await fileSizeProbeProblems(demoSpec(), garbage).catch((e: unknown) => e);
    expect(isIdPhotoError(error, 'TESTING_INVALID_SAMPLE')).toBe(true);
  });
});
