import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defaultPlugins } from '@idphoto/preset';
import { captureErrors, createIdPhoto } from '@idphoto/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENV_NAMES } from '../src/config.js';
import { configFromEnv, createApp } from '../src/index.js';
import {
  type CatalogueEntry,
  CREATE_PHOTO_ERRORS,
  DELETE_PHOTO_ERRORS,
  READ_PHOTO_ERRORS,
  READ_SPEC_ERRORS,
} from '../src/routes/error-catalogue.js';

interface ErrorResponse {
  description: string;
  content: {
    'application/json': {
      schema: { properties: { error: { properties: { code: { enum?: string[]; description?: string } } } } };
    };
  };
}
interface Operation {
  responses: Record<string, ErrorResponse>;
  requestBody?: {
    content: Record<string, { schema: { properties: Record<string, { enum?: string[] }> } }>;
  };
}
type OpenApi = { paths: Record<string, Record<string, Operation>> };

let doc: OpenApi;
beforeAll(async () => {
  // Models are not needed to describe the API: the pipeline is composed but never warmed up.
  const { app } = createApp({ idphoto: createIdPhoto({ plugins: defaultPlugins() }) });
  const res = await app.request('/openapi.json');
  expect(res.status).toBe(200);
  doc = (await res.json()) as OpenApi;
});

/** Whether the OpenAPI response for `entry.status` names `entry.code` (as an enum member below 500). */
function documents(operation: Operation | undefined, entry: CatalogueEntry): boolean {
  const response = operation?.responses[String(entry.status)];
  if (!response) return false;
  const code = response.content['application/json'].schema.properties.error.properties.code;
  const listed = entry.status < 500 ? (code.enum ?? []) : (code.description ?? '').split(/[\s,]+/);
  return listed.includes(entry.code) && response.description.includes(entry.code);
}

describe('OpenAPI document', () => {
  const routes: [string, string, readonly CatalogueEntry[]][] = [
    ['/v1/photos', 'post', CREATE_PHOTO_ERRORS],
    ['/v1/photos/{id}', 'get', READ_PHOTO_ERRORS],
    ['/v1/photos/{id}/image', 'get', READ_PHOTO_ERRORS],
    ['/v1/photos/{id}', 'delete', DELETE_PHOTO_ERRORS],
    ['/v1/specs/{id}', 'get', READ_SPEC_ERRORS],
  ];

  it.each(routes)('%s %s lists every code it can answer under its status', (path, method, entries) => {
    const operation = doc.paths[path]?.[method];
    expect(operation).toBeDefined();
    expect(entries.filter((entry) => !documents(operation, entry)).map((e) => e.code)).toEqual([]);
  });

  it('puts CAPTURE_TOO_SMALL under the status the capture stage declares for it', () => {
    const declared = captureErrors.definitions.CAPTURE_TOO_SMALL.status;
    expect(declared).toBe(422);
    const operation = doc.paths['/v1/photos']?.['post'];
    expect(documents(operation, { code: 'CAPTURE_TOO_SMALL', status: declared, message: '' })).toBe(true);
    expect(documents(operation, { code: 'CAPTURE_TOO_SMALL', status: 400, message: '' })).toBe(false);
  });

  it('documents DELETE /v1/photos/{id} with 204, and GET /v1/specs/{id} with the spec', () => {
    expect(doc.paths['/v1/photos/{id}']?.['delete']?.responses['204']).toBeDefined();
    const spec = doc.paths['/v1/specs/{id}']?.['get']?.responses['200'] as unknown as {
      content: { 'application/json': { schema: { properties: Record<string, unknown> } } };
    };
    expect(Object.keys(spec.content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['id', 'canvas', 'background']),
    );
  });

  it('documents retouch as exactly the values the server accepts', () => {
    const body = doc.paths['/v1/photos']?.['post']?.requestBody?.content['multipart/form-data'];
    expect(body?.schema.properties['retouch']?.enum).toEqual(['true', 'false']);
  });
});

describe('docs/04-server', () => {
  const path = resolve(import.meta.dirname, '../../../docs/04-server/README.md');

  it('lists every error code a route can answer, with its status', async () => {
    const text = await readFile(path, 'utf8');
    const rows = new Map<string, string>();
    for (const match of text.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \| (\d{3}) \|/gm))
      rows.set(match[1] ?? '', match[2] ?? '');
    const entries = [
      ...CREATE_PHOTO_ERRORS,
      ...READ_PHOTO_ERRORS,
      ...DELETE_PHOTO_ERRORS,
      ...READ_SPEC_ERRORS,
    ];
    const wrong = entries
      .filter((e) => rows.get(e.code) !== String(e.status))
      .map((e) => `${e.code} ${e.status}`);
    expect([...new Set(wrong)]).toEqual([]);
    // …and nothing more: a documented code no route answers misleads clients.
    const known = new Set(entries.map((e) => e.code));
    expect([...rows.keys()].filter((code) => !known.has(code))).toEqual([]);
  });

  it('documents every IDPHOTO_* variable the server reads', async () => {
    const text = await readFile(path, 'utf8');
    const names = Object.values(ENV_NAMES).map((name) => `IDPHOTO_${name}`);
    expect(names).toContain('IDPHOTO_RETENTION_DAYS');
    expect(names.filter((name) => !text.includes(`\`${name}\``))).toEqual([]);
  });

  it('names the variable, not an internal key, when a setting is invalid', () => {
    const settings = (env: NodeJS.ProcessEnv) => {
      try {
        configFromEnv(env);
        return null;
      } catch (error) {
        return error as { code: string; message: string; details: { variables: string[] } };
      }
    };
    for (const [name, value] of [
      ['RETENTION_DAYS', 'abc'],
      ['PORT', '70000'],
      ['CONCURRENCY', '0'],
      ['MAX_BODY_BYTES', '-5'],
      ['PUBLIC_BASE_URL', 'notaurl'],
    ] as const) {
      const error = settings({ [`IDPHOTO_${name}`]: value });
      expect(error?.code).toBe('SERVER_CONFIG_INVALID');
      expect(error?.details.variables).toEqual([`IDPHOTO_${name}`]);
      expect(error?.message).toContain(`IDPHOTO_${name}`);
      expect(error?.message).not.toMatch(/retentionDays|maxBodyBytes|publicBaseUrl/);
    }
    expect(configFromEnv({ IDPHOTO_PUBLIC_BASE_URL: 'https://photos.example.com/' }).publicBaseUrl).toBe(
      'https://photos.example.com',
    );
  });

  it('answers an unknown route with the documented error shape', async () => {
    const { app } = createApp({ plugins: [] });
    for (const [path, method] of [
      ['/v1/nope', 'GET'],
      ['/v1/photos/0b0e6f3c-8a5e-4d5b-9d1e-2f6c1f0e9a11', 'PUT'],
    ] as const) {
      const res = await app.request(path, { method });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({
        error: { code: 'SERVER_NOT_FOUND', message: expect.any(String), details: {} },
      });
    }
  });

  it('reads retention from the environment as documented (default 30, 0 turns it off)', () => {
    expect(configFromEnv({}).retentionDays).toBe(30);
    expect(configFromEnv({ IDPHOTO_RETENTION_DAYS: '0' }).retentionDays).toBe(0);
    expect(configFromEnv({ IDPHOTO_SWEEP_INTERVAL_MINUTES: '5' }).sweepIntervalMinutes).toBe(5);
  });
});
