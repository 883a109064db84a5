import { randomUUID } from 'node:crypto';
import type { IdPhoto } from '@idphoto/sdk';
import { formatIssues } from '@idphoto/sdk';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { describeRoute, resolver } from 'hono-openapi';
import * as v from 'valibot';
import { serverErrors } from '../errors.js';
import type { PhotoRecord, PhotoStore } from '../photo-store.js';
import type { BoundedQueue } from '../queue.js';
import {
  CREATE_PHOTO_REQUEST_BODY,
  CreatePhotoFieldsSchema,
  ErrorBodySchema,
  PhotoResponseSchema,
} from './schemas.js';

/** What the photo routes need. */
export interface PhotoRoutesDeps {
  readonly idphoto: IdPhoto;
  readonly store: PhotoStore;
  readonly queue: BoundedQueue;
  readonly maxBodyBytes: number;
  readonly publicBaseUrl: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: resolver(ErrorBodySchema) } },
});

/** `POST /v1/photos`, `GET /v1/photos/:id`, `GET /v1/photos/:id/image`. */
export function photoRoutes(deps: PhotoRoutesDeps): Hono {
  const app = new Hono();
  const toResponse = (record: PhotoRecord): v.InferOutput<typeof PhotoResponseSchema> => ({
    id: record.id,
    spec: record.spec,
    createdAt: record.createdAt,
    pass: record.pass,
    report: record.report,
    photo: record.photo
      ? { ...record.photo, url: `${deps.publicBaseUrl}/v1/photos/${record.id}/image` }
      : null,
  });

  app.post(
    '/',
    describeRoute({
      tags: ['photos'],
      summary: 'Make an ID photo to a spec and judge it',
      description:
        'Uploads a photo, makes the spec photo (crop, background, encoding) and returns the validation report with the produced photo URL. A photo that fails rules is still 201: `pass` is false and the report says why.',
      requestBody: CREATE_PHOTO_REQUEST_BODY,
      responses: {
        201: {
          description: 'Made and judged',
          content: { 'application/json': { schema: resolver(PhotoResponseSchema) } },
        },
        400: errorResponse('Invalid fields, unknown background, or an edit the spec forbids'),
        404: errorResponse('Unknown spec'),
        413: errorResponse('Body or image too large'),
        415: errorResponse('Not an image, or an unsupported format'),
        422: errorResponse('Truncated or corrupt image'),
        503: errorResponse('Busy: retry after the Retry-After header'),
      },
    }),
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: () => {
        throw serverErrors.create('SERVER_PAYLOAD_TOO_LARGE', { details: { limitBytes: deps.maxBodyBytes } });
      },
    }),
    async (c) => {
      const contentType = c.req.header('content-type') ?? '';
      if (!contentType.startsWith('multipart/form-data')) {
        throw serverErrors.create('SERVER_INVALID_REQUEST', {
          details: { issues: ['body: must be multipart/form-data'] },
        });
      }
      let body: Record<string, unknown>;
      try {
        body = await c.req.parseBody();
      } catch (cause) {
        throw serverErrors.create('SERVER_INVALID_REQUEST', {
          details: { issues: ['body: malformed multipart'] },
          cause,
        });
      }
      const fields = v.safeParse(CreatePhotoFieldsSchema, {
        spec: body['spec'],
        background: body['background'] || undefined,
        retouch: body['retouch'] || undefined,
      });
      const issues = fields.success ? [] : formatIssues(fields.issues);
      const image = body['image'];
      const reference = body['reference'];
      if (!(image instanceof File)) issues.push('image: a file is required');
      if (reference !== undefined && reference !== '' && !(reference instanceof File))
        issues.push('reference: must be a file');
      if (!fields.success || !(image instanceof File))
        throw serverErrors.create('SERVER_INVALID_REQUEST', { details: { issues } });
      const input = fields.output;
      const retouch = input.retouch === 'true' || input.retouch === '1' || input.retouch === 'on';
      const result = await deps.queue.run(async () =>
        deps.idphoto.make({
          image: new Uint8Array(await image.arrayBuffer()),
          spec: input.spec,
          ...(input.background ? { background: input.background } : {}),
          ...(reference instanceof File ? { reference: new Uint8Array(await reference.arrayBuffer()) } : {}),
          retouch,
        }),
      );
      const record: PhotoRecord = {
        id: randomUUID(),
        spec: input.spec,
        ...(input.background ? { background: input.background } : {}),
        createdAt: new Date().toISOString(),
        pass: result.report.pass,
        report: result.report,
        photo: result.photo
          ? {
              mime: result.photo.mime,
              width: result.photo.width,
              height: result.photo.height,
              bytes: result.photo.bytes.length,
              dpi: result.photo.dpi,
            }
          : null,
      };
      await deps.store.save(record, result.photo?.bytes ?? null);
      return c.json(toResponse(record), 201);
    },
  );

  app.get(
    '/:id',
    describeRoute({
      tags: ['photos'],
      summary: 'A photo job: its report and photo URL',
      responses: {
        200: {
          description: 'The job',
          content: { 'application/json': { schema: resolver(PhotoResponseSchema) } },
        },
        404: errorResponse('No such photo'),
      },
    }),
    async (c) => {
      const id = c.req.param('id');
      const record = UUID.test(id) ? await deps.store.get(id) : null;
      if (!record) throw serverErrors.create('SERVER_NOT_FOUND');
      return c.json(toResponse(record));
    },
  );

  app.get(
    '/:id/image',
    describeRoute({
      tags: ['photos'],
      summary: 'The produced photo file, exactly as it would be submitted',
      responses: {
        200: { description: 'JPEG', content: { 'image/jpeg': {} } },
        404: errorResponse('No such photo'),
      },
    }),
    async (c) => {
      const id = c.req.param('id');
      const record = UUID.test(id) ? await deps.store.get(id) : null;
      const image = record?.photo ? await deps.store.getImage(id) : null;
      if (!record?.photo || !image) throw serverErrors.create('SERVER_NOT_FOUND');
      const extension = record.photo.mime === 'image/png' ? 'png' : 'jpg';
      return c.body(image.slice().buffer, 200, {
        'content-type': record.photo.mime,
        'content-length': String(image.length),
        'cache-control': 'private, max-age=3600',
        'content-disposition': `inline; filename="${id}.${extension}"`,
      });
    },
  );
  return app;
}
