import { createJsonLogger, type Logger } from '@idphoto/sdk';

/** One multipart field: text, or file bytes (sent as a file part). */
export type FieldValue = string | Uint8Array;

/**
 * A real multipart body. Entries rather than a record, so a field can be sent twice; a `Uint8Array`
 * becomes a file part, a string a text part.
 */
export function form(
  fields: Record<string, FieldValue> | readonly (readonly [string, FieldValue])[],
): FormData {
  const body = new FormData();
  const entries = Array.isArray(fields) ? fields : Object.entries(fields);
  for (const [key, value] of entries) {
    body.append(
      key,
      typeof value === 'string'
        ? value
        : new File([Buffer.from(value)], `${key}.bin`, { type: 'application/octet-stream' }),
    );
  }
  return body;
}

/** An error body's code and `details.issues`, with the status. */
export async function errorOf(res: Response): Promise<{ status: number; code: string; issues: string[] }> {
  const body = (await res.json()) as { error: { code: string; details?: { issues?: string[] } } };
  return { status: res.status, code: body.error.code, issues: body.error.details?.issues ?? [] };
}

/** `POST /v1/photos` with the given fields. */
export async function post(app: Requester, fields: Parameters<typeof form>[0]): Promise<Response> {
  return app.request('/v1/photos', { method: 'POST', body: form(fields) });
}

/** What the helpers need of an app: Hono's `request`. */
export interface Requester {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/** A logger that keeps every line it is given, parsed, for assertions. */
export function capturingLogger(): { logger: Logger; lines: Record<string, unknown>[]; text: () => string } {
  const raw: string[] = [];
  const logger = createJsonLogger('debug', {}, (line) => raw.push(line));
  return {
    logger,
    get lines() {
      return raw.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    text: () => raw.join('\n'),
  };
}
