import type { Box, Point, Point3, RgbImage } from '../../image/types.js';

/** A face embedding, tied to the model that produced it (embeddings of different models never compare). */
export interface FaceEmbedding {
  /** Model identifier, e.g. `faceres@human-3.3`. */
  readonly model: string;
  /** L2-normalised vector. */
  readonly vector: Float32Array;
}

/** Visibility of an ear: a score in 0–1 and the verdict at the analyzer's threshold. */
export interface EarVisibility {
  readonly score: number;
  readonly visible: boolean;
}

/**
 * One analysed face. Angles are in degrees. `left`/`right` are as seen in the image
 * (image-left is the subject's right side).
 */
export interface FaceAnalysis {
  /** Detector box in image pixels. */
  readonly box: Box;
  /** Detector confidence 0–1. */
  readonly score: number;
  /** Mesh confidence 0–1 (how face-like the refined crop is). */
  readonly meshScore: number;
  /** 478 points: FaceMesh 468 followed by 5 + 5 iris points (image-left iris first), image pixels. */
  readonly landmarks: readonly Point3[];
  readonly eyes: { readonly left: Point; readonly right: Point };
  /** Distance between the eye centres in pixels. */
  readonly interPupillary: number;
  /** Angle of the pupil line against the horizontal; positive when the image-right eye is lower. */
  readonly roll: number;
  /** Left/right head turn estimate; positive when the subject looks to image-right. */
  readonly yaw: number;
  /** Up/down estimate; positive when the subject looks up. */
  readonly pitch: number;
  /** Lowest point of the chin (mesh 152). */
  readonly chin: Point;
  /** Hairline at the forehead centre (mesh 10). The top of the hair is found by matting, not here. */
  readonly hairline: Point;
  /** Cheek-to-cheek face width in pixels (mesh 234 ↔ 454). */
  readonly faceWidth: number;
  /** Chin to hairline in pixels. */
  readonly faceHeight: number;
  readonly ears: { readonly left: EarVisibility; readonly right: EarVisibility };
  /** Eye opening (lid distance / eye width), per eye. */
  readonly eyeOpenness: { readonly left: number; readonly right: number };
  readonly eyesOpen: boolean;
  /** Lip gap / mouth width. */
  readonly mouthOpenness: number;
  readonly mouthClosed: boolean;
  readonly embedding?: FaceEmbedding;
}

/** A detection that was not turned into a {@link FaceAnalysis}, with the reason. */
export interface RejectedFace {
  readonly box: Box;
  readonly score: number;
  readonly reason: 'too-small' | 'low-confidence' | 'cut-off' | 'not-a-face';
}

/** Input of {@link FaceAnalyzer.analyze}. */
export interface FaceAnalyzeInput {
  readonly image: RgbImage;
  /** Maximum faces to return (default: the analyzer's own, typically 10). */
  readonly maxFaces?: number;
  /** Compute identity embeddings (costs one more model run per face). Default true. */
  readonly embeddings?: boolean;
  readonly signal?: AbortSignal;
}

/** Output of {@link FaceAnalyzer.analyze}: zero faces is a normal result, not an error. */
export interface FaceAnalyzeOutput {
  /** Largest face first. */
  readonly faces: readonly FaceAnalysis[];
  readonly rejected: readonly RejectedFace[];
  /** Smallest face (eye distance, px) the analyzer reliably measures; smaller faces are rejected. */
  readonly minFaceSize: number;
  /** Mean luma of the image (0–255); lets a validator say "too dark" when no face was found. */
  readonly meanLuma: number;
  readonly timings: Readonly<Record<string, number>>;
}

/** Face analysis stage: detection, landmarks, derived geometry, embeddings. */
export interface FaceAnalyzer {
  readonly id: string;
  analyze(input: FaceAnalyzeInput): Promise<FaceAnalyzeOutput>;
  /** Loads models ahead of the first request. */
  warmup?(): Promise<void>;
}
