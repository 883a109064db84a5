export { chsiGraduation } from './chsi-graduation.js';
export { CHSI_SPEC_PLUGIN, CHSI_SPECS, chsiSpec } from './plugin.js';
export type { ChsiSourceId, SpecSource } from './sources.js';
export { CHSI_SOURCES, chsiSources } from './sources.js';
export { chsiZikaoGraduation } from './zikao-graduation.js';
export { chsiZikaoSichuan } from './zikao-sichuan.js';
export { chsiZikaoXinjiang } from './zikao-xinjiang.js';
