import 'reflect-metadata';
import { type DependencyContainer, container as globalContainer } from 'tsyringe';
import { IdPhotoError, isIdPhotoError } from '../errors/id-photo-error.js';
import { sdkErrors } from '../errors/sdk-errors.js';
import { readJpegInfo } from '../image/jpeg-info.js';
import type { Rgb } from '../image/types.js';
import type { IdPhotoPlugin } from '../plugin/define-plugin.js';
import { type Logger, silentLogger } from '../plugin/logger.js';
import { type RegisteredPlugin, registerPlugins } from '../plugin/registrar.js';
import type { Resolver } from '../plugin/token.js';
import { itemsPass, type ValidationReport } from '../report/validation-report.js';
import { type ResolvedBackground, resolveBackground } from '../spec/background.js';
import type { SpecDefinition } from '../spec/spec-definition.schema.js';
import { SPECS } from '../spec/token.js';
import type { CaptureOriginal, SourceImage } from '../stages/capture/contract.js';
import { CAPTURE } from '../stages/capture/token.js';
import type { FaceAnalysis, FaceAnalyzeOutput, RejectedFace } from '../stages/face/contract.js';
import { FACE_ANALYZER } from '../stages/face/token.js';
import type { MattingOutput } from '../stages/matting/contract.js';
import { MATTING } from '../stages/matting/token.js';
import type { CropPlan, Photo, RetouchOptions } from '../stages/render/contract.js';
import { RENDER } from '../stages/render/token.js';
import type { SimilarityResult } from '../stages/similarity/contract.js';
import { similarityErrors } from '../stages/similarity/errors.js';
import { SIMILARITY } from '../stages/similarity/token.js';
import type { ReferenceComparison, ValidateInput } from '../stages/validator/contract.js';
import { SPEC_VALIDATOR } from '../stages/validator/token.js';
import { subjectRegion } from './subject-region.js';
import { Timings } from './timings.js';

/** Options of {@link createIdPhoto}. */
export interface CreateIdPhotoOptions {
  /** Configured plugins, in order. Nothing is discovered implicitly. */
  readonly plugins: readonly IdPhotoPlugin[];
  readonly logger?: Logger;
  /** Parent container (the server passes its own); a fresh child of it becomes the app container. */
  readonly container?: DependencyContainer;
}

/** Input of {@link IdPhoto.make}. */
export interface MakeInput {
  /** The photo as uploaded. */
  readonly image: Uint8Array;
  /** Spec id, e.g. `chsi-graduation`. */
  readonly spec: string;
  /** Background option id (`blue`), `#rrggbb`, or a colour; default: the spec's default. */
  readonly background?: string | Rgb;
  /** Reference (enrolment) photo for the 入学相似度 score. */
  readonly reference?: Uint8Array;
  /** One-tap beautify; refused with `SDK_EDIT_NOT_ALLOWED` when the spec forbids retouching. */
  readonly retouch?: boolean | RetouchOptions;
  readonly signal?: AbortSignal;
}

/** Output of {@link IdPhoto.make}. */
export interface MakeResult {
  /** The finished photo; `null` when no photo could be made (no face, several faces). */
  readonly photo: Photo | null;
  readonly report: ValidationReport;
  readonly plan: CropPlan | null;
  /** Faces found in the source photo. */
  readonly sourceFaces: readonly FaceAnalysis[];
}

/** Input of {@link IdPhoto.check}. */
export interface CheckInput {
  /** A finished photo made elsewhere, exactly as it would be submitted. */
  readonly image: Uint8Array;
  readonly spec: string;
  /** The background the photo should have; default: the nearest of the spec's options. */
  readonly background?: string | Rgb;
  readonly reference?: Uint8Array;
  readonly signal?: AbortSignal;
}

/** Output of {@link IdPhoto.analyze}. */
export interface AnalyzeResult {
  readonly original: CaptureOriginal;
  readonly width: number;
  readonly height: number;
  readonly faces: readonly (FaceAnalysis & { readonly headTop?: { x: number; y: number } })[];
  readonly rejected: readonly RejectedFace[];
  readonly timings: Readonly<Record<string, number>>;
}

/** Output of {@link IdPhoto.compare}. */
export interface CompareResult {
  readonly similarity: SimilarityResult;
  readonly timings: Readonly<Record<string, number>>;
}

/** An assembled ID-photo pipeline. */
export interface IdPhoto {
  readonly plugins: readonly RegisteredPlugin[];
  readonly resolver: Resolver;
  /** The app's own container (a child of the parent), for servers that add request scopes. */
  readonly container: DependencyContainer;
  /** Every registered spec. */
  specs(): readonly SpecDefinition[];
  /** One spec by id (`SDK_NOT_FOUND` otherwise). */
  spec(id: string): SpecDefinition;
  /** Decode and analyse a photo: faces with geometry; `headTop` adds the top of the hair from the matte. */
  analyze(input: {
    readonly image: Uint8Array;
    readonly headTop?: boolean;
    readonly signal?: AbortSignal;
  }): Promise<AnalyzeResult>;
  /** Make a photo to a spec from an ordinary photo, and judge the result. */
  make(input: MakeInput): Promise<MakeResult>;
  /** Judge a finished photo against a spec. */
  check(input: CheckInput): Promise<{ readonly report: ValidationReport }>;
  /**
   * 入学相似度: compare the subject of two photos (the largest face; a photo with no face is
   * `SIMILARITY_NO_FACE`, one with several people of similar size `SIMILARITY_SEVERAL_FACES`).
   */
  compare(input: {
    readonly a: Uint8Array;
    readonly b: Uint8Array;
    readonly signal?: AbortSignal;
  }): Promise<CompareResult>;
  /** Load models ahead of the first request. */
  warmup(): Promise<void>;
}

/** How much smaller (eye distance) another face must be to count as a bystander, not a second subject. */
const BYSTANDER_RATIO = 0.55;

/**
 * Assembles a pipeline from plugins and wires the stages in the order of the architecture:
 * capture → face analysis → matting → render → validation of the output (re-captured and
 * re-analysed, as the receiving authority sees it) → similarity. Every result carries timings.
 *
 * @example
 * ```ts
 * const idphoto = createIdPhoto({ plugins: [sharpCapture(), mediapipeFace(), isnetMatting(), sharpRender(), standardValidator(), chsiSpec()] });
 * const { photo, report } = await idphoto.make({ image: bytes, spec: 'chsi-graduation' });
 * ```
 */
export function createIdPhoto(options: CreateIdPhotoOptions): IdPhoto {
  const logger = options.logger ?? silentLogger;
  const container = (options.container ?? globalContainer).createChildContainer();
  const { resolver, registered } = registerPlugins(container, options.plugins, logger);

  /**
   * Captures one of the caller's photos. A bad-input (4xx) error says which photo it was in
   * `details.input` (`image`, `reference`, `a`, `b`), so a client can tell its user which to redo;
   * the finished photo re-captured for judging (`input` undefined) is not the caller's input.
   */
  const load = async (bytes: Uint8Array, signal?: AbortSignal, input?: InputName): Promise<SourceImage> => {
    try {
      return (await resolver.resolve(CAPTURE).load({ bytes, ...(signal ? { signal } : {}) })).source;
    } catch (error) {
      if (
        input &&
        isIdPhotoError(error) &&
        error.status >= 400 &&
        error.status < 500 &&
        error.code !== 'SDK_ABORTED'
      )
        throw new IdPhotoError({
          code: error.code,
          message: error.message,
          status: error.status,
          details: { ...error.details, input },
          cause: error,
        });
      throw error;
    }
  };

  const analyzeSource = (
    source: SourceImage,
    embeddings: boolean,
    signal?: AbortSignal,
  ): Promise<FaceAnalyzeOutput> =>
    resolver
      .resolve(FACE_ANALYZER)
      .analyze({ image: source.image, embeddings, ...(signal ? { signal } : {}) });

  const compareEmbeddings = (
    a: FaceAnalysis | undefined,
    b: FaceAnalysis | undefined,
  ): SimilarityResult | undefined => {
    if (!a?.embedding || !b?.embedding || !resolver.has(SIMILARITY)) return undefined;
    return resolver.resolve(SIMILARITY).compare({ a: a.embedding, b: b.embedding });
  };

  const referenceComparison = async (
    reference: Uint8Array | undefined,
    face: FaceAnalysis | undefined,
    timings: Timings,
    signal?: AbortSignal,
  ): Promise<ReferenceComparison | undefined> => {
    if (!reference) return undefined;
    return timings.time('reference', async () => {
      const analysis = await analyzeSource(await load(reference, signal, 'reference'), true, signal);
      const main = primaryFace(analysis.faces);
      if (main.kind === 'none') return { status: 'no-face' } as const;
      if (main.kind === 'several') return { status: 'several-faces' } as const;
      const similarity = compareEmbeddings(main.face, face);
      return similarity
        ? ({ status: 'compared', similarity } as const)
        : ({ status: 'unavailable' } as const);
    });
  };

  /** Re-captures and re-analyses a finished photo and runs the spec rules on it. */
  const judge = async (
    bytes: Uint8Array,
    spec: SpecDefinition,
    timings: Timings,
    extra: JudgeExtras,
    signal?: AbortSignal,
    input?: InputName,
  ): Promise<ValidationReport> => {
    const source = await timings.time('validate.capture', () => load(bytes, signal, input));
    const wantsEmbedding = extra.reference !== undefined || extra.sourceFace !== undefined;
    const analysis = await timings.time('validate.analyze', () =>
      analyzeSource(source, wantsEmbedding, signal),
    );
    const main = primaryFace(analysis.faces);
    const face = main.kind === 'none' ? undefined : main.face;
    let matte: MattingOutput | undefined;
    if (resolver.has(MATTING)) {
      matte = await timings.time('validate.matting', () =>
        resolver.resolve(MATTING).matte({
          image: source.image,
          ...(face ? { face } : {}),
          quality: 'fast',
          ...(signal ? { signal } : {}),
        }),
      );
    }
    abortIfNeeded(signal);
    const reference = await referenceComparison(extra.reference, face, timings, signal);
    const identity = extra.sourceFace && face ? compareEmbeddings(extra.sourceFace, face) : undefined;
    const { items } = await timings.time('validate.rules', () =>
      resolver.resolve(SPEC_VALIDATOR).validate({
        spec,
        subject: {
          bytes,
          image: source.image,
          original: source.original,
          analysis,
          ...(matte ? { matte } : {}),
        },
        ...(extra.background ? { background: extra.background } : {}),
        ...(extra.renderNotes ? { renderNotes: extra.renderNotes } : {}),
        ...(reference ? { reference } : {}),
        ...(identity ? { identity } : {}),
      }),
    );
    return {
      spec: spec.id,
      pass: itemsPass(items),
      items,
      ...(reference?.status === 'compared' ? { similarity: reference.similarity } : {}),
      timings: timings.toJSON(),
      output: {
        width: source.image.width,
        height: source.image.height,
        bytes: bytes.length,
        dpi: readJpegInfo(bytes)?.dpi ?? null,
      },
    };
  };

  const app: IdPhoto = {
    plugins: registered,
    resolver,
    container,
    specs: () => resolver.resolveAll(SPECS),
    spec: (id) => resolver.getById(SPECS, id),

    async analyze({ image, headTop = false, signal }) {
      const timings = new Timings();
      const source = await timings.time('capture', () => load(image, signal, 'image'));
      const analysis = await timings.time('analyze', () => analyzeSource(source, true, signal));
      timings.merge('analyze', analysis.timings);
      let faces: AnalyzeResult['faces'] = analysis.faces;
      if (headTop && resolver.has(MATTING)) {
        const matting = resolver.resolve(MATTING);
        faces = await timings.time('matting', () =>
          Promise.all(
            analysis.faces.map(async (face) => {
              const m = await matting.matte({
                image: source.image,
                face,
                quality: 'fast',
                ...(signal ? { signal } : {}),
              });
              return m.headTop ? { ...face, headTop: m.headTop } : face;
            }),
          ),
        );
      }
      return {
        original: source.original,
        width: source.image.width,
        height: source.image.height,
        faces,
        rejected: analysis.rejected,
        timings: timings.toJSON(),
      };
    },

    async make(input) {
      const timings = new Timings();
      const started = performance.now();
      const spec = resolver.getById(SPECS, input.spec);
      const background = resolveBackground(spec, input.background);
      const retouch = input.retouch === true ? {} : input.retouch || false;
      if (retouch && spec.edits !== 'retouch') {
        throw sdkErrors.create('SDK_EDIT_NOT_ALLOWED', {
          details: { spec: spec.id, edit: 'retouch', allowed: spec.edits },
        });
      }
      const source = await timings.time('capture', () => load(input.image, input.signal, 'image'));
      abortIfNeeded(input.signal);
      const analysis = await timings.time('analyze', () => analyzeSource(source, true, input.signal));
      timings.merge('analyze', analysis.timings);
      const main = primaryFace(analysis.faces);
      if (main.kind !== 'one') {
        // No photo can be made: judge the source for the face rules only, so the report says why.
        const { items } = await timings.time('validate.rules', () =>
          resolver.resolve(SPEC_VALIDATOR).validate({
            spec,
            subject: { bytes: input.image, image: source.image, original: source.original, analysis },
            only: ['face.count'],
          }),
        );
        timings.add('total', performance.now() - started);
        return {
          photo: null,
          plan: null,
          sourceFaces: analysis.faces,
          report: { spec: spec.id, pass: false, items, timings: timings.toJSON(), output: null },
        };
      }
      const face = main.face;
      const mode = spec.edits === 'none' ? 'crop-only' : 'replace-background';
      let matte: MattingOutput | undefined;
      if (mode === 'replace-background' || resolver.has(MATTING)) {
        const { region, scale } = subjectRegion(face, source.image.width, source.image.height, spec);
        matte = await timings.time('matting', () =>
          resolver.resolve(MATTING).matte({
            image: source.image,
            face,
            region,
            scale,
            ...(input.signal ? { signal: input.signal } : {}),
          }),
        );
        timings.merge('matting', matte.timings);
      }
      abortIfNeeded(input.signal);
      const rendered = await timings.time('render', () =>
        resolver.resolve(RENDER).render({
          source,
          face,
          ...(matte ? { matte } : {}),
          spec,
          background: background.rgb,
          mode,
          retouch,
          ...(input.signal ? { signal: input.signal } : {}),
        }),
      );
      timings.merge('render', rendered.timings);
      const report = await judge(
        rendered.photo.bytes,
        spec,
        timings,
        {
          background,
          renderNotes: rendered.notes,
          ...(input.reference ? { reference: input.reference } : {}),
          ...(retouch ? { sourceFace: face } : {}),
        },
        input.signal,
      );
      timings.add('total', performance.now() - started);
      return {
        photo: rendered.photo,
        plan: rendered.plan,
        sourceFaces: analysis.faces,
        report: { ...report, timings: timings.toJSON() },
      };
    },

    async check(input) {
      const timings = new Timings();
      const started = performance.now();
      const spec = resolver.getById(SPECS, input.spec);
      const background =
        input.background === undefined ? undefined : resolveBackground(spec, input.background);
      const report = await judge(
        input.image,
        spec,
        timings,
        {
          ...(background ? { background } : {}),
          ...(input.reference ? { reference: input.reference } : {}),
        },
        input.signal,
        'image',
      );
      timings.add('total', performance.now() - started);
      return { report: { ...report, timings: timings.toJSON() } };
    },

    async compare({ a, b, signal }) {
      const timings = new Timings();
      if (!resolver.has(SIMILARITY))
        throw sdkErrors.create('SDK_STAGE_MISSING', { details: { capability: 'similarity' } });
      const faces = await timings.time('analyze', () =>
        Promise.all(
          [a, b].map(async (bytes, i) => {
            const which = i === 0 ? 'a' : 'b';
            const result = await analyzeSource(await load(bytes, signal, which), true, signal);
            const main = primaryFace(result.faces);
            if (main.kind === 'none')
              throw similarityErrors.create('SIMILARITY_NO_FACE', { details: { which } });
            // As in `make`'s reference check: never pick one of two people for the user.
            if (main.kind === 'several')
              throw similarityErrors.create('SIMILARITY_SEVERAL_FACES', { details: { which } });
            return main.face;
          }),
        ),
      );
      const similarity = compareEmbeddings(faces[0], faces[1]);
      if (!similarity)
        throw sdkErrors.create('SDK_STAGE_MISSING', { details: { capability: 'face embeddings' } });
      return { similarity, timings: timings.toJSON() };
    },

    async warmup() {
      await Promise.all([
        resolver.has(FACE_ANALYZER) ? resolver.resolve(FACE_ANALYZER).warmup?.() : undefined,
        resolver.has(MATTING) ? resolver.resolve(MATTING).warmup?.() : undefined,
      ]);
    },
  };
  return Object.freeze(app);
}

/** Which of the caller's photos an input error is about (`details.input`). */
type InputName = 'image' | 'reference' | 'a' | 'b';

/** What `make` and `check` add to a judgement of a finished photo. */
interface JudgeExtras {
  readonly background?: ResolvedBackground;
  readonly renderNotes?: ValidateInput['renderNotes'];
  /** Reference photo bytes (compared with the photo's face). */
  readonly reference?: Uint8Array;
  /** The source face, when the photo was retouched: identity must survive the edit. */
  readonly sourceFace?: FaceAnalysis;
}

type Primary =
  | { kind: 'none' }
  | { kind: 'one'; face: FaceAnalysis }
  | { kind: 'several'; face: FaceAnalysis };

/**
 * The subject of a photo: the largest face, unless another face is nearly as large (then the
 * photo shows several people and no subject can be chosen for the user).
 */
export function primaryFace(faces: readonly FaceAnalysis[]): Primary {
  if (faces.length === 0) return { kind: 'none' };
  const sorted = [...faces].sort((x, y) => y.interPupillary - x.interPupillary);
  const [first, second] = sorted as [FaceAnalysis, FaceAnalysis | undefined];
  if (second && second.interPupillary >= first.interPupillary * BYSTANDER_RATIO)
    return { kind: 'several', face: first };
  return { kind: 'one', face: first };
}

function abortIfNeeded(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw sdkErrors.create('SDK_ABORTED', { cause: signal.reason });
}
