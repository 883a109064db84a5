import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyzer.js';
import { createOrtProvider } from '../src/runtime/ort-provider.js';
import { decodeFixture, fixturesDir, fixturesPresent } from './fixtures.js';
import { tfjsProvider } from './tfjs-provider.js';

const SETTINGS = {
  id: 'parity',
  minConfidence: 0.5,
  minMeshScore: 0.5,
  maxFaces: 10,
  minFaceSize: 16,
  minFaceRatio: 0.01,
  relativeMinFace: 0.4,
};

describe.runIf(fixturesPresent)('ONNX models against the tfjs originals', () => {
  it('gives the same faces, landmarks and embedding on ORT as on tfjs-wasm', async () => {
    const image = await decodeFixture('hsd099_tilted_head_white_shirt.jpg');
    const ort = await createAnalyzer(SETTINGS, createOrtProvider({ threads: 2 })).analyze({ image });
    const tfjs = await createAnalyzer(SETTINGS, tfjsProvider()).analyze({ image });
    expect(ort.faces).toHaveLength(1);
    expect(tfjs.faces).toHaveLength(1);
    const [a, b] = [ort.faces[0]!, tfjs.faces[0]!];
    let worst = 0;
    a.landmarks.forEach((p, i) => {
      const q = b.landmarks[i]!;
      worst = Math.max(worst, Math.hypot(p.x - q.x, p.y - q.y));
    });
    expect(worst).toBeLessThan(0.05);
    expect(Math.abs(a.score - b.score)).toBeLessThan(1e-3);
    let dot = 0;
    a.embedding!.vector.forEach((v, i) => {
      dot += v * b.embedding!.vector[i]!;
    });
    expect(dot).toBeGreaterThan(0.9999);
  }, 120_000);
});

describe('fixture photos', () => {
  it(`are present at ${fixturesDir} (the tests above need them)`, () => {
    expect(fixturesPresent, `fixture photos missing at ${fixturesDir}`).toBe(true);
  });
});
