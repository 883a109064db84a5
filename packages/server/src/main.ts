import { serve } from '@hono/node-server';
import { defaultPlugins, prepareAllModels } from '@idphoto/preset';
import { createJsonLogger } from '@idphoto/sdk';
import { createStorage } from 'unstorage';
import fsDriver from 'unstorage/drivers/fs';
import { createApp } from './app.js';
import { configFromEnv } from './config.js';
import { serverErrors } from './errors.js';

/** Starts the reference server on embedded defaults: fs storage under ./data, models from npm packages. */
export async function start(): Promise<void> {
  const config = configFromEnv();
  const logger = createJsonLogger('info', { service: 'idphoto-server' });
  logger.info('preparing models');
  await prepareAllModels();
  const storage = createStorage({ driver: fsDriver({ base: config.dataDir }) });
  const { app, idphoto, sweeper } = createApp({ plugins: defaultPlugins(), storage, config, logger });
  await idphoto.warmup();
  // Listening, or `SERVER_LISTEN_FAILED` for a taken port or an unknown host: the operator's to fix,
  // reported by the bin in one line rather than as an unhandled 'error' event.
  const server = await new Promise<ReturnType<typeof serve>>((listening, failed) => {
    const started = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () =>
      listening(started),
    );
    started.once('error', (error: NodeJS.ErrnoException) =>
      failed(
        serverErrors.create('SERVER_LISTEN_FAILED', {
          message: `Cannot listen on ${config.host}:${config.port} (${error.code ?? error.message}).`,
          details: { host: config.host, port: config.port, reason: error.code ?? 'unknown' },
          cause: error,
        }),
      ),
    );
  });
  // Sweeps once now, then on the interval (an unref'd timer: it never holds the process open);
  // only once listening, so a server that fails to start touches nothing stored.
  sweeper.start();
  if (!sweeper.enabled) logger.info('retention off: photos are kept until deleted through the API');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info('listening', {
    url: `http://${config.host}:${port}`,
    specs: idphoto.specs().map((s) => s.id),
  });
  const stop = (): void => {
    logger.info('shutting down');
    sweeper.stop();
    server.close(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
