import type { FaceEmbedding, Point3 } from '@idphoto/sdk';
import { squareCrop } from '../image/affine.js';
import type { Pyramid } from '../image/pyramid.js';
import { sampleAffine } from '../image/sample.js';
import { LM } from '../mesh/landmarks.js';
import { regionFromMesh } from '../mesh/refine.js';
import { type ModelRunner, outputByLastDim } from '../runtime/model-runner.js';

/** Input side of the faceres model. */
export const FACERES_SIZE = 224;
/** Embedding length. */
export const EMBEDDING_SIZE = 1024;
/** Identifier stored with every embedding; embeddings of other models never compare. */
export const EMBEDDING_MODEL = 'faceres@human-3.3';

/**
 * Crop side as a multiple of the FaceMesh framing (which itself is ≈1.4× the detector box, the
 * crop `@vladmandic/human` feeds faceres). Chosen by a sweep over 0.85–1.5 on the fixture
 * identities: 1.35 (head and hair outline included) is the only framing that separated every
 * same-person pair from every different-person pair (README, "Similarity calibration").
 */
const CROP_SCALE = 1.35;

/**
 * Identity embedding: the face is cropped square around the mesh, rotated so the pupils are
 * level, resampled to 224×224 with values 0–255, and the 1024-d `global_pooling` output is
 * L2-normalised.
 */
export async function embedFace(
  runner: ModelRunner,
  pyramid: Pyramid,
  landmarks: readonly Point3[],
): Promise<FaceEmbedding> {
  const region = regionFromMesh(landmarks);
  const l = landmarks[LM.leftIris]!;
  const r = landmarks[LM.rightIris]!;
  const angle = Math.atan2(r.y - l.y, r.x - l.x);
  const size = FACERES_SIZE;
  const input = new Float32Array(size * size * 3);
  sampleAffine(
    pyramid,
    squareCrop(region.center, region.side * CROP_SCALE, angle, size),
    size,
    size,
    { scale: 1, offset: 0 },
    input,
  );
  const outputs = await runner.run(input, [1, size, size, 3]);
  const raw = outputByLastDim(outputs, EMBEDDING_SIZE).data;
  let norm = 0;
  for (let i = 0; i < raw.length; i++) norm += raw[i]! * raw[i]!;
  norm = Math.sqrt(norm) || 1;
  const vector = new Float32Array(EMBEDDING_SIZE);
  for (let i = 0; i < EMBEDDING_SIZE; i++) vector[i] = raw[i]! / norm;
  return { model: EMBEDDING_MODEL, vector };
}
