import { availableParallelism } from 'node:os';
import * as v from 'valibot';

/**
 * Options of {@link mediapipeFace}. Every field is optional; defaults are filled in by the schema.
 */
export const MediapipeFaceOptionsSchema = v.optional(
  v.object({
    /** Cache root for converted ONNX models; default `$IDPHOTO_CACHE_DIR` or `~/.cache/idphoto`. */
    cacheDir: v.optional(v.pipe(v.string(), v.minLength(1))),
    /**
     * BlazeFace score a detection needs to become a face (0–1). Default 0.5: MediaPipe's 0.2 lets
     * statues and patterns through.
     */
    minConfidence: v.optional(v.pipe(v.number(), v.minValue(0.05), v.maxValue(0.99)), 0.5),
    /** Face-likeness (`meshScore`) a detection needs after FaceMesh; lower ones are `not-a-face`. */
    minMeshScore: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.5),
    /** Faces returned per image, largest first (a request's `maxFaces` may lower it). */
    maxFaces: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)), 10),
    /**
     * Smallest eye distance (pupil to pupil, source pixels) the analyzer searches for and
     * returns; smaller faces are searched for no further and detections below it are rejected as
     * `too-small`. Default 16 px (a face box of ≈40 px): below that FaceMesh and Iris are no
     * longer reliable. 128-px thumbnails of a head and shoulders measure ≈20 px.
     */
    minFaceSize: v.optional(v.pipe(v.number(), v.minValue(8), v.maxValue(1000)), 16),
    /**
     * The eye-distance floor also grows with the photo: at least this fraction of its longer side
     * (default 0.01: 40 px on a 4000-px photo, 16 px up to 1600 px). A face that small is of no
     * use for an ID photo, and it bounds the tiled search of a large photo with no big face to
     * a few dozen windows. 0 keeps the floor at `minFaceSize` for every size.
     */
    minFaceRatio: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(0.1)), 0.01),
    /**
     * Faces smaller than this fraction of the largest face already found are not searched for on
     * finer scales (they are bystanders; the SDK treats faces under 55 % of the subject as such).
     * 0 searches every scale down to `minFaceSize`.
     */
    relativeMinFace: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(0.55)), 0.4),
    /** ORT intra-op threads per model session; default: the machine's available parallelism. */
    threads: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(64))),
    /**
     * Similarity score (0–100) at or above which two faces are the same person. The cosine that
     * maps to it is calibrated (see README); moving this only moves the verdict, not the scores.
     */
    similarityThreshold: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(99)), 60),
  }),
  {},
);

/** What callers pass to {@link mediapipeFace}. */
export type MediapipeFaceOptions = v.InferInput<typeof MediapipeFaceOptionsSchema>;
/** Options after validation, defaults filled (`threads` still optional: resolved at run time). */
export type ResolvedFaceOptions = v.InferOutput<typeof MediapipeFaceOptionsSchema>;

/** Thread count used when `threads` is not set. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}
