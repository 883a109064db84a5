import type { SafeDetail } from '../errors/id-photo-error.js';

/**
 * Structured logger handed to plugins. Fields must be safe: never photos, names, ID numbers or
 * phone numbers.
 */
export interface Logger {
  debug(message: string, fields?: Readonly<Record<string, SafeDetail>>): void;
  info(message: string, fields?: Readonly<Record<string, SafeDetail>>): void;
  warn(message: string, fields?: Readonly<Record<string, SafeDetail>>): void;
  error(message: string, fields?: Readonly<Record<string, SafeDetail>>): void;
  child(bindings: Readonly<Record<string, SafeDetail>>): Logger;
}

/** A logger that drops everything (the default). */
export const silentLogger: Logger = Object.freeze({
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return silentLogger;
  },
});

/** A JSON-lines logger to stderr, for CLIs and servers. */
export function createJsonLogger(
  level: 'debug' | 'info' | 'warn' | 'error' = 'info',
  bindings: Readonly<Record<string, SafeDetail>> = {},
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const order = { debug: 10, info: 20, warn: 30, error: 40 } as const;
  const emit =
    (lvl: keyof typeof order) =>
    (message: string, fields: Readonly<Record<string, SafeDetail>> = {}): void => {
      if (order[lvl] < order[level]) return;
      write(
        JSON.stringify({ time: new Date().toISOString(), level: lvl, msg: message, ...bindings, ...fields }),
      );
    };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    child: (more) => createJsonLogger(level, { ...bindings, ...more }, write),
  };
}
