import * as v from 'valibot';

const kebabId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'));
const positive = v.pipe(v.number(), v.finite(), v.minValue(0));
const positiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));

/** zh-CN + English text. */
export const LocalizedTextSchema = v.object({
  zh: v.pipe(v.string(), v.minLength(1)),
  en: v.pipe(v.string(), v.minLength(1)),
});

/** A closed or half-open numeric range; at least one bound, `min <= max`. */
export const RangeSchema = v.pipe(
  v.object({ min: v.optional(positive), max: v.optional(positive) }),
  v.check((r) => r.min !== undefined || r.max !== undefined, 'a range needs min or max'),
  v.check((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min must not exceed max'),
);

const RgbTupleSchema = v.tuple([
  v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(255)),
  v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(255)),
  v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(255)),
]);

/** A publication a number comes from. Every spec cites its sources. */
export const SpecSourceSchema = v.object({
  /** Short tag used in `citations`, e.g. `S1`. */
  id: v.pipe(v.string(), v.minLength(1)),
  title: v.pipe(v.string(), v.minLength(1)),
  url: v.optional(v.pipe(v.string(), v.url())),
  note: v.optional(v.string()),
});

/** One background colour a spec accepts. */
export const BackgroundOptionSchema = v.object({
  /** `blue`, `white`, `grey`, … — what users pass to `--background`. */
  id: kebabId,
  name: LocalizedTextSchema,
  rgb: RgbTupleSchema,
});

/** A rule the validator runs for this spec, with optional per-spec parameters. */
export const SpecRuleSchema = v.object({
  /** Rule id from the rule engine, e.g. `composition.eye-line` (see validator docs). */
  id: v.pipe(v.string(), v.regex(/^[a-z]+(?:\.[a-z0-9-]+)+$/, 'rule ids look like group.name')),
  /** `fail` (default) blocks acceptance; `warn` is advice. */
  severity: v.optional(v.picklist(['fail', 'warn']), 'fail'),
  params: v.optional(v.record(v.string(), v.union([v.number(), v.string(), v.boolean()])), {}),
});

/**
 * Where the subject must sit. `px` values are output pixels; `fraction` values are fractions of the
 * output height (vertical items) or width (horizontal items), for specs whose pixel size may vary.
 */
export const CompositionSchema = v.object({
  unit: v.picklist(['px', 'fraction']),
  /** Top edge → top of the head (hair included). 99号 calls this 头顶发际. */
  headTop: v.optional(RangeSchema),
  /** Top edge → line through the eye centres. */
  eyeLine: v.optional(RangeSchema),
  /** Bottom edge → eye line (ID-card and ICAO style). */
  eyeLineFromBottom: v.optional(RangeSchema),
  /** Cheek-to-cheek face width. */
  faceWidth: v.optional(RangeSchema),
  /** Chin → top of the head. */
  headHeight: v.optional(RangeSchema),
  /** Chin → bottom edge. */
  chinToBottom: v.optional(RangeSchema),
  /** Distance between the eye centres. */
  eyeDistance: v.optional(RangeSchema),
  /** Largest allowed |face centre x − frame centre x|. */
  centreTolerance: positive,
});

/** The file an authority accepts. */
export const FileSpecSchema = v.object({
  format: v.picklist(['jpeg', 'png']),
  /** Baseline (not progressive) JPEG required. */
  baseline: v.optional(v.boolean(), true),
  /** Lowest acceptable JPEG quality factor (1–100). */
  minQuality: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)), 75),
  /** Accepted byte size. */
  bytes: RangeSchema,
  /** Bits per pixel (24 = 8-bit RGB). */
  colourDepth: v.optional(v.picklist([24, 8]), 24),
  extension: v.optional(v.pipe(v.string(), v.regex(/^\.[a-z0-9]+$/i)), '.jpg'),
  /** File naming the authority expects, e.g. `{idNumber}.jpg`; placeholders are documented per spec. */
  naming: v.optional(v.object({ pattern: v.string(), description: LocalizedTextSchema })),
});

/** Pixel size and resolution of the output, and what sizes `check` accepts from elsewhere. */
export const CanvasSchema = v.object({
  width: positiveInt,
  height: positiveInt,
  dpi: positiveInt,
  /** Physical print size the pixels correspond to, if the authority states one. */
  printMm: v.optional(v.object({ width: positive, height: positive })),
  /** Sizes accepted by `check` (defaults to exactly width × height). */
  accept: v.optional(
    v.object({
      minWidth: positiveInt,
      maxWidth: positiveInt,
      minHeight: positiveInt,
      maxHeight: positiveInt,
      /** Required aspect width/height and tolerance, e.g. 0.75 ± 0.01. */
      aspect: v.optional(v.object({ ratio: positive, tolerance: positive })),
    }),
  ),
});

/**
 * A photo specification as data: everything a renderer needs to produce a compliant photo and a
 * validator needs to judge one. Checked when a spec plugin registers.
 */
export const SpecDefinitionSchema = v.pipe(
  v.object({
    id: kebabId,
    /** Version of this spec's data, bumped when a number changes. */
    version: v.pipe(v.string(), v.minLength(1)),
    name: LocalizedTextSchema,
    description: v.optional(LocalizedTextSchema),
    category: v.picklist([
      'graduation',
      'degree',
      'exam',
      'passport',
      'travel',
      'id-card',
      'visa',
      'badge',
      'other',
    ]),
    /** ISO 3166 region or `intl`. */
    region: v.pipe(v.string(), v.minLength(2)),
    authority: v.object({
      name: LocalizedTextSchema,
      /** Document number or title, e.g. 教毕指〔2017〕99号. */
      document: v.optional(v.string()),
    }),
    sources: v.pipe(v.array(SpecSourceSchema), v.minLength(1)),
    /** Field path (e.g. `composition.eyeLine`) → source ids backing that number. */
    citations: v.record(v.string(), v.pipe(v.array(v.string()), v.minLength(1))),
    canvas: CanvasSchema,
    file: FileSpecSchema,
    background: v.object({
      /** Id of the option used when the caller names none. */
      default: kebabId,
      options: v.pipe(v.array(BackgroundOptionSchema), v.minLength(1)),
      /** Largest CIEDE2000 difference between the measured background and the chosen colour. */
      maxDeltaE: v.optional(positive, 10),
      /** Largest spread (ΔE, 95th percentile from the median) inside the background. */
      maxSpread: v.optional(positive, 8),
      /** Whether colours other than the listed ones are acceptable (e.g. custom badge colours). */
      allowCustom: v.optional(v.boolean(), false),
    }),
    composition: CompositionSchema,
    pose: v.optional(v.object({ maxRoll: positive, maxYaw: positive, maxPitch: positive }), {
      maxRoll: 5,
      maxYaw: 10,
      maxPitch: 10,
    }),
    /**
     * Edits the authority tolerates: `none` (crop and check only, pixels untouched), `background`
     * (background replacement), `retouch` (background plus mild retouching).
     */
    edits: v.picklist(['none', 'background', 'retouch']),
    rules: v.pipe(v.array(SpecRuleSchema), v.minLength(1)),
    /** Guidance shown to users before they shoot. */
    guidelines: v.optional(v.array(LocalizedTextSchema), []),
    tags: v.optional(v.array(v.string()), []),
  }),
  v.check(
    (s) => s.background.options.some((o) => o.id === s.background.default),
    'background.default must name one of background.options',
  ),
  v.check((s) => {
    const ids = new Set(s.sources.map((x) => x.id));
    return Object.values(s.citations).every((list) => list.every((id) => ids.has(id)));
  }, 'every citation must reference a declared source id'),
  v.check((s) => new Set(s.rules.map((r) => r.id)).size === s.rules.length, 'rule ids must be unique'),
  v.check(
    (s) =>
      s.file.bytes.max === undefined || s.file.bytes.min === undefined || s.file.bytes.max > s.file.bytes.min,
    'file.bytes.max must exceed file.bytes.min',
  ),
);

/** The author's view of a spec (defaults may be omitted). */
export type SpecDefinitionInput = v.InferInput<typeof SpecDefinitionSchema>;
/** A validated spec with every default filled in. */
export type SpecDefinition = v.InferOutput<typeof SpecDefinitionSchema>;
/** A numeric range. */
export type Range = v.InferOutput<typeof RangeSchema>;
export type SpecRule = v.InferOutput<typeof SpecRuleSchema>;
export type BackgroundOption = v.InferOutput<typeof BackgroundOptionSchema>;
export type Composition = v.InferOutput<typeof CompositionSchema>;
