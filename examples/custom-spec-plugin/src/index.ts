export { acmeBadge } from './acme-badge-spec.js';
export { acmeBadgeErrors } from './errors.js';
export { LOGO_ZONE_RULE, logoZoneRule } from './logo-zone-rule.js';
export { ACME_BADGE_PLUGIN, acmeBadgeSpec } from './plugin.js';
