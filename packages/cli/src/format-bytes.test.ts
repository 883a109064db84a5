import { describe, expect, it } from 'vitest';
import { formatByteRange } from './format-bytes.js';

describe('formatByteRange', () => {
  it('prints KB below 1 MB and MB from there, at most one decimal', () => {
    expect(formatByteRange({ min: 20_480, max: 40_960 })).toBe('20–40 KB');
    expect(formatByteRange({ max: 40_960 })).toBe('≤ 40 KB');
    expect(formatByteRange({ max: 30_000 })).toBe('≤ 29.3 KB');
    expect(formatByteRange({ min: 14_336 })).toBe('≥ 14 KB');
    expect(formatByteRange({ max: 1_048_576 })).toBe('≤ 1 MB');
    expect(formatByteRange({ min: 51_200, max: 10_485_760 })).toBe('50 KB–10 MB');
    expect(formatByteRange({ max: 10_000_000 })).toBe('≤ 9.5 MB');
    expect(formatByteRange({})).toBe('any size');
  });
});
