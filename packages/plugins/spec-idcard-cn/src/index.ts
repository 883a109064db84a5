export { cnDrivingLicence } from './driving-licence.js';
export { IDCARD_CN_SPEC_PLUGIN, IDCARD_CN_SPECS, idcardCnSpec } from './plugin.js';
export { cnResidentId } from './resident-id.js';
export { cnSocialSecurity } from './social-security.js';
export type { IdcardSourceId, SpecSource } from './sources.js';
export { IDCARD_SOURCES, idcardSources } from './sources.js';
