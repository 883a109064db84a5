import { defaultPlugins } from '@idphoto/preset';
import {
  createIdPhoto,
  definePlugin,
  defineSpec,
  type IdPhoto,
  isIdPhotoError,
  SPECS,
  type ValidationReport,
} from '@idphoto/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { acmeBadge, acmeBadgeSpec, LOGO_ZONE_RULE } from '../src/index.js';
import { fixture } from './fixtures.js';

/** The badge spec with an out-of-range rule parameter, in a plugin of its own. */
const misconfigured = defineSpec({
  ...acmeBadge,
  id: 'acme-badge-misconfigured',
  rules: acmeBadge.rules.map((r) => (r.id === LOGO_ZONE_RULE ? { ...r, params: { zoneWidth: 2 } } : r)),
});
const misconfiguredSpec = definePlugin({
  name: 'idphoto-plugin-spec-acme-misconfigured',
  version: '1.0.0',
  sdk: '^0.1.0',
  provides: ['spec:acme-badge-misconfigured'],
  setup(ctx) {
    ctx.provide(SPECS, () => misconfigured, { id: misconfigured.id });
  },
});

const logoZone = (report: ValidationReport) => report.items.find((i) => i.rule === LOGO_ZONE_RULE);

let app: IdPhoto;
beforeAll(async () => {
  app = createIdPhoto({ plugins: defaultPlugins({ extra: [acmeBadgeSpec(), misconfiguredSpec()] }) });
  await app.warmup();
}, 600_000);

describe('acme.logo-zone (a rule contributed through VALIDATION_RULES)', () => {
  it('passes a badge made from a head-and-shoulders portrait: nothing in the logo corner', async () => {
    const { report } = await app.make({
      image: await fixture('a01_obama_enrol_flags.jpg'),
      spec: 'acme-badge',
    });
    expect(logoZone(report)).toMatchObject({ status: 'pass', measured: 0, unit: '%' });
  });

  it('fails a photo whose hair fills the top-right corner, with the share and a fix', async () => {
    const image = await fixture('matting/hsd014_dark_skin_curly_hair_outdoor.image.jpg');
    const item = logoZone((await app.check({ image, spec: 'acme-badge' })).report);
    expect(item).toMatchObject({ status: 'fail', expected: { max: 1 } });
    expect(item?.measured).toBeGreaterThan(30);
  });

  it('warns, unmeasured, when the pipeline has no matting stage to see hair', async () => {
    const noMatting = createIdPhoto({
      plugins: [...defaultPlugins().filter((p) => !p.provides.includes('matting')), acmeBadgeSpec()],
    });
    const image = await fixture('hv_man_suit_gray_bg.jpg');
    expect(logoZone((await noMatting.check({ image, spec: 'acme-badge' })).report)).toMatchObject({
      status: 'warn',
      measured: null,
    });
  });

  it('refuses a parameter outside 0–1 with its own error code', async () => {
    const image = await fixture('hv_man_suit_gray_bg.jpg');
    const error = await app.check({ image, spec: 'acme-badge-misconfigured' }).catch((e: unknown) => e);
    expect(isIdPhotoError(error, 'ACME_BADGE_INVALID_PARAM')).toBe(true);
  });
});
