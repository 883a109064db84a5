import { isIdPhotoError } from '@idphoto/sdk';

/** Exit codes scripts and reviewers rely on. */
export const EXIT = {
  /** The photo passes (or the command succeeded). */
  ok: 0,
  /** Anything unexpected: infrastructure, models, bugs. */
  failure: 1,
  /** Bad input: unreadable file, not an image, unknown spec, bad option. The error code is printed. */
  badInput: 2,
  /** The photo fails one or more rules; the report is written and the output kept for inspection. */
  rulesFailed: 3,
} as const;

/** Maps a thrown error to an exit code: 4xx-class IdPhotoErrors are bad input. */
export function exitCodeFor(error: unknown): number {
  if (isIdPhotoError(error) && error.status >= 400 && error.status < 500) return EXIT.badInput;
  return EXIT.failure;
}
