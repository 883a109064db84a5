import { describe, expect, it } from 'vitest';
import { agreeingDigits, type RangeWording, rangeOutcome } from './text.js';

const wording: RangeWording = {
  subject: (v) => ({ zh: `头顶距离上边缘 ${v}`, en: `Top of head is ${v} from the top edge` }),
  low: { zh: '低', en: 'low' },
  high: { zh: '高', en: 'high' },
  lowReason: 'too-high',
  highReason: 'too-low',
};

describe('rangeOutcome', () => {
  it('shows a failing value just outside a bound with the decimals that keep it outside', () => {
    const out = rangeOutcome(24.8, { min: 25, max: 45 }, 'px', wording);
    expect(out).toMatchObject({ status: 'fail', reason: 'too-high', measured: 24.8 });
    expect(out.message.en).toContain('24.8 px');
    expect(rangeOutcome(24.996, { min: 25, max: 45 }, 'px', wording).measured).toBe(24.996);
  });

  it('shows a passing value just inside a fractional bound without rounding it out', () => {
    // 0.0553 × 640 = 35.392 shown as 35.4; a head top of 35.45 passes and must not read "35".
    const out = rangeOutcome(35.45, { min: 35.392, max: 59 }, 'px', wording);
    expect(out).toMatchObject({ status: 'pass', expected: { min: 35.4, max: 59 } });
    expect(out.measured).toBeGreaterThanOrEqual(35.4);
  });

  it('keeps whole pixels where they already agree with the verdict', () => {
    expect(rangeOutcome(60.4, { min: 35.4, max: 59 }, 'px', wording).measured).toBe(60);
    expect(rangeOutcome(48.2, { min: 35.4, max: 59 }, 'px', wording).measured).toBe(48);
  });

  it('agreeingDigits adds decimals only as far as needed', () => {
    expect(agreeingDigits(24.8, { min: 25 }, false, 0)).toBe(1);
    expect(agreeingDigits(24.8, { min: 25 }, false, 1)).toBe(1);
    expect(agreeingDigits(30, { min: 25 }, true, 0)).toBe(0);
  });
});
