import { definePlugin, type PluginFactory, SPECS } from '@idphoto/sdk';
import { chsiGraduation } from './chsi-graduation.js';

/** Package name of this plugin. */
export const CHSI_SPEC_PLUGIN = '@idphoto/spec-chsi';

/** The CHSI specs this plugin provides. */
export const CHSI_SPECS = [chsiGraduation] as const;

/**
 * 学信网 (CHSI) graduation photo specs.
 *
 * @example
 * ```ts
 * const idphoto = createIdPhoto({ plugins: [chsiSpec(), …stages] });
 * const { photo, report } = await idphoto.make({ image, spec: 'chsi-graduation', background: 'blue' });
 * ```
 */
export const chsiSpec: PluginFactory<undefined> = definePlugin({
  name: CHSI_SPEC_PLUGIN,
  version: '0.1.0',
  sdk: '^0.1.0',
  description: '学信网 (CHSI) graduation-certificate registration photo specs',
  license: 'MIT',
  provides: CHSI_SPECS.map((s) => `spec:${s.id}`),
  setup(ctx) {
    for (const spec of CHSI_SPECS) ctx.provide(SPECS, () => spec, { id: spec.id });
  },
});
