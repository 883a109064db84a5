import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { ModelResource } from './model-resources.js';

/** Why a model file was refused; becomes the `reason` detail of `MATTING_MODEL_UNAVAILABLE`. */
export class ModelIntegrityError extends Error {
  constructor(
    readonly reason: string,
    readonly chunk?: number,
  ) {
    super(reason);
    this.name = 'ModelIntegrityError';
  }
}

/** SHA-256 of bytes, lower-case hex. */
export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Reassembles the split model file: chunks must tile `[0, size)` in order, each must have the
 * listed length and SHA-256, and the total must be the listed size.
 */
export async function assembleModel(resource: ModelResource): Promise<Uint8Array> {
  const out = new Uint8Array(resource.size);
  let expectedStart = 0;
  for (const [index, chunk] of resource.chunks.entries()) {
    if (chunk.start !== expectedStart || chunk.end <= chunk.start || chunk.end > resource.size) {
      throw new ModelIntegrityError('chunk offsets do not tile the file', index);
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path.join(resource.dir, chunk.hash));
    } catch {
      throw new ModelIntegrityError('chunk file missing', index);
    }
    if (bytes.length !== chunk.end - chunk.start) throw new ModelIntegrityError('chunk size mismatch', index);
    if (sha256(bytes) !== chunk.hash) throw new ModelIntegrityError('chunk hash mismatch', index);
    out.set(bytes, chunk.start);
    expectedStart = chunk.end;
  }
  if (expectedStart !== resource.size)
    throw new ModelIntegrityError('chunks do not add up to the listed size');
  return out;
}
