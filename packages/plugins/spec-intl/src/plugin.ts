import { definePlugin, type PluginFactory, SPECS } from '@idphoto/sdk';
import { icao9303 } from './icao-9303.js';
import { schengenVisa } from './schengen-visa.js';
import { ukPassportDigital } from './uk-passport.js';
import { usPassportVisa } from './us-passport-visa.js';

/** Package name of this plugin. */
export const INTL_SPEC_PLUGIN = '@idphoto/spec-intl';

/** The international specs this plugin provides. */
export const INTL_SPECS = [icao9303, usPassportVisa, ukPassportDigital, schengenVisa] as const;

/**
 * International photo specs: `icao-9303` (generic), `us-passport-visa`, `uk-passport-digital`,
 * `schengen-visa`. All crop only: these authorities forbid digital alteration, so the photo must be
 * shot against a compliant wall.
 *
 * @example
 * ```ts
 * const idphoto = createIdPhoto({ plugins: [intlSpec(), …stages] });
 * const { photo, report } = await idphoto.make({ image, spec: 'us-passport-visa' });
 * ```
 */
export const intlSpec: PluginFactory<undefined> = definePlugin({
  name: INTL_SPEC_PLUGIN,
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'International photo specs: ICAO 9303, US passport/visa, UK digital passport, Schengen visa',
  license: 'MIT',
  provides: INTL_SPECS.map((s) => `spec:${s.id}`),
  setup(ctx) {
    for (const spec of INTL_SPECS) ctx.provide(SPECS, () => spec, { id: spec.id });
  },
});
