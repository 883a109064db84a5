export type { AppEnv, CreateAppOptions } from './app.js';
export { createApp } from './app.js';
export type { ServerConfig, ServerConfigInput } from './config.js';
export { configFromEnv, ServerConfigSchema } from './config.js';
export { serverErrors } from './errors.js';
export type { PhotoRecord } from './photo-store.js';
export { PhotoRecordSchema, PhotoStore } from './photo-store.js';
export { BoundedQueue } from './queue.js';
