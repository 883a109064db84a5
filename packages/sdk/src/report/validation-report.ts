import * as v from 'valibot';
import { LocalizedTextSchema } from '../spec/spec-definition.schema.js';

/** Outcome of one rule. */
export const RuleStatusSchema = v.picklist(['pass', 'warn', 'fail']);

/** What a rule expected: a range, one exact value, or one of several values, plus a readable form. */
export const ExpectationSchema = v.object({
  min: v.optional(v.number()),
  max: v.optional(v.number()),
  equals: v.optional(v.union([v.number(), v.string(), v.boolean()])),
  oneOf: v.optional(v.array(v.union([v.number(), v.string()]))),
  /** Human-readable form, e.g. `50–110 px`. */
  text: v.string(),
});

/** A machine-readable reason: kebab-case, e.g. `too-small`, `wrong-colour`. */
const ReasonSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/** One line of a report: what was measured on the photo, against what, and how to fix it. */
export const ValidationItemSchema = v.object({
  /** Rule id, e.g. `composition.head-top`. */
  rule: v.string(),
  status: RuleStatusSchema,
  /**
   * Why a rule failed or warned, for clients; stable across languages (kebab-case, e.g. `too-small`,
   * `not-a-face`, `wrong-colour`). Clients branch on `rule` + `reason`, never on `message`. Absent on
   * passing items and where a rule has only one way to fail; each rule documents its reasons.
   */
  reason: v.optional(ReasonSchema),
  /** The measured value (`null` when it could not be measured, e.g. no face). */
  measured: v.nullable(v.union([v.number(), v.string(), v.boolean()])),
  unit: v.optional(v.string()),
  expected: ExpectationSchema,
  message: LocalizedTextSchema,
  fix: LocalizedTextSchema,
});

/** A similarity verdict (入学相似度). */
export const SimilarityResultSchema = v.object({
  /** 0–100; higher is more alike. */
  score: v.number(),
  /** Raw cosine similarity of the embeddings. */
  cosine: v.number(),
  /** Score at or above which the faces are judged to be the same person. */
  threshold: v.number(),
  samePerson: v.boolean(),
  model: v.string(),
});

/** Size facts of the photo that was judged. */
export const ReportOutputSchema = v.object({
  width: v.number(),
  height: v.number(),
  bytes: v.number(),
  dpi: v.nullable(v.number()),
});

/**
 * The product's answer: does the photo meet the spec, and if not, why and what to do. The schema is
 * used wherever a report crosses an edge (HTTP responses, data read back from storage).
 */
export const ValidationReportSchema = v.object({
  spec: v.string(),
  /** True when no item failed (warnings do not fail a photo). */
  pass: v.boolean(),
  items: v.pipe(v.array(ValidationItemSchema), v.readonly()),
  /** 入学相似度 against a reference photo, when one was given. */
  similarity: v.optional(SimilarityResultSchema),
  /** Milliseconds per stage (`capture`, `analyze`, `matting`, `render`, `validate.*`, `total`). */
  timings: v.pipe(v.record(v.string(), v.number()), v.readonly()),
  output: v.nullable(ReportOutputSchema),
});

export type RuleStatus = v.InferOutput<typeof RuleStatusSchema>;
export type Expectation = v.InferOutput<typeof ExpectationSchema>;
export type ValidationItem = v.InferOutput<typeof ValidationItemSchema>;
export type SimilarityResult = v.InferOutput<typeof SimilarityResultSchema>;
export type ReportOutput = v.InferOutput<typeof ReportOutputSchema>;
export type ValidationReport = v.InferOutput<typeof ValidationReportSchema>;

/** Whether a list of items passes (no `fail`). */
export function itemsPass(items: readonly ValidationItem[]): boolean {
  return items.every((i) => i.status !== 'fail');
}
