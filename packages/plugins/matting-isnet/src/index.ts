export { toNormalizedChw } from './inference/isnet-session.js';
export { ISNET_MATTING_PLUGIN, ISNET_MATTING_VERSION, isnetMatting } from './isnet-matting.js';
export type { MattingStageSettings } from './matting-stage.js';
export { createMattingStage, STAGE_ID } from './matting-stage.js';
export type { PreparedModels, PrepareModelsOptions } from './model/prepare-models.js';
export { DYNAMIC_MODEL_SHA256, prepareModels, SOURCE_MODEL_SHA256 } from './model/prepare-models.js';
export type { IsnetMattingOptions, ResolvedIsnetMattingOptions } from './options.js';
export { IsnetMattingOptionsSchema } from './options.js';
