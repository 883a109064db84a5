export type { ExitEntryDocument } from './exit-entry-photo.js';
export { exitEntrySpec } from './exit-entry-photo.js';
export { cnHongKongMacauPermit, cnPassport, cnTaiwanPermit } from './exit-entry-specs.js';
export { PASSPORT_CN_SPEC_PLUGIN, PASSPORT_CN_SPECS, passportCnSpec } from './plugin.js';
export type { SpecSource } from './sources.js';
export { EXIT_ENTRY_SOURCES } from './sources.js';
