import { ValidationReportSchema } from '@idphoto/sdk';
import type { Storage } from 'unstorage';
import * as v from 'valibot';
import { serverErrors } from './errors.js';

/** A stored photo job: the report and where the produced photo is. No source photo is kept. */
export const PhotoRecordSchema = v.object({
  id: v.pipe(v.string(), v.uuid()),
  spec: v.string(),
  background: v.optional(v.string()),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  pass: v.boolean(),
  report: ValidationReportSchema,
  photo: v.nullable(
    v.object({
      mime: v.picklist(['image/jpeg', 'image/png']),
      width: v.number(),
      height: v.number(),
      bytes: v.number(),
      dpi: v.number(),
    }),
  ),
});

export type PhotoRecord = v.InferOutput<typeof PhotoRecordSchema>;

/**
 * Photos and their records in unstorage (`fs` under ./data by default; S3 or others for scale).
 * The image is written before its record, so a record never points at a missing photo.
 */
export class PhotoStore {
  readonly #storage: Storage;

  constructor(storage: Storage) {
    this.#storage = storage;
  }

  async save(record: PhotoRecord, image: Uint8Array | null): Promise<void> {
    if (image) await this.#storage.setItemRaw(imageKey(record.id), image);
    await this.#storage.setItem(recordKey(record.id), JSON.stringify(record));
  }

  /** The record, validated as it is read back; `null` when absent. */
  async get(id: string): Promise<PhotoRecord | null> {
    const raw = await this.#storage.getItem(recordKey(id));
    if (raw === null || raw === undefined) return null;
    const parsed = v.safeParse(PhotoRecordSchema, typeof raw === 'string' ? safeJson(raw) : raw);
    if (!parsed.success) throw serverErrors.create('SERVER_STORED_RECORD_INVALID', { details: { id } });
    return parsed.output;
  }

  async getImage(id: string): Promise<Uint8Array | null> {
    const raw: unknown = await this.#storage.getItemRaw(imageKey(id));
    if (raw === null || raw === undefined) return null;
    if (raw instanceof Uint8Array) return raw;
    if (raw instanceof ArrayBuffer) return new Uint8Array(raw);
    return null;
  }
}

const recordKey = (id: string): string => `photos:${id}:record.json`;
const imageKey = (id: string): string => `photos:${id}:photo`;

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
