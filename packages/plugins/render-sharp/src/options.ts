import * as v from 'valibot';

/** Options of {@link sharpRender}; every field is optional. */
export const RenderSharpOptionsSchema = v.optional(
  v.object({
    /**
     * Largest enlargement (output px per source px) before the render reports `source.resolution`.
     * Default 1.5: at 1.5× a Lanczos-upscaled face still shows pore-level detail at ID-photo size;
     * beyond it edges visibly soften. The photo is still produced for inspection.
     */
    maxUpscale: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(8)), 1.5),
    /**
     * Fraction of each composition range's width kept clear of both bounds when the ranges allow
     * it, because the validator re-measures the output (landmarks and matte move by a few px).
     */
    rangeMargin: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(0.4)), 0.1),
    /** Cap on the retouch smoothing strength (`RetouchOptions.smoothing` is clamped to it). */
    maxSmoothing: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.6),
    /** JPEG chroma subsampling. */
    chromaSubsampling: v.optional(v.picklist(['4:2:0', '4:4:4']), '4:2:0'),
    /**
     * Foreground-colour estimation at the matte's edge before compositing (removes halos and the
     * old background's colour from hair): `multi-level` (Germer et al. 2020, most accurate),
     * `blur-fusion` (Forte & Pitié 2021, faster), or `none` (composite the pixels as they are).
     */
    foreground: v.optional(v.picklist(['multi-level', 'blur-fusion', 'none']), 'multi-level'),
  }),
  {},
);

/** What users pass to {@link sharpRender}. */
export type RenderSharpOptionsInput = v.InferInput<typeof RenderSharpOptionsSchema>;
/** Options with every default filled in. */
export type RenderSharpOptions = v.InferOutput<typeof RenderSharpOptionsSchema>;
