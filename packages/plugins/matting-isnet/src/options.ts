import * as v from 'valibot';

/**
 * Options of {@link isnetMatting}. Every field is optional; defaults (measured, see README) are
 * filled in by the schema; unknown keys are rejected (a misspelt option is an error, not a no-op).
 */
export const IsnetMattingOptionsSchema = v.optional(
  v.strictObject({
    /** Cache root for the assembled model; default `$IDPHOTO_CACHE_DIR` or `~/.cache/idphoto`. */
    cacheDir: v.optional(v.pipe(v.string(), v.minLength(1))),
    /**
     * Long side (pixels) of the IS-Net input for `quality: 'best'`; the subject crop is scaled
     * to it, aspect kept, sides rounded to multiples of 32. Inference time grows with its square
     * (≈0.5 s at 768 on 2 cores). At least 384. Default 768.
     */
    inferenceSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(384), v.maxValue(2048)), 768),
    /**
     * Long side of the IS-Net input for `quality: 'fast'` (the short side is never below 384:
     * smaller inputs make the network lose the subject). Default 384.
     */
    fastInferenceSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(384), v.maxValue(2048)), 384),
    /** Guided-filter edge refinement at the output resolution (both qualities). Default true. */
    refine: v.optional(v.boolean(), true),
    /** Guided-filter window radius, in network-input pixels. Default 1 (3×3 windows). */
    refineRadius: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(16)), 1),
    /** Guided-filter regularisation (guide colours in 0–1): lower follows colour edges more. Default 1e-3. */
    refineEpsilon: v.optional(v.pipe(v.number(), v.minValue(1e-6), v.maxValue(1)), 1e-3),
    /**
     * With a face: remove background objects (a curtain fold, a flag, a logo) that the network
     * half-attached to the subject beside or above the head — uncertain alpha that reaches
     * further from the confident subject than hair does. Default true.
     */
    pruneFringe: v.optional(v.boolean(), true),
    /**
     * Experimental. With a face and `refine`: lower alpha in the hair band where the photo's
     * colour is mostly the local background's — background showing between strands that the
     * network filled in. Default false (opt-in until its measurements are complete, see README).
     */
    clearGaps: v.optional(v.boolean(), false),
    /** onnxruntime intra-op threads; default: onnxruntime's choice (the physical cores). */
    threads: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(64))),
  }),
  {},
);

/** What callers pass to {@link isnetMatting}. */
export type IsnetMattingOptions = v.InferInput<typeof IsnetMattingOptionsSchema>;
/** Options after validation, defaults filled. */
export type ResolvedIsnetMattingOptions = v.InferOutput<typeof IsnetMattingOptionsSchema>;
