import { serve } from '@hono/node-server';
import { defaultPlugins, prepareAllModels } from '@idphoto/preset';
import { createJsonLogger } from '@idphoto/sdk';
import { createStorage } from 'unstorage';
import fsDriver from 'unstorage/drivers/fs';
import { createApp } from './app.js';
import { configFromEnv } from './config.js';

/** Starts the reference server on embedded defaults: fs storage under ./data, models from npm packages. */
export async function start(): Promise<void> {
  const config = configFromEnv();
  const logger = createJsonLogger('info', { service: 'idphoto-server' });
  logger.info('preparing models');
  await prepareAllModels();
  const storage = createStorage({ driver: fsDriver({ base: config.dataDir }) });
  const { app, idphoto, sweeper } = createApp({ plugins: defaultPlugins(), storage, config, logger });
  await idphoto.warmup();
  // Sweeps once now, then on the interval (an unref'd timer: it never holds the process open).
  sweeper.start();
  if (!sweeper.enabled) logger.info('retention off: photos are kept until deleted through the API');
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    logger.info('listening', {
      url: `http://${config.host}:${info.port}`,
      specs: idphoto.specs().map((s) => s.id),
    });
  });
  const stop = (): void => {
    logger.info('shutting down');
    sweeper.stop();
    server.close(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
