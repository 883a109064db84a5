import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { cliErrors } from './errors.js';

/** Why an input path could not be read, by the system error code. */
const READ_FAILURES: Readonly<Record<string, { reason: string; message: string }>> = {
  ENOENT: { reason: 'missing', message: 'An input file does not exist.' },
  EISDIR: { reason: 'directory', message: 'An input path is a directory, not a file.' },
  EACCES: { reason: 'permission', message: 'An input file cannot be read: permission denied.' },
};

/**
 * Reads an input file; a missing, directory or unreadable path is bad input (`CLI_FILE_NOT_FOUND`)
 * with `details.reason`. The path is not repeated: file names often carry names or ID numbers.
 */
export async function readInput(path: string, argument: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? '';
    const known = READ_FAILURES[code];
    throw cliErrors.create('CLI_FILE_NOT_FOUND', {
      ...(known ? { message: `${known.message} (argument: ${argument})` } : {}),
      details: { argument, reason: known?.reason ?? 'unreadable' },
      cause,
    });
  }
}

/**
 * `-o` must name the format that is written (a PNG saved as `photo.jpg` is refused at upload):
 * returns the matched extension, or throws `CLI_USAGE` listing the allowed ones.
 */
export function requireExtension(path: string, allowed: readonly string[], what: string): string {
  const extension = extname(path).toLowerCase();
  if (allowed.includes(extension)) return extension;
  throw cliErrors.create('CLI_USAGE', {
    message: `-o must end in ${allowed.join(' or ')}: ${what}`,
    details: { argument: 'output', allowed: [...allowed] },
  });
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
