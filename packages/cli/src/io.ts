import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { cliErrors } from './errors.js';

/** Reads an input file; a missing or unreadable path is bad input (`CLI_FILE_NOT_FOUND`). */
export async function readInput(path: string, argument: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (cause) {
    throw cliErrors.create('CLI_FILE_NOT_FOUND', { details: { argument }, cause });
  }
}

/** Writes an output file atomically (temp name, then rename), creating the directory. */
export async function writeOutput(path: string, data: Uint8Array | string, argument: string): Promise<void> {
  const target = resolve(path);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(temp, data);
    await rename(temp, target);
  } catch (cause) {
    throw cliErrors.create('CLI_WRITE_FAILED', { details: { argument }, cause });
  }
}
