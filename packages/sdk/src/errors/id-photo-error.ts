const BRAND: unique symbol = Symbol.for('@idphoto/sdk/IdPhotoError');

/** Values that are safe to show to a user or write to a log: never raw input, never personal data. */
export type SafeDetail =
  | string
  | number
  | boolean
  | null
  | readonly SafeDetail[]
  | { readonly [key: string]: SafeDetail };

/** Options accepted by {@link IdPhotoError}. */
export interface IdPhotoErrorOptions {
  /** UPPER_SNAKE code, prefixed per package (`CAPTURE_EMPTY_INPUT`, `SDK_PLUGIN_DUPLICATE`). */
  readonly code: string;
  /** Human-readable explanation in English. Must not contain personal data or echoed input. */
  readonly message: string;
  /** HTTP status the reference server answers with (400 for bad input, 500 for infrastructure). */
  readonly status?: number;
  /** Machine-readable, PII-free facts (limits, measured sizes, plugin names). */
  readonly details?: Readonly<Record<string, SafeDetail>>;
  /** The underlying error, kept so stack traces survive. Never shown to users. */
  readonly cause?: unknown;
}

/**
 * The one error type of idphoto. Stages throw it for broken input and infrastructure failures;
 * a photo that fails a rule is a report, never an exception.
 *
 * @example
 * ```ts
 * try { await idphoto.make({ image, spec: 'chsi-graduation' }); }
 * catch (error) { if (isIdPhotoError(error) && error.code === 'CAPTURE_NOT_AN_IMAGE') … }
 * ```
 */
export class IdPhotoError extends Error {
  readonly [BRAND] = true;
  readonly code: string;
  readonly status: number;
  readonly details: Readonly<Record<string, SafeDetail>>;

  constructor(options: IdPhotoErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'IdPhotoError';
    this.code = options.code;
    this.status = options.status ?? 500;
    this.details = Object.freeze({ ...(options.details ?? {}) });
  }

  /** A JSON shape safe to send to clients: code, message, status and details only. */
  toJSON(): { code: string; message: string; status: number; details: Readonly<Record<string, SafeDetail>> } {
    return { code: this.code, message: this.message, status: this.status, details: this.details };
  }
}

/** Brand-based guard: works across duplicated package copies, unlike `instanceof`. */
export function isIdPhotoError(value: unknown, code?: string): value is IdPhotoError {
  if (typeof value !== 'object' || value === null) return false;
  if ((value as { [BRAND]?: unknown })[BRAND] !== true) return false;
  return code === undefined || (value as IdPhotoError).code === code;
}
