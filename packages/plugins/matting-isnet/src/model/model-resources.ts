import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as v from 'valibot';

/** Name of the npm package that ships the IS-Net weights. */
export const WEIGHTS_PACKAGE = '@imgly/background-removal-data';
/** The resource key of the fp16 "medium" IS-Net in the package's `dist/resources.json`. */
export const MODEL_RESOURCE = '/models/medium';

const ChunkSchema = v.object({
  hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  offsets: v.tuple([v.pipe(v.number(), v.integer()), v.pipe(v.number(), v.integer())]),
});
const ResourceSchema = v.object({
  size: v.pipe(v.number(), v.integer(), v.minValue(1)),
  chunks: v.pipe(v.array(ChunkSchema), v.minLength(1)),
});

/** One piece of the split model file: its SHA-256 (also its file name) and byte range. */
export interface ModelChunk {
  readonly hash: string;
  readonly start: number;
  readonly end: number;
}

/** Where the model's pieces are and what they must add up to. */
export interface ModelResource {
  /** Directory holding the chunk files (`<package>/dist`). */
  readonly dir: string;
  /** Total size in bytes of the assembled file. */
  readonly size: number;
  readonly chunks: readonly ModelChunk[];
}

/** Directory of the installed weights package's `dist` folder. */
export function weightsDistDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve(`${WEIGHTS_PACKAGE}/package.json`)), 'dist');
}

/**
 * Reads the chunk list of the medium model from `resources.json` (validated: it is data read
 * from disk). Throws when the file is missing or does not list the model.
 */
export async function readModelResource(dir: string = weightsDistDir()): Promise<ModelResource> {
  const json: unknown = JSON.parse(await readFile(path.join(dir, 'resources.json'), 'utf8'));
  const entry = typeof json === 'object' && json !== null ? Reflect.get(json, MODEL_RESOURCE) : undefined;
  const parsed = v.parse(ResourceSchema, entry);
  return {
    dir,
    size: parsed.size,
    chunks: parsed.chunks.map((c) => ({ hash: c.hash, start: c.offsets[0], end: c.offsets[1] })),
  };
}
