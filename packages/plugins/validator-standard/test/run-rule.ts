import type {
  CaptureOriginal,
  FaceAnalysis,
  FaceAnalyzeOutput,
  MattingOutput,
  RgbImage,
  RuleContext,
  SpecDefinition,
  ValidateInput,
  ValidationItem,
} from '@idphoto/sdk';
import { resolveBackground } from '@idphoto/sdk';
import { createValidatorEngine } from '../src/engine/validator-engine.js';
import { BUILT_IN_RULES } from '../src/rules/library.js';
import { assertReasons } from './reasons.js';
import { testSpec } from './spec.js';

/** What a test photo is made of. */
export interface TestPhoto {
  readonly image: RgbImage;
  readonly bytes?: Uint8Array;
  readonly faces?: readonly FaceAnalysis[];
  readonly analysis?: Partial<FaceAnalyzeOutput>;
  readonly matte?: MattingOutput;
}

/** A `CaptureOriginal` for a decoded test image. */
export function originalOf(image: RgbImage, bytes: number): CaptureOriginal {
  return {
    format: 'jpeg',
    width: image.width,
    height: image.height,
    orientation: 1,
    space: 'srgb',
    bitDepth: 8,
    hasAlpha: false,
    hadIccProfile: false,
    bytes,
  };
}

/** Builds the validator input for `photo` under `spec`. */
export function inputFor(
  photo: TestPhoto,
  spec: SpecDefinition,
  extra: Partial<ValidateInput> = {},
): ValidateInput {
  const bytes = photo.bytes ?? new Uint8Array(0);
  return {
    spec,
    subject: {
      bytes,
      image: photo.image,
      original: originalOf(photo.image, bytes.length),
      analysis: {
        faces: photo.faces ?? [],
        rejected: [],
        minFaceSize: 24,
        meanLuma: 128,
        timings: {},
        ...photo.analysis,
      },
      ...(photo.matte ? { matte: photo.matte } : {}),
    },
    ...extra,
  };
}

/**
 * Runs one built-in rule on a photo through the real engine and returns its item (or `undefined`
 * when the rule was not applicable).
 */
export async function runRule(
  id: string,
  photo: TestPhoto,
  options: {
    readonly params?: Record<string, number | string | boolean>;
    readonly spec?: SpecDefinition;
    /** Background the photo was made for (an option id or #rrggbb), resolved against the spec. */
    readonly background?: string;
  } = {},
): Promise<ValidationItem | undefined> {
  const base = options.spec ?? testSpec([{ id }]);
  const spec = options.spec ? base : testSpec([{ id, params: options.params ?? {} }]);
  const engine = createValidatorEngine({ builtIns: BUILT_IN_RULES, pluginRules: [] });
  const input = inputFor(photo, spec, {
    only: [id],
    ...(options.background ? { background: resolveBackground(spec, options.background) } : {}),
  });
  const { items } = await engine.validate(input);
  assertReasons(items);
  return items.find((i) => i.rule === id);
}

/** A rule context over `photo` (empty params, fresh memo), for calling measurements directly. */
export function ruleContext(
  photo: TestPhoto,
  spec: SpecDefinition = testSpec([{ id: 'face.count' }]),
): RuleContext {
  const memo = new Map<string, unknown>();
  return {
    spec,
    params: {},
    severity: 'fail',
    subject: inputFor(photo, spec).subject,
    renderNotes: [],
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
}
