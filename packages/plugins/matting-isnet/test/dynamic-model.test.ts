import { describe, expect, it } from 'vitest';
import { cropResize } from '../src/image/sharp-resize.js';
import { createIsnetSession } from '../src/inference/isnet-session.js';
import { prepareModels } from '../src/model/prepare-models.js';
import { fixturesPresent, loadFixture, MISSING_FIXTURES } from './fixtures.js';

describe('the fixture photos', () => {
  it('are present', () => expect(fixturesPresent, MISSING_FIXTURES).toBe(true));
});

describe.runIf(fixturesPresent)('the dynamic-size IS-Net', () => {
  it('computes what the published model computes at 1024², and runs at other sizes', async () => {
    const { sourceModel, model } = await prepareModels();
    const image = await loadFixture('a01_obama_enrol_flags.jpg');
    const full = { x: 0, y: 0, width: image.width, height: image.height };
    const square = await cropResize(image, 3, full, 1024, 1024);

    const published = await createIsnetSession(sourceModel);
    const reference = await published.run(square, 1024, 1024);
    await published.release();
    // The published export refuses any other size.
    const dynamic = await createIsnetSession(model);
    const same = await dynamic.run(square, 1024, 1024);
    let worst = 0;
    for (let i = 0; i < same.length; i++) worst = Math.max(worst, Math.abs(same[i]! - reference[i]!));
    // fp16 kernels and graph fusion differ slightly once shapes are symbolic: ≤ 1e-3 (a quarter of one alpha level).
    expect(worst).toBeLessThan(1e-3);

    // 576×736 keeps the portrait's aspect (910×1137); the face is subject, the top corner is not.
    const pixels = await cropResize(image, 3, full, 576, 736);
    const map = await dynamic.run(pixels, 576, 736);
    expect(map.length).toBe(576 * 736);
    const at = (x: number, y: number): number => map[Math.round(y * 736) * 576 + Math.round(x * 576)]!;
    expect(at(0.5, 0.2)).toBeGreaterThan(0.9);
    expect(at(0.03, 0.03)).toBeLessThan(0.05);
    await dynamic.release();
  });

  it('the published model itself only accepts 1024²', async () => {
    const { sourceModel } = await prepareModels();
    const published = await createIsnetSession(sourceModel);
    await expect(published.run(new Uint8Array(512 * 512 * 3), 512, 512)).rejects.toMatchObject({
      code: 'MATTING_INFERENCE_FAILED',
    });
    await published.release();
  });
});
