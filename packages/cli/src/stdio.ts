/** Where the CLI writes: one line per call. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

let stdoutClosed = false;
let listening = false;

/** Whether `error` is a closed pipe (`idphoto specs | head -1`). */
export function isClosedPipe(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'EPIPE';
}

/**
 * The process's stdout and stderr. When the reader of stdout goes away (`| head -1`), the rest of
 * the output is dropped quietly instead of crashing with an unhandled `EPIPE` stack trace.
 */
export function processIo(): CliIo {
  if (!listening) {
    listening = true;
    process.stdout.on('error', (error) => {
      if (!isClosedPipe(error)) throw error;
      stdoutClosed = true;
    });
  }
  return {
    out: (text) => {
      if (!stdoutClosed) process.stdout.write(`${text}\n`);
    },
    err: (text) => {
      process.stderr.write(`${text}\n`);
    },
  };
}
