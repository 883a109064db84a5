import type { GrayImage, LocalizedText, RgbImage } from '../../image/types.js';
import type { Expectation, RuleStatus, ValidationItem } from '../../report/validation-report.js';
import type { ResolvedBackground } from '../../spec/background.js';
import type { SpecDefinition } from '../../spec/spec-definition.schema.js';
import type { CaptureOriginal } from '../capture/contract.js';
import type { FaceAnalyzeOutput } from '../face/contract.js';
import type { MattingOutput } from '../matting/contract.js';
import type { RenderNote } from '../render/contract.js';
import type { SimilarityResult } from '../similarity/contract.js';

/** Everything known about the photo under judgement. All of it is measured on the photo itself. */
export interface ValidationSubject {
  /** The file exactly as it will be submitted. */
  readonly bytes: Uint8Array;
  /** Decoded pixels of that file. */
  readonly image: RgbImage;
  readonly original: CaptureOriginal;
  /** Face analysis of the decoded photo. */
  readonly analysis: FaceAnalyzeOutput;
  /** Subject matte of the decoded photo (lets background rules ignore the person). */
  readonly matte?: MattingOutput;
}

/** Input of {@link SpecValidator.validate}. */
export interface ValidateInput {
  readonly spec: SpecDefinition;
  readonly subject: ValidationSubject;
  /**
   * Background the photo was made for, resolved against the spec (option id, or `custom`, and its
   * colour). Without it, `check` compares with the nearest spec option.
   */
  readonly background?: ResolvedBackground;
  /** Limits the render ran into (only when validating a photo this pipeline made). */
  readonly renderNotes?: readonly RenderNote[];
  /** Comparison with a reference (enrolment) photo, when one was given. */
  readonly reference?: ReferenceComparison;
  /** Source-vs-output similarity when the photo was retouched (identity must survive the edit). */
  readonly identity?: SimilarityResult;
  /** Run only these rule ids (used when no photo could be made, e.g. only `face.count`). */
  readonly only?: readonly string[];
}

/** Outcome of comparing the photo with a reference photo. */
export type ReferenceComparison =
  | { readonly status: 'compared'; readonly similarity: SimilarityResult }
  | { readonly status: 'no-face' | 'several-faces' | 'unavailable' };

/** Output of {@link SpecValidator.validate}. */
export interface ValidateOutput {
  readonly items: readonly ValidationItem[];
}

/** Spec validator stage: runs a spec's rules against a finished photo. */
export interface SpecValidator {
  readonly id: string;
  validate(input: ValidateInput): Promise<ValidateOutput>;
}

/** What a rule implementation receives. */
export interface RuleContext {
  readonly spec: SpecDefinition;
  readonly params: Readonly<Record<string, number | string | boolean>>;
  readonly severity: 'fail' | 'warn';
  readonly subject: ValidationSubject;
  readonly background?: ResolvedBackground;
  readonly reference?: ReferenceComparison;
  readonly identity?: SimilarityResult;
  readonly renderNotes: readonly RenderNote[];
  /** Shared per-photo computations (memoised), so rules do not redo each other's work. */
  memo<T>(key: string, compute: () => T): T;
}

/** One rule result before the engine adds the rule id. */
export interface RuleOutcome {
  readonly status: RuleStatus;
  /**
   * Machine-readable reason of a `fail` or `warn` (kebab-case, e.g. `too-small`), copied to the
   * report item. Set it wherever the rule can fail in more than one way; leave it out on `pass`.
   */
  readonly reason?: string;
  readonly measured: number | string | boolean | null;
  readonly unit?: string;
  readonly expected: Expectation;
  readonly message: LocalizedText;
  readonly fix: LocalizedText;
}

/**
 * A rule of the engine. Specs list rule ids; spec plugins may provide rules of their own through
 * the `VALIDATION_RULES` token when the generic ones cannot express a check.
 */
export interface ValidationRule {
  /** `group.name`, e.g. `composition.head-top`. */
  readonly id: string;
  readonly title: LocalizedText;
  /** Returns `null` when the rule does not apply (e.g. pose rules when no face was found). */
  evaluate(context: RuleContext): RuleOutcome | null;
}

/** Output alpha for background measurements. */
export type SubjectAlpha = GrayImage;
