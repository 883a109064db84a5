export { chsiGraduation } from './chsi-graduation.js';
export { CHSI_SPEC_PLUGIN, CHSI_SPECS, chsiSpec } from './plugin.js';
export { CHSI_SOURCES } from './sources.js';
