import { formatRange, inRange, type LocalizedText, type Range, type RuleOutcome } from '@idphoto/sdk';

/** Fix text of a passing item. */
export const NOTHING_TO_DO: LocalizedText = Object.freeze({ zh: '无需处理。', en: 'Nothing to do.' });

/** Rounds for display: integers stay integers, others keep `digits` decimals. */
export function round(value: number, digits = 1): number {
  const k = 10 ** digits;
  return Math.round(value * k) / k;
}

/** Formats a number for a message (`38`, `4.2`). */
export function fmt(value: number, digits = 1): string {
  return String(round(value, digits));
}

/** Decimals kept in `expected.min`/`max` per unit (0.1 px, 0.1 KB); 2 for anything else. */
const EXPECTED_DIGITS: Readonly<Record<string, number>> = { px: 1, KB: 1 };

/**
 * A range as an expectation (`{ min, max, text }`). Bounds computed from fractions or bytes are
 * rounded to the unit's precision (`0.0553 × 640` → `35.4`, never `35.392000000000003`); the rule
 * still compares the measurement with the exact range.
 */
export function rangeExpectation(range: Range, unit: string): RuleOutcome['expected'] {
  const digits = EXPECTED_DIGITS[unit] ?? 2;
  return {
    ...(range.min === undefined ? {} : { min: round(range.min, digits) }),
    ...(range.max === undefined ? {} : { max: round(range.max, digits) }),
    text: formatRange(range, unit),
  };
}

/** What a range rule says about its quantity. */
export interface RangeWording {
  /** `(value) → "头顶距离上边缘 38 px"` / `"Top of head is 38 px from the top edge"`. */
  readonly subject: (value: string) => LocalizedText;
  /** How to fix a value below the range. */
  readonly low: LocalizedText;
  /** How to fix a value above the range. */
  readonly high: LocalizedText;
  /** `reason` of a value below the range (e.g. `too-small`). */
  readonly lowReason: string;
  /** `reason` of a value above the range (e.g. `too-large`). */
  readonly highReason: string;
}

/**
 * Decimals to show `value` with so that the shown number sits on the same side of the shown bounds
 * as the exact one: a head top of 24.8 px against 25–45 px is shown as `24.8`, not as a failing `25`.
 * Starts at `digits` and adds up to three.
 */
export function agreeingDigits(
  value: number,
  shownRange: { readonly min?: number; readonly max?: number },
  inside: boolean,
  digits: number,
): number {
  for (let places = digits; places < digits + 3; places++) {
    const shown = round(value, places);
    const shownInside =
      (shownRange.min === undefined || shown >= shownRange.min) &&
      (shownRange.max === undefined || shown <= shownRange.max);
    if (shownInside === inside) return places;
  }
  return digits + 3;
}

/**
 * Outcome of a measured quantity against a range: pass inside, fail outside, with the direction's
 * fix. Values are rounded to `digits` for display — with more decimals where that rounding would
 * put the shown value on the other side of a shown bound — and the comparison uses the exact value.
 */
export function rangeOutcome(
  value: number,
  range: Range,
  unit: string,
  wording: RangeWording,
  digits = 0,
): RuleOutcome {
  const expected = rangeExpectation(range, unit);
  const inside = inRange(value, range);
  const places = agreeingDigits(value, expected, inside, digits);
  const shown = `${fmt(value, places)}${unit ? ` ${unit}` : ''}`;
  const s = wording.subject(shown);
  if (inside) {
    return {
      status: 'pass',
      measured: round(value, places),
      ...(unit ? { unit } : {}),
      expected,
      message: { zh: `${s.zh}，在 ${expected.text} 范围内。`, en: `${s.en}, within ${expected.text}.` },
      fix: NOTHING_TO_DO,
    };
  }
  const low = range.min !== undefined && value < range.min;
  return {
    status: 'fail',
    reason: low ? wording.lowReason : wording.highReason,
    measured: round(value, places),
    ...(unit ? { unit } : {}),
    expected,
    message: { zh: `${s.zh}，应为 ${expected.text}。`, en: `${s.en}; expected ${expected.text}.` },
    fix: low ? wording.low : wording.high,
  };
}
