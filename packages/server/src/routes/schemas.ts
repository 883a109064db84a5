import { SpecDefinitionSchema, ValidationReportSchema } from '@idphoto/sdk';
import * as v from 'valibot';

/** The fields of `POST /v1/photos` and their kind; any other field is refused. */
export const PHOTO_FIELDS = {
  image: 'file',
  spec: 'text',
  background: 'text',
  reference: 'file',
  retouch: 'text',
} as const;

/** Accepted values of the `retouch` field — exactly these, documented in OpenAPI from this list. */
export const RETOUCH_VALUES = ['true', 'false'] as const;

/** A spec id as the server accepts it (registered ids follow the same shape). */
const SPEC_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Text fields of `POST /v1/photos` (the files are checked separately: JSON Schema has no File). */
export const CreatePhotoFieldsSchema = v.object({
  spec: v.pipe(v.string(), v.regex(SPEC_ID), v.maxLength(64)),
  background: v.optional(v.pipe(v.string(), v.maxLength(32))),
  retouch: v.optional(v.picklist(RETOUCH_VALUES)),
});

const PhotoInfoSchema = v.object({
  url: v.string(),
  mime: v.picklist(['image/jpeg', 'image/png']),
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

/** Answer of `GET /v1/specs/:id`. */
export const SpecResponseSchema = SpecDefinitionSchema;

/** The multipart request body as documented in OpenAPI (file fields need an explicit schema). */
export const CREATE_PHOTO_REQUEST_BODY = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object' as const,
        required: ['image', 'spec'],
        additionalProperties: false,
        properties: {
          image: {
            type: 'string' as const,
            format: 'binary',
            description: 'The photo (JPEG, PNG, WebP, AVIF, TIFF, GIF, HEIC). Exactly one.',
          },
          spec: {
            type: 'string' as const,
            pattern: SPEC_ID.source,
            maxLength: 64,
            description: 'Spec id, e.g. chsi-graduation (see GET /v1/specs).',
          },
          background: {
            type: 'string' as const,
            maxLength: 32,
            description: 'Background option id (blue, white, grey) or #rrggbb; empty means the spec default.',
          },
          reference: {
            type: 'string' as const,
            format: 'binary',
            description: 'Optional reference (enrolment) photo for 入学相似度. Must be a file, not text.',
          },
          retouch: {
            type: 'string' as const,
            enum: [...RETOUCH_VALUES],
            description: 'One-tap mild retouch, where the spec allows it; empty or absent means false.',
          },
        },
      },
      encoding: {
        image: { contentType: 'image/*, application/octet-stream' },
        reference: { contentType: 'image/*, application/octet-stream' },
      },
    },
  },
};
