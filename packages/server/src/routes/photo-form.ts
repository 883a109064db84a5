import { formatIssues } from '@idphoto/sdk';
import type { HonoRequest } from 'hono';
import * as v from 'valibot';
import { serverErrors } from '../errors.js';
import { CreatePhotoFieldsSchema, PHOTO_FIELDS } from './schemas.js';

/** The fields of `POST /v1/photos`, checked. */
export interface PhotoForm {
  readonly image: File;
  readonly spec: string;
  readonly background?: string;
  readonly reference?: File;
  readonly retouch: boolean;
}

type FieldValue = string | File;

/**
 * Reads and checks the multipart body of `POST /v1/photos`. Every field is single-valued and of its
 * documented kind (file or text); a field sent twice, an unknown field, or text where a file belongs
 * is refused with `SERVER_INVALID_REQUEST`, whose `details.issues` name fields but never repeat what
 * was sent (an unknown field is not even named: its name came from the client too). An empty text
 * field counts as absent.
 */
export async function readPhotoForm(req: HonoRequest): Promise<PhotoForm> {
  const contentType = req.header('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    throw invalid(['body: must be multipart/form-data']);
  }
  let body: Record<string, FieldValue | FieldValue[]>;
  try {
    body = await req.parseBody({ all: true });
  } catch (cause) {
    throw invalid(['body: malformed multipart'], cause);
  }
  const issues: string[] = [];
  const single: Partial<Record<keyof typeof PHOTO_FIELDS, FieldValue>> = {};
  let unknown = false;
  for (const [name, value] of Object.entries(body)) {
    if (!Object.hasOwn(PHOTO_FIELDS, name)) {
      unknown = true;
      continue;
    }
    const field = name as keyof typeof PHOTO_FIELDS;
    if (Array.isArray(value)) {
      issues.push(`${field}: sent more than once (send it once)`);
      continue;
    }
    const kind = PHOTO_FIELDS[field];
    if (kind === 'file' && !(value instanceof File)) issues.push(`${field}: must be a file, not text`);
    else if (kind === 'text' && typeof value !== 'string') issues.push(`${field}: must be text, not a file`);
    else single[field] = value;
  }
  if (unknown) issues.push(`body: unknown field (the fields are ${Object.keys(PHOTO_FIELDS).join(', ')})`);
  if (!(single.image instanceof File) && !issues.some((i) => i.startsWith('image:')))
    issues.push('image: a file is required');
  const text = (value: FieldValue | undefined): string | undefined =>
    typeof value === 'string' && value !== '' ? value : undefined;
  // Absent fields are left out (not set to undefined) so a missing `spec` reads `spec: required`.
  const values = Object.fromEntries(
    (['spec', 'background', 'retouch'] as const).flatMap((name) => {
      const value = text(single[name]);
      return value === undefined ? [] : [[name, value]];
    }),
  );
  const fields = v.safeParse(CreatePhotoFieldsSchema, values);
  if (!fields.success) issues.push(...formatIssues(fields.issues).filter((i) => !isReported(i, issues)));
  if (issues.length > 0 || !fields.success || !(single.image instanceof File)) throw invalid(issues);
  return {
    image: single.image,
    spec: fields.output.spec,
    ...(fields.output.background ? { background: fields.output.background } : {}),
    ...(single.reference instanceof File ? { reference: single.reference } : {}),
    retouch: fields.output.retouch === 'true',
  };
}

/** Whether a field already has an issue (sent twice or of the wrong kind): one issue per field is enough. */
function isReported(issue: string, issues: readonly string[]): boolean {
  const field = issue.split(':')[0];
  return issues.some((i) => i.split(':')[0] === field);
}

function invalid(issues: readonly string[], cause?: unknown): Error {
  return serverErrors.create('SERVER_INVALID_REQUEST', {
    details: { issues: [...issues] },
    ...(cause === undefined ? {} : { cause }),
  });
}
