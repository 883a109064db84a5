import { randomUUID } from 'node:crypto';
import {
  createIdPhoto,
  type IdPhoto,
  type IdPhotoPlugin,
  isIdPhotoError,
  type Logger,
  sdkErrors,
  silentLogger,
} from '@idphoto/sdk';
import { Hono } from 'hono';
import { openAPIRouteHandler } from 'hono-openapi';
import type { DependencyContainer } from 'tsyringe';
import { createStorage, type Storage } from 'unstorage';
import * as v from 'valibot';
import { type ServerConfig, type ServerConfigInput, ServerConfigSchema } from './config.js';
import { serverErrors } from './errors.js';
import { PhotoStore } from './photo-store.js';
import { BoundedQueue } from './queue.js';
import { RetentionSweeper } from './retention.js';
import { photoRoutes } from './routes/photos.js';
import { specRoutes } from './routes/specs.js';

/** Options of {@link createApp}. */
export interface CreateAppOptions {
  /** Plugins to build the pipeline from (ignored when `idphoto` is given). */
  readonly plugins?: readonly IdPhotoPlugin[];
  /** A pipeline built elsewhere (tests share one to load models once). */
  readonly idphoto?: IdPhoto;
  /** unstorage instance; default in-memory (main.ts passes the fs driver under ./data). */
  readonly storage?: Storage;
  readonly config?: ServerConfigInput;
  readonly logger?: Logger;
  /** The clock that stamps photo jobs and dates them for retention; default the system clock (tests inject one). */
  readonly now?: () => Date;
}

/** What {@link createApp} returns. */
export interface CreatedApp {
  readonly app: Hono<AppEnv>;
  readonly idphoto: IdPhoto;
  readonly config: ServerConfig;
  readonly queue: BoundedQueue;
  /**
   * Deletes jobs past `config.retentionDays`. Not started here: `main.ts` calls `start()` and `stop()`;
   * tests call `sweep()` directly.
   */
  readonly sweeper: RetentionSweeper;
}

/** Variables set per request. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** Child container of the app's, for request-scoped values. */
    scope: DependencyContainer;
  };
}

/**
 * The reference server as a Hono app, without listening (tests call `app.request()`; `main.ts`
 * serves it with @hono/node-server).
 *
 * @example
 * ```ts
 * const app = createApp({ plugins: defaultPlugins(), storage: createStorage({ driver: fsDriver({ base: './data' }) }) });
 * const res = await app.request('/v1/specs');
 * ```
 */
export function createApp(options: CreateAppOptions): CreatedApp {
  const config = v.parse(ServerConfigSchema, options.config ?? {});
  const logger = options.logger ?? silentLogger;
  const idphoto = options.idphoto ?? createIdPhoto({ plugins: options.plugins ?? [], logger });
  const storage = options.storage ?? createStorage();
  const store = new PhotoStore(storage);
  const queue = new BoundedQueue(config.concurrency, config.maxQueue);
  const now = options.now ?? (() => new Date());
  const sweeper = new RetentionSweeper({
    store,
    retentionDays: config.retentionDays,
    intervalMinutes: config.sweepIntervalMinutes,
    now,
    logger,
  });
  const app = new Hono<AppEnv>();

  app.use(async (c, next) => {
    const requestId = randomUUID();
    c.set('requestId', requestId);
    c.set('scope', idphoto.container.createChildContainer());
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    // Never log bodies, file names or query values: they may carry personal data.
    logger.info('request', {
      requestId,
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });

  // The one place errors become responses. Logs carry the request id and the code only — never the
  // message, details or anything else that may have come from the request (personal data).
  app.onError((caught, c) => {
    const requestId = c.get('requestId');
    // Whatever broke after the client hung up (a body stream cut mid-upload, a stage stopped by the
    // signal) is the disconnect, not a server fault or a malformed request.
    const error =
      c.req.raw.signal.aborted && !isIdPhotoError(caught, 'SDK_ABORTED')
        ? sdkErrors.create('SDK_ABORTED', { cause: caught })
        : caught;
    if (isIdPhotoError(error)) {
      if (error.code === 'SERVER_BUSY') {
        // Expected under load, but an operator should see it: the queue limits may be too tight.
        logger.warn('request refused: busy', { requestId, code: error.code });
        c.header('retry-after', String(queue.retryAfterSeconds()));
      } else if (error.status >= 500) logger.error('request failed', { requestId, code: error.code });
      return c.json(
        { error: { code: error.code, message: error.message, details: error.details } },
        error.status as 400,
      );
    }
    logger.error('unexpected error', { requestId, code: 'SERVER_INTERNAL', name: error.name });
    const internal = serverErrors.definitions.SERVER_INTERNAL;
    return c.json({ error: { code: 'SERVER_INTERNAL', message: internal.message, details: {} } }, 500);
  });
  app.notFound((c) =>
    c.json(
      {
        error: {
          code: 'SERVER_NOT_FOUND',
          message: serverErrors.definitions.SERVER_NOT_FOUND.message,
          details: {},
        },
      },
      404,
    ),
  );

  app.get('/healthz', (c) => c.json({ ok: true, running: queue.running, waiting: queue.waiting }));
  app.route(
    '/v1/photos',
    photoRoutes({
      idphoto,
      store,
      queue,
      maxBodyBytes: config.maxBodyBytes,
      publicBaseUrl: config.publicBaseUrl,
      now,
    }),
  );
  app.route('/v1/specs', specRoutes(idphoto));
  app.get(
    '/openapi.json',
    openAPIRouteHandler(app, {
      documentation: {
        info: {
          title: 'idphoto reference server',
          version: '0.1.0',
          description: 'Makes ID photos to a spec (学信网/CHSI and others) and judges them rule by rule.',
        },
        openapi: '3.1.0',
      },
    }),
  );
  return { app, idphoto, config, queue, sweeper };
}
