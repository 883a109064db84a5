export type { DefaultPluginsOptions } from './default-plugins.js';
export { defaultPlugins, prepareAllModels } from './default-plugins.js';
