import { definePlugin, type PluginFactory, SPECS } from '@idphoto/sdk';
import { cnDrivingLicence } from './driving-licence.js';
import { cnResidentId } from './resident-id.js';
import { cnSocialSecurity } from './social-security.js';

/** Package name of this plugin. */
export const IDCARD_CN_SPEC_PLUGIN = '@idphoto/spec-idcard-cn';

/** The identity-document specs this plugin provides. */
export const IDCARD_CN_SPECS = [cnResidentId, cnSocialSecurity, cnDrivingLicence] as const;

/**
 * Chinese identity-document photo specs: `cn-resident-id` (居民身份证, GA 461-2004),
 * `cn-social-security` (社会保障卡), `cn-driving-licence` (驾驶证). White background; background
 * replacement allowed, retouching not.
 *
 * @example
 * ```ts
 * const idphoto = createIdPhoto({ plugins: [idcardCnSpec(), …stages] });
 * const { photo, report } = await idphoto.make({ image, spec: 'cn-resident-id' });
 * ```
 */
export const idcardCnSpec: PluginFactory<undefined> = definePlugin({
  name: IDCARD_CN_SPEC_PLUGIN,
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'Chinese identity-document photo specs: 居民身份证, 社会保障卡, 驾驶证',
  license: 'MIT',
  provides: IDCARD_CN_SPECS.map((s) => `spec:${s.id}`),
  setup(ctx) {
    for (const spec of IDCARD_CN_SPECS) ctx.provide(SPECS, () => spec, { id: spec.id });
  },
});
