import { definePlugin, type PluginFactory, SPECS } from '@idphoto/sdk';
import { adultCollegeEntrance } from './adult-college.js';
import { cet } from './cet.js';
import { civilService } from './civil-service.js';
import { kaoyan } from './kaoyan.js';
import { ncre } from './ncre.js';
import { ntce } from './ntce.js';
import { putonghua } from './putonghua.js';

/** Package name of this plugin. */
export const EXAM_CN_SPEC_PLUGIN = '@idphoto/spec-exam-cn';

/** The exam specs this plugin provides. */
export const EXAM_CN_SPECS = [
  cet,
  ncre,
  civilService,
  kaoyan,
  ntce,
  putonghua,
  adultCollegeEntrance,
] as const;

/**
 * Chinese exam-registration photo specs: `cet`, `ncre`, `civil-service` (国考), `kaoyan` (考研),
 * `ntce` (教师资格), `putonghua` (普通话, indicative), `adult-college-entrance` (成人高考).
 *
 * @example
 * ```ts
 * const idphoto = createIdPhoto({ plugins: [examCnSpec(), …stages] });
 * const { photo, report } = await idphoto.make({ image, spec: 'cet', background: 'blue' });
 * ```
 */
export const examCnSpec: PluginFactory<undefined> = definePlugin({
  name: EXAM_CN_SPEC_PLUGIN,
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'Chinese exam-registration photo specs: CET, NCRE, 国考, 考研, 教师资格, 普通话, 成人高考',
  license: 'MIT',
  provides: EXAM_CN_SPECS.map((s) => `spec:${s.id}`),
  setup(ctx) {
    for (const spec of EXAM_CN_SPECS) ctx.provide(SPECS, () => spec, { id: spec.id });
  },
});
