import { SpecDefinitionSchema, ValidationReportSchema } from '@idphoto/sdk';
import * as v from 'valibot';

/** Text fields of `POST /v1/photos` (the files are checked separately: JSON Schema has no File). */
export const CreatePhotoFieldsSchema = v.object({
  spec: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(64)),
  background: v.optional(v.pipe(v.string(), v.maxLength(32))),
  retouch: v.optional(v.picklist(['true', 'false', '1', '0', 'on'])),
});

/** Error body of every non-2xx answer. */
export const ErrorBodySchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    details: v.optional(v.record(v.string(), v.unknown())),
  }),
});

const PhotoInfoSchema = v.object({
  url: v.string(),
  mime: v.string(),
  width: v.number(),
  height: v.number(),
  bytes: v.number(),
  dpi: v.number(),
});

/** Answer of `POST /v1/photos` and `GET /v1/photos/:id`. */
export const PhotoResponseSchema = v.object({
  id: v.string(),
  spec: v.string(),
  createdAt: v.string(),
  pass: v.boolean(),
  report: ValidationReportSchema,
  photo: v.nullable(PhotoInfoSchema),
});

/** Answer of `GET /v1/specs`. */
export const SpecListSchema = v.object({ specs: v.array(SpecDefinitionSchema) });

/** The multipart request body as documented in OpenAPI (file fields need an explicit schema). */
export const CREATE_PHOTO_REQUEST_BODY = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object' as const,
        required: ['image', 'spec'],
        properties: {
          image: {
            type: 'string' as const,
            format: 'binary',
            description: 'The photo (JPEG, PNG, WebP, AVIF, TIFF, GIF, HEIC).',
          },
          spec: {
            type: 'string' as const,
            description: 'Spec id, e.g. chsi-graduation (see GET /v1/specs).',
          },
          background: {
            type: 'string' as const,
            description: 'Background option id (blue, white, grey) or #rrggbb.',
          },
          reference: {
            type: 'string' as const,
            format: 'binary',
            description: 'Optional reference (enrolment) photo for 入学相似度.',
          },
          retouch: {
            type: 'string' as const,
            enum: ['true', 'false'],
            description: 'One-tap mild retouch, where the spec allows it.',
          },
        },
      },
    },
  },
};
