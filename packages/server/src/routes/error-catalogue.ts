import {
  captureErrors,
  type ErrorCodeDefinition,
  type ErrorCodes,
  faceErrors,
  mattingErrors,
  renderErrors,
  sdkErrors,
  similarityErrors,
  validatorErrors,
} from '@idphoto/sdk';
import { resolver } from 'hono-openapi';
import * as v from 'valibot';
import { serverErrors } from '../errors.js';

/** One error code a route can answer with, as declared by its package. */
export interface CatalogueEntry {
  readonly code: string;
  readonly status: number;
  readonly message: string;
}

function pick<T extends Record<string, ErrorCodeDefinition>>(
  codes: ErrorCodes<T>,
  names?: readonly (keyof T & string)[],
): CatalogueEntry[] {
  return (names ?? (Object.keys(codes.definitions) as (keyof T & string)[])).map((code) => {
    const { status, message } = codes.definitions[code];
    return { code, status, message };
  });
}

const ANY_ROUTE = pick(serverErrors, ['SERVER_INTERNAL']);

/**
 * Every error `POST /v1/photos` can answer: the server's own, the SDK's request-time codes and every
 * code of the pipeline stages. This list is the one source of truth: the OpenAPI document is built
 * from it and the docs are tested against it. (Startup-only codes such as `SDK_PLUGIN_*` never reach
 * a request; a third-party plugin may add its own codes.)
 */
export const CREATE_PHOTO_ERRORS: readonly CatalogueEntry[] = [
  ...pick(serverErrors, ['SERVER_INVALID_REQUEST', 'SERVER_PAYLOAD_TOO_LARGE', 'SERVER_BUSY']),
  ...pick(sdkErrors, [
    'SDK_NOT_FOUND',
    'SDK_BACKGROUND_NOT_ALLOWED',
    'SDK_BACKGROUND_INVALID',
    'SDK_EDIT_NOT_ALLOWED',
    'SDK_STAGE_MISSING',
    'SDK_ABORTED',
  ]),
  ...pick(captureErrors),
  ...pick(faceErrors),
  ...pick(mattingErrors),
  ...pick(renderErrors),
  // An unusable reference photo is a report item (`similarity.reference`), not an error.
  ...pick(similarityErrors, ['SIMILARITY_MODEL_MISMATCH']),
  ...pick(validatorErrors),
  ...ANY_ROUTE,
];

/** `GET /v1/photos/:id` and `GET /v1/photos/:id/image`. */
export const READ_PHOTO_ERRORS: readonly CatalogueEntry[] = [
  ...pick(serverErrors, ['SERVER_NOT_FOUND', 'SERVER_STORED_RECORD_INVALID']),
  ...ANY_ROUTE,
];

/** `DELETE /v1/photos/:id`. */
export const DELETE_PHOTO_ERRORS: readonly CatalogueEntry[] = [
  ...pick(serverErrors, ['SERVER_NOT_FOUND']),
  ...ANY_ROUTE,
];

/** `GET /v1/specs/:id`. */
export const READ_SPEC_ERRORS: readonly CatalogueEntry[] = [
  ...pick(sdkErrors, ['SDK_NOT_FOUND']),
  ...ANY_ROUTE,
];

type ErrorResponse = {
  description: string;
  content: { 'application/json': { schema: ReturnType<typeof resolver> } };
};

/**
 * OpenAPI `responses` for a route's errors, one per status: the description lists each code with its
 * message, and the body's `error.code` is an enum of exactly those codes (for 5xx a plain string, since
 * plugins may add infrastructure codes of their own).
 */
export function errorResponses(entries: readonly CatalogueEntry[]): Record<number, ErrorResponse> {
  const byStatus = new Map<number, CatalogueEntry[]>();
  for (const entry of entries) byStatus.set(entry.status, [...(byStatus.get(entry.status) ?? []), entry]);
  const responses: Record<number, ErrorResponse> = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    const codes = list.map((e) => e.code) as [string, ...string[]];
    const code =
      status >= 500
        ? v.pipe(v.string(), v.description(`One of: ${codes.join(', ')}, or a plugin's own code.`))
        : v.picklist(codes);
    responses[status] = {
      description: list.map((e) => `\`${e.code}\`: ${e.message}`).join(' '),
      content: {
        'application/json': {
          schema: resolver(
            v.object({
              error: v.object({
                code,
                message: v.string(),
                details: v.optional(v.record(v.string(), v.unknown())),
              }),
            }),
          ),
        },
      },
    };
  }
  return responses;
}
