import type { FaceEmbedding, SimilarityResult, SimilarityStage } from '@idphoto/sdk';
import { similarityErrors } from '@idphoto/sdk';

/**
 * Cosine of two L2-normalised faceres embeddings at which faces are judged the same person
 * (score = the configured threshold, 60 by default). Calibrated on the fixture identity labels:
 * midway between the closest different-person pair (0.605) and the least similar same-person
 * pair (0.639); README "Similarity calibration" has the table.
 */
export const SAME_PERSON_COSINE = 0.62;
/** Cosine that maps to score 0: the median different-person pair of the fixtures is 0.36. */
export const UNRELATED_COSINE = 0.3;

/**
 * Maps a cosine to 0–100, piecewise linear through three fixed points: `UNRELATED_COSINE` → 0,
 * `SAME_PERSON_COSINE` → `threshold`, 1 → 100 (clamped outside). The score therefore crosses the
 * threshold exactly where the calibrated cosine does, whatever threshold is configured.
 */
export function cosineToScore(cosine: number, threshold: number): number {
  let score: number;
  if (cosine >= SAME_PERSON_COSINE) {
    score = threshold + ((cosine - SAME_PERSON_COSINE) / (1 - SAME_PERSON_COSINE)) * (100 - threshold);
  } else {
    score = ((cosine - UNRELATED_COSINE) / (SAME_PERSON_COSINE - UNRELATED_COSINE)) * threshold;
  }
  return Math.round(Math.max(0, Math.min(100, score)) * 10) / 10;
}

/** Cosine similarity of two vectors (normalised here too, so foreign unnormalised input works). */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** The similarity stage for faceres embeddings. */
export function createSimilarity(id: string, threshold: number): SimilarityStage {
  return {
    id,
    compare({ a, b }: { readonly a: FaceEmbedding; readonly b: FaceEmbedding }): SimilarityResult {
      if (a.model !== b.model || a.vector.length !== b.vector.length) {
        throw similarityErrors.create('SIMILARITY_MODEL_MISMATCH', { details: { a: a.model, b: b.model } });
      }
      const c = cosine(a.vector, b.vector);
      const score = cosineToScore(c, threshold);
      return {
        score,
        cosine: Math.round(c * 10000) / 10000,
        threshold,
        samePerson: score >= threshold,
        model: a.model,
      };
    },
  };
}
