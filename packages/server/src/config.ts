import * as v from 'valibot';
import { serverErrors } from './errors.js';

const intFromEnv = (fallback: number, min: number, max: number) =>
  v.optional(
    v.pipe(
      v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+$/, 'must be a whole number in decimal digits'))]),
      v.transform(Number),
      v.integer(),
      v.minValue(min),
      v.maxValue(max),
    ),
    fallback,
  );

/** Server configuration; every field can come from the environment (`IDPHOTO_*`). */
export const ServerConfigSchema = v.object({
  /** Interface to listen on. Localhost by default: put a reverse proxy with TLS in front for the public. */
  host: v.optional(v.string(), '127.0.0.1'),
  port: intFromEnv(8787, 0, 65535),
  /** Where photos and records are stored with the embedded fs driver. */
  dataDir: v.optional(v.string(), './data'),
  /** Largest accepted request body (bytes). */
  maxBodyBytes: intFromEnv(20 * 1024 * 1024, 1024, 200 * 1024 * 1024),
  /** Photos processed at once (each uses up to ~1.3 GB and both cores). */
  concurrency: intFromEnv(1, 1, 16),
  /** Requests allowed to wait; beyond this the server answers 503 with Retry-After. */
  maxQueue: intFromEnv(8, 0, 1000),
  /** Prefix for absolute URLs in responses (e.g. `https://photos.example.com`); relative when empty. */
  publicBaseUrl: v.optional(
    v.pipe(
      v.string(),
      v.check(
        (url) => url === '' || (/^https?:\/\/[^\s/?#]+/i.test(url) && URL.canParse(url)),
        'must be empty or an http(s) URL such as https://photos.example.com',
      ),
      v.transform((url) => url.replace(/\/+$/, '')),
    ),
    '',
  ),
  /**
   * Days a produced photo and its report are kept before the retention sweep deletes them (PIPL:
   * keep personal data no longer than needed). `0` keeps them until `DELETE /v1/photos/:id`.
   */
  retentionDays: intFromEnv(30, 0, 3650),
  /** Minutes between retention sweeps (one also runs at start-up). */
  sweepIntervalMinutes: intFromEnv(60, 1, 24 * 60),
});

export type ServerConfig = v.InferOutput<typeof ServerConfigSchema>;
export type ServerConfigInput = v.InferInput<typeof ServerConfigSchema>;

/** The environment variable of each configuration field (`IDPHOTO_` + this). */
export const ENV_NAMES: Readonly<Record<keyof ServerConfig, string>> = {
  host: 'HOST',
  port: 'PORT',
  dataDir: 'DATA_DIR',
  maxBodyBytes: 'MAX_BODY_BYTES',
  concurrency: 'CONCURRENCY',
  maxQueue: 'MAX_QUEUE',
  publicBaseUrl: 'PUBLIC_BASE_URL',
  retentionDays: 'RETENTION_DAYS',
  sweepIntervalMinutes: 'SWEEP_INTERVAL_MINUTES',
};

/**
 * Reads the configuration from `IDPHOTO_*` environment variables. A value out of range or of the
 * wrong kind throws `SERVER_CONFIG_INVALID` naming the variables (`details.variables`), so the
 * operator sees which setting to fix instead of a stack trace.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const fields = Object.entries(ENV_NAMES) as [keyof ServerConfig, string][];
  const input = Object.fromEntries(fields.map(([key, name]) => [key, env[`IDPHOTO_${name}`] || undefined]));
  const result = v.safeParse(ServerConfigSchema, input, { abortPipeEarly: true });
  if (result.success) return result.output;
  const problems = result.issues.map((issue) => {
    const key = String(issue.path?.[0]?.key ?? '') as keyof ServerConfig;
    return { variable: `IDPHOTO_${ENV_NAMES[key] ?? key}`, problem: issue.message };
  });
  throw serverErrors.create('SERVER_CONFIG_INVALID', {
    message: `Invalid server configuration: ${problems.map((p) => `${p.variable} (${p.problem})`).join('; ')}.`,
    details: { variables: problems.map((p) => p.variable) },
  });
}
