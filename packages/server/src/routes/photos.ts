import { randomUUID } from 'node:crypto';
import { type IdPhoto, sdkErrors } from '@idphoto/sdk';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { describeRoute, resolver } from 'hono-openapi';
import type * as v from 'valibot';
import { serverErrors } from '../errors.js';
import type { PhotoRecord, PhotoStore } from '../photo-store.js';
import type { BoundedQueue } from '../queue.js';
import {
  CREATE_PHOTO_ERRORS,
  DELETE_PHOTO_ERRORS,
  errorResponses,
  READ_PHOTO_ERRORS,
} from './error-catalogue.js';
import { readPhotoForm } from './photo-form.js';
import { CREATE_PHOTO_REQUEST_BODY, PhotoResponseSchema } from './schemas.js';

/** What the photo routes need. */
export interface PhotoRoutesDeps {
  readonly idphoto: IdPhoto;
  readonly store: PhotoStore;
  readonly queue: BoundedQueue;
  readonly maxBodyBytes: number;
  readonly publicBaseUrl: string;
  /** The clock that stamps `createdAt` (the retention sweep reads it back). */
  readonly now: () => Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `POST /v1/photos`, `GET /v1/photos/:id`, `GET /v1/photos/:id/image`, `DELETE /v1/photos/:id`. */
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
  const photoJson = (description: string) => ({
    description,
    content: { 'application/json': { schema: resolver(PhotoResponseSchema) } },
  });

  app.post(
    '/',
    describeRoute({
      tags: ['photos'],
      summary: 'Make an ID photo to a spec and judge it',
      description:
        'Uploads a photo, makes the spec photo (crop, background, encoding) and returns the validation report with the produced photo URL. A photo that fails rules is still 201: `pass` is false and the report says why. Fields are single-valued; unknown fields are refused.',
      requestBody: CREATE_PHOTO_REQUEST_BODY,
      responses: { 201: photoJson('Made and judged'), ...errorResponses(CREATE_PHOTO_ERRORS) },
    }),
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: () => {
        throw serverErrors.create('SERVER_PAYLOAD_TOO_LARGE', { details: { limitBytes: deps.maxBodyBytes } });
      },
    }),
    async (c) => {
      const form = await readPhotoForm(c.req);
      // Fires when the client hangs up (@hono/node-server aborts the request): the job stops between
      // stages and nothing is stored — the client never learnt an id, so it could not delete the photo.
      const signal = c.req.raw.signal;
      const result = await deps.queue.run(
        async () =>
          deps.idphoto.make({
            image: new Uint8Array(await form.image.arrayBuffer()),
            spec: form.spec,
            ...(form.background ? { background: form.background } : {}),
            ...(form.reference ? { reference: new Uint8Array(await form.reference.arrayBuffer()) } : {}),
            retouch: form.retouch,
            signal,
          }),
        signal,
      );
      if (signal.aborted) throw sdkErrors.create('SDK_ABORTED', { cause: signal.reason });
      const record: PhotoRecord = {
        id: randomUUID(),
        spec: form.spec,
        ...(form.background ? { background: form.background } : {}),
        createdAt: deps.now().toISOString(),
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
      responses: { 200: photoJson('The job'), ...errorResponses(READ_PHOTO_ERRORS) },
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
        200: {
          description: 'The photo (`photo.mime` of the job: JPEG, or PNG for specs that ask for it)',
          content: {
            'image/jpeg': { schema: { type: 'string', format: 'binary' } },
            'image/png': { schema: { type: 'string', format: 'binary' } },
          },
        },
        ...errorResponses(READ_PHOTO_ERRORS),
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

  app.delete(
    '/:id',
    describeRoute({
      tags: ['photos'],
      summary: 'Delete a photo job now: the produced photo and its report',
      description:
        'Removes the stored photo and record at once (the user withdrawing consent, or the product being done with it). Jobs are also deleted automatically after the retention period.',
      responses: { 204: { description: 'Deleted' }, ...errorResponses(DELETE_PHOTO_ERRORS) },
    }),
    async (c) => {
      const id = c.req.param('id');
      const deleted = UUID.test(id) ? await deps.store.delete(id) : false;
      if (!deleted) throw serverErrors.create('SERVER_NOT_FOUND');
      return c.body(null, 204);
    },
  );
  return app;
}
