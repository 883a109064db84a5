import { compositionInPixels } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { chsiGraduation } from './chsi-graduation.js';
import { chsiZikaoGraduation } from './zikao-graduation.js';
import { chsiZikaoSichuan } from './zikao-sichuan.js';
import { chsiZikaoXinjiang } from './zikao-xinjiang.js';

describe('自考 graduation variants', () => {
  it('national template: the 99号 numbers on light blue only', () => {
    const s = chsiZikaoGraduation;
    expect([s.canvas.width, s.canvas.height, s.canvas.dpi]).toEqual([480, 640, 300]);
    expect(s.file.bytes).toEqual(chsiGraduation.file.bytes);
    expect(s.composition).toEqual(chsiGraduation.composition);
    expect(s.background.options.map((o) => [o.id, o.rgb])).toEqual([['blue', [100, 197, 255]]]);
  });

  it('Xinjiang: white only, the rest as the national template', () => {
    const s = chsiZikaoXinjiang;
    expect(s.background.options.map((o) => [o.id, o.rgb])).toEqual([['white', [255, 255, 255]]]);
    expect(s.composition).toEqual(chsiZikaoGraduation.composition);
    expect(s.guidelines.some((g) => g.zh.includes('半年'))).toBe(true);
  });

  it('Sichuan: 360×480, at most 30 KB, the 99号 ranges scaled by 0.75 around the 1/10 top margin', () => {
    const s = chsiZikaoSichuan;
    expect([s.canvas.width, s.canvas.height]).toEqual([360, 480]);
    expect(s.file.bytes).toEqual({ max: 30_000 });
    const c = compositionInPixels(s, 360, 480);
    const g = compositionInPixels(chsiGraduation, 480, 640);
    for (const key of ['headTop', 'eyeLine', 'faceWidth'] as const) {
      expect(c[key]!.min! / 0.75).toBeGreaterThanOrEqual(g[key]!.min!);
      expect(c[key]!.max! / 0.75).toBeLessThanOrEqual(g[key]!.max!);
    }
    expect(c.headTop!.min!).toBeLessThanOrEqual(48);
    expect(c.headTop!.max!).toBeGreaterThanOrEqual(48);
    expect(s.rules.map((r) => r.id)).not.toContain('file.dpi');
  });
});
