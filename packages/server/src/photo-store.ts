import { isIdPhotoError, ValidationReportSchema } from '@idphoto/sdk';
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

  /**
   * Deletes a photo and its record; `false` when neither existed. The image goes first, so a crash
   * in between leaves a record (dated, swept later), never an image nobody can find.
   */
  async delete(id: string): Promise<boolean> {
    const [hasRecord, hasImage] = await Promise.all([
      this.#storage.hasItem(recordKey(id)),
      this.#storage.hasItem(imageKey(id)),
    ]);
    if (hasImage) await this.#storage.removeItem(imageKey(id));
    if (hasRecord) await this.#storage.removeItem(recordKey(id));
    return hasRecord || hasImage;
  }

  /** Ids of every stored photo job (records and images without a record alike). */
  async ids(): Promise<string[]> {
    const ids = new Set<string>();
    for (const key of await this.#storage.getKeys('photos')) {
      const id = /^photos:([0-9a-f-]{36})\./.exec(key)?.[1];
      if (id) ids.add(id);
    }
    return [...ids];
  }

  /**
   * When a job was made, for the retention sweep: the record's `createdAt`, or — for a record that
   * cannot be read, or an image without a record — the storage's modification time of what is
   * there. `null` when nothing dates it (a corrupt record in a driver without mtimes).
   */
  async createdAt(id: string): Promise<Date | null> {
    try {
      const record = await this.get(id);
      if (record) return new Date(record.createdAt);
    } catch (error) {
      // An unreadable record is dated by the storage's own timestamps below; anything else is real.
      if (!isIdPhotoError(error, 'SERVER_STORED_RECORD_INVALID')) throw error;
    }
    for (const key of [recordKey(id), imageKey(id)]) {
      const { mtime } = await this.#storage.getMeta(key, { nativeOnly: true });
      if (mtime instanceof Date && !Number.isNaN(mtime.getTime())) return mtime;
    }
    return null;
  }

  async getImage(id: string): Promise<Uint8Array | null> {
    const raw: unknown = await this.#storage.getItemRaw(imageKey(id));
    if (raw === null || raw === undefined) return null;
    if (raw instanceof Uint8Array) return raw;
    if (raw instanceof ArrayBuffer) return new Uint8Array(raw);
    return null;
  }
}

// Flat keys (`photos/<id>.record.json` on the fs driver), not a folder per job: deleting a job then
// leaves nothing behind, where a folder per job would leave one empty folder per photo ever made.
const recordKey = (id: string): string => `photos:${id}.record.json`;
const imageKey = (id: string): string => `photos:${id}.photo`;

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
