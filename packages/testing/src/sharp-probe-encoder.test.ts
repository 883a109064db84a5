import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharpProbeEncoderFromFile } from './sharp-probe-encoder.js';

describe('sharpProbeEncoderFromFile', () => {
  it('names the missing photo instead of throwing, so the kit can skip the probe saying why', async () => {
    const path = join(import.meta.dirname, 'no-such-photo.jpg');
    expect(await sharpProbeEncoderFromFile(path)).toEqual({ unavailable: `sample photo missing: ${path}` });
  });

  it('gives an encoder for a photo that exists', async () => {
    expect(typeof (await sharpProbeEncoderFromFile(import.meta.filename))).toBe('function');
  });
});
