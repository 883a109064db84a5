import { definePlugin, type PluginFactory, SPECS } from '@idphoto/sdk';
import { chsiGraduation } from './chsi-graduation.js';
import { chsiZikaoGraduation } from './zikao-graduation.js';
import { chsiZikaoSichuan } from './zikao-sichuan.js';
import { chsiZikaoXinjiang } from './zikao-xinjiang.js';

/** Package name of this plugin. */
export const CHSI_SPEC_PLUGIN = '@idphoto/spec-chsi';

/** The CHSI specs this plugin provides: the 99号 graduation photo and the 自考 variants. */
export const CHSI_SPECS = [chsiGraduation, chsiZikaoGraduation, chsiZikaoXinjiang, chsiZikaoSichuan] as const;

/**
 * 学信网 (CHSI) graduation photo specs: `chsi-graduation` (99号) and the self-taught exam (自考)
 * variants `chsi-zikao-graduation`, `chsi-zikao-xinjiang`, `chsi-zikao-sichuan`.
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
  description: '学信网 (CHSI) graduation-certificate registration photo specs, incl. the 自考 variants',
  license: 'MIT',
  provides: CHSI_SPECS.map((s) => `spec:${s.id}`),
  setup(ctx) {
    for (const spec of CHSI_SPECS) ctx.provide(SPECS, () => spec, { id: spec.id });
  },
});
