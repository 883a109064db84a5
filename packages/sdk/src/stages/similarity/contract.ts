import type { FaceEmbedding } from '../face/contract.js';

/** Input of {@link SimilarityStage.compare}. */
export interface SimilarityInput {
  readonly a: FaceEmbedding;
  readonly b: FaceEmbedding;
}

/** A similarity verdict (入学相似度). */
export interface SimilarityResult {
  /** 0–100; higher is more alike. */
  readonly score: number;
  /** Raw cosine similarity of the embeddings. */
  readonly cosine: number;
  /** Score at or above which the faces are judged to be the same person. */
  readonly threshold: number;
  readonly samePerson: boolean;
  readonly model: string;
}

/** Similarity stage: turns two embeddings into a calibrated 0–100 score. */
export interface SimilarityStage {
  readonly id: string;
  compare(input: SimilarityInput): SimilarityResult;
}
