import type { SimilarityResult } from '../../report/validation-report.js';
import type { FaceEmbedding } from '../face/contract.js';

/** Input of {@link SimilarityStage.compare}. */
export interface SimilarityInput {
  readonly a: FaceEmbedding;
  readonly b: FaceEmbedding;
}

/** A similarity verdict (入学相似度); defined with the report schema. */
export type { SimilarityResult };

/** Similarity stage: turns two embeddings into a calibrated 0–100 score. */
export interface SimilarityStage {
  readonly id: string;
  compare(input: SimilarityInput): SimilarityResult;
}
