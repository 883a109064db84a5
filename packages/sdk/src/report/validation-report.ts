import type { LocalizedText } from '../image/types.js';
import type { SimilarityResult } from '../stages/similarity/contract.js';

/** Outcome of one rule. */
export type RuleStatus = 'pass' | 'warn' | 'fail';

/** What a rule expected: a range, one exact value, or one of several values. */
export interface Expectation {
  readonly min?: number;
  readonly max?: number;
  readonly equals?: number | string | boolean;
  readonly oneOf?: readonly (number | string)[];
  /** Human-readable form, e.g. `50–110 px`. */
  readonly text: string;
}

/** One line of a report: what was measured on the photo, against what, and how to fix it. */
export interface ValidationItem {
  /** Rule id, e.g. `composition.head-top`. */
  readonly rule: string;
  readonly status: RuleStatus;
  /** The measured value (`null` when it could not be measured, e.g. no face). */
  readonly measured: number | string | boolean | null;
  readonly unit?: string;
  readonly expected: Expectation;
  readonly message: LocalizedText;
  readonly fix: LocalizedText;
}

/** Size facts of the photo that was judged. */
export interface ReportOutput {
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
  readonly dpi: number | null;
}

/** The product's answer: does the photo meet the spec, and if not, why and what to do. */
export interface ValidationReport {
  readonly spec: string;
  /** True when no item failed (warnings do not fail a photo). */
  readonly pass: boolean;
  readonly items: readonly ValidationItem[];
  /** 入学相似度 against a reference photo, when one was given. */
  readonly similarity?: SimilarityResult;
  /** Milliseconds per stage (`capture`, `analyze`, `matting`, `render`, `validate`, …). */
  readonly timings: Readonly<Record<string, number>>;
  readonly output: ReportOutput | null;
}

/** Whether a list of items passes (no `fail`). */
export function itemsPass(items: readonly ValidationItem[]): boolean {
  return items.every((i) => i.status !== 'fail');
}
