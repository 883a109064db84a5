import { defineErrorCodes } from '@idphoto/sdk';

/** Error codes of this plugin (prefix `ACME_BADGE_`). A failed rule is a report item, never one of these. */
export const acmeBadgeErrors = defineErrorCodes({
  ACME_BADGE_INVALID_PARAM: {
    status: 500,
    message: 'A parameter of an ACME badge rule is invalid.',
    cause:
      'A spec or the validator options set a param of `acme.logo-zone` to something other than a fraction 0–1.',
    fix: 'Set zoneWidth, zoneHeight and maxShare to numbers from 0 to 1.',
  },
});
