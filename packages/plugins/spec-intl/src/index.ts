export { icao9303 } from './icao-9303.js';
export { INTL_SPEC_PLUGIN, INTL_SPECS, intlSpec } from './plugin.js';
export { schengenVisa } from './schengen-visa.js';
export type { IntlSourceId, SpecSource } from './sources.js';
export { INTL_SOURCES, intlSources } from './sources.js';
export { ukPassportDigital } from './uk-passport.js';
export { usPassportVisa } from './us-passport-visa.js';
