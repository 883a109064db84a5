import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

/** The shared model cache: `IDPHOTO_CACHE_DIR`, else `~/.cache/idphoto`. */
export function defaultCacheDir(): string {
  return process.env.IDPHOTO_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'idphoto');
}

/**
 * Writes a file so readers never see a partial one: the bytes go to a unique temporary name in
 * the same directory, then a rename (atomic on POSIX) puts them in place. Concurrent writers of
 * the same content-addressed file are harmless: the last rename wins with identical bytes.
 */
export async function writeFileAtomic(file: string, data: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
