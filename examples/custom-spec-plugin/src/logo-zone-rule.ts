import type { RuleContext, RuleOutcome, ValidationRule } from '@idphoto/sdk';
import { acmeBadgeErrors } from './errors.js';

/** Id of the rule, as specs list it (`group.name`). */
export const LOGO_ZONE_RULE = 'acme.logo-zone';

/** Alpha from which a matte pixel counts as subject. */
const SUBJECT_ALPHA = 128;

/** Defaults of the rule's params: ACME Brand Guide 2026 §7.4 (see the spec's source B3). */
const DEFAULTS = { zoneWidth: 0.2, zoneHeight: 0.1, maxShare: 0.01 } as const;

/**
 * `acme.logo-zone`: ACME prints its logo over the top-right corner of the badge photo, so hair and
 * head must stay out of that corner. Measures the share of the corner (`zoneWidth` × `zoneHeight`
 * of the photo) the subject matte covers. The generic engine has no rule for an arbitrary zone,
 * which is why the plugin brings its own. Without a matte it cannot see hair: `warn`, not measured.
 *
 * @example
 * ```ts
 * ctx.provide(VALIDATION_RULES, () => logoZoneRule, { id: 'acme-logo-zone' });
 * // and in the spec: rules: [..., { id: 'acme.logo-zone', params: { maxShare: 0.01 } }]
 * ```
 */
export const logoZoneRule: ValidationRule = Object.freeze({
  id: LOGO_ZONE_RULE,
  title: { zh: '徽标区域无遮挡', en: 'Logo corner clear' },
  evaluate(ctx: RuleContext): RuleOutcome | null {
    const zoneWidth = fraction(ctx, 'zoneWidth');
    const zoneHeight = fraction(ctx, 'zoneHeight');
    const maxShare = fraction(ctx, 'maxShare');
    const expected = { max: round(maxShare * 100), text: `≤ ${round(maxShare * 100)} %` };
    const matte = ctx.subject.matte;
    if (!matte) {
      return {
        status: 'warn',
        measured: null,
        unit: '%',
        expected,
        message: {
          zh: '没有抠图结果，无法检查右上角徽标区域是否被头发遮挡。',
          en: 'No matte: whether hair reaches the logo corner could not be checked.',
        },
        fix: { zh: '使用带抠图的流程校验。', en: 'Validate with a matting stage configured.' },
      };
    }
    const { width, height } = ctx.subject.image;
    const x0 = Math.round(width * (1 - zoneWidth));
    const y1 = Math.round(height * zoneHeight);
    let covered = 0;
    for (let y = 0; y < y1; y++) {
      for (let x = x0; x < width; x++) {
        // Photo pixel → matte pixel (the matte covers `region` at `scale`); outside it: background.
        const ax = Math.floor((x + 0.5 - matte.region.x) * matte.scale);
        const ay = Math.floor((y + 0.5 - matte.region.y) * matte.scale);
        if (ax < 0 || ay < 0 || ax >= matte.alpha.width || ay >= matte.alpha.height) continue;
        if (matte.alpha.data[ay * matte.alpha.width + ax]! >= SUBJECT_ALPHA) covered++;
      }
    }
    const share = covered / Math.max(1, (width - x0) * y1);
    const measured = round(share * 100);
    const pass = share <= maxShare;
    return {
      status: pass ? 'pass' : 'fail',
      measured,
      unit: '%',
      expected,
      message: pass
        ? { zh: '右上角徽标区域没有被遮挡。', en: 'The logo corner (top right) is clear.' }
        : {
            zh: `人像覆盖了右上角徽标区域的 ${measured}%（最多 ${expected.max}%）。`,
            en: `The subject covers ${measured} % of the logo corner (top right); at most ${expected.max} %.`,
          },
      fix: pass
        ? { zh: '无需修改。', en: 'Nothing to do.' }
        : {
            zh: '请把头发梳向脑后或扎起，重新拍摄，头部不要偏向右侧。',
            en: 'Tie or comb the hair back and shoot again, with the head centred rather than leaning right.',
          },
    };
  },
});

function fraction(ctx: RuleContext, name: keyof typeof DEFAULTS): number {
  const value = ctx.params[name] ?? DEFAULTS[name];
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw acmeBadgeErrors.create('ACME_BADGE_INVALID_PARAM', {
      details: { rule: LOGO_ZONE_RULE, param: name, expected: 'a number from 0 to 1' },
    });
  }
  return value;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
