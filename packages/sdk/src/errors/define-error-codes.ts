import { IdPhotoError, type SafeDetail } from './id-photo-error.js';

/** Declaration of one error code: what it means and what the caller can do about it. */
export interface ErrorCodeDefinition {
  /** Default English message (no personal data, no echoed input). */
  readonly message: string;
  /** HTTP status hint for the reference server. */
  readonly status: number;
  /** Why this happens. Shown in docs and `idphoto errors`. */
  readonly cause: string;
  /** What the caller or user should do. */
  readonly fix: string;
}

/** Options for creating an error from a declared code. */
export interface CreateErrorOptions {
  /** Overrides the declared message (still no personal data). */
  readonly message?: string;
  readonly details?: Readonly<Record<string, SafeDetail>>;
  readonly cause?: unknown;
}

/** The result of {@link defineErrorCodes}: the declarations plus typed constructors. */
export type ErrorCodes<T extends Record<string, ErrorCodeDefinition>> = {
  /** The declarations, for docs and for listing. */
  readonly definitions: Readonly<T>;
  /** `codes.X === 'X'`: use in comparisons and tests instead of string literals. */
  readonly codes: { readonly [K in keyof T]: K };
  /** Builds an {@link IdPhotoError} for a declared code. */
  create(code: keyof T & string, options?: CreateErrorOptions): IdPhotoError;
};

const CODE_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/**
 * Declares a package's error codes once, with cause and fix, and returns typed constructors.
 *
 * @example
 * ```ts
 * export const captureErrors = defineErrorCodes({
 *   CAPTURE_EMPTY_INPUT: { status: 400, message: 'The upload is empty.', cause: '…', fix: '…' },
 * });
 * throw captureErrors.create('CAPTURE_EMPTY_INPUT');
 * ```
 */
export function defineErrorCodes<T extends Record<string, ErrorCodeDefinition>>(
  definitions: T,
): ErrorCodes<T> {
  const codes = {} as { [K in keyof T]: K };
  for (const code of Object.keys(definitions)) {
    if (!CODE_PATTERN.test(code)) {
      throw new TypeError(
        `Error code "${code}" must be UPPER_SNAKE with a package prefix (e.g. CAPTURE_EMPTY_INPUT)`,
      );
    }
    (codes as Record<string, string>)[code] = code;
  }
  return Object.freeze({
    definitions: Object.freeze({ ...definitions }),
    codes: Object.freeze(codes),
    create(code: keyof T & string, options: CreateErrorOptions = {}): IdPhotoError {
      const definition = definitions[code];
      if (!definition) throw new TypeError(`Undeclared error code ${code}`);
      return new IdPhotoError({
        code,
        message: options.message ?? definition.message,
        status: definition.status,
        ...(options.details ? { details: options.details } : {}),
        ...(options.cause === undefined ? {} : { cause: options.cause }),
      });
    },
  });
}
