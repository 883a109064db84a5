import { definePlugin, type PluginFactory, SPECS } from '@idphoto/sdk';
import { cnHongKongMacauPermit, cnPassport, cnTaiwanPermit } from './exit-entry-specs.js';

/** Package name of this plugin. */
export const PASSPORT_CN_SPEC_PLUGIN = '@idphoto/spec-passport-cn';

/** The exit-entry specs this plugin provides. */
export const PASSPORT_CN_SPECS = [cnPassport, cnHongKongMacauPermit, cnTaiwanPermit] as const;

/**
 * 出入境证件 photo specs (《出入境证件相片照相指引》): `cn-passport`, `cn-hk-macau-permit`,
 * `cn-taiwan-permit`. Crop only — the guide forbids post-editing, so the photo must be shot
 * against a white, light-grey or light-blue wall.
 *
 * @example
 * ```ts
 * const idphoto = createIdPhoto({ plugins: [passportCnSpec(), …stages] });
 * const { photo, report } = await idphoto.make({ image, spec: 'cn-passport', background: 'white' });
 * ```
 */
export const passportCnSpec: PluginFactory<undefined> = definePlugin({
  name: PASSPORT_CN_SPEC_PLUGIN,
  version: '0.1.0',
  sdk: '^0.1.0',
  description: '出入境证件 photo specs: passport, 港澳通行证, 往来台湾通行证',
  license: 'MIT',
  provides: PASSPORT_CN_SPECS.map((s) => `spec:${s.id}`),
  setup(ctx) {
    for (const spec of PASSPORT_CN_SPECS) ctx.provide(SPECS, () => spec, { id: spec.id });
  },
});
