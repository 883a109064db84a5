export { acmeBadge } from './acme-badge-spec.js';
export { ACME_BADGE_PLUGIN, acmeBadgeSpec } from './plugin.js';
