import { isIdPhotoError } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { cosineToScore, createSimilarity, SAME_PERSON_COSINE, UNRELATED_COSINE } from './similarity.js';

const unit = (values: number[]): Float32Array => {
  const n = Math.hypot(...values);
  return new Float32Array(values.map((v) => v / n));
};

describe('cosineToScore', () => {
  it('passes through its three fixed points', () => {
    expect(cosineToScore(UNRELATED_COSINE, 60)).toBe(0);
    expect(cosineToScore(SAME_PERSON_COSINE, 60)).toBe(60);
    expect(cosineToScore(1, 60)).toBe(100);
  });

  it('clamps and stays monotonic', () => {
    expect(cosineToScore(-1, 60)).toBe(0);
    let previous = -1;
    for (let c = -0.2; c <= 1; c += 0.05) {
      const s = cosineToScore(c, 70);
      expect(s).toBeGreaterThanOrEqual(previous);
      previous = s;
    }
  });
});

describe('similarity stage', () => {
  const stage = createSimilarity('test', 60);

  it('judges identical embeddings the same person with a full score', () => {
    const v = unit([1, 2, 3]);
    const result = stage.compare({ a: { model: 'm', vector: v }, b: { model: 'm', vector: v } });
    expect(result).toMatchObject({ score: 100, samePerson: true, threshold: 60, model: 'm' });
    expect(result.cosine).toBeCloseTo(1, 4);
  });

  it('judges orthogonal embeddings different people', () => {
    const result = stage.compare({
      a: { model: 'm', vector: unit([1, 0]) },
      b: { model: 'm', vector: unit([0, 1]) },
    });
    expect(result.samePerson).toBe(false);
    expect(result.score).toBe(0);
  });

  it('refuses embeddings of different models', () => {
    let error: unknown;
    try {
      stage.compare({ a: { model: 'm1', vector: unit([1]) }, b: { model: 'm2', vector: unit([1]) } });
    } catch (e) {
      error = e;
    }
    expect(isIdPhotoError(error, 'SIMILARITY_MODEL_MISMATCH')).toBe(true);
  });
});
