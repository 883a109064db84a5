import { compositionInPixels } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { cnHongKongMacauPermit, cnPassport, cnTaiwanPermit } from './exit-entry-specs.js';

/** Millimetres of the 30×40 mm effective area to pixels at `dpi`. */
const px = (mm: number, dpi: number): number => (mm / 25.4) * dpi;

describe('exit-entry photos (《出入境证件相片照相指引》)', () => {
  it('outputs the 30×40 mm effective area at 300 dpi (354×472) and accepts up to 480×640, 3:4', () => {
    const { canvas } = cnPassport;
    expect([canvas.width, canvas.height, canvas.dpi]).toEqual([354, 472, 300]);
    expect(Math.round(px(30, 300))).toBe(354);
    expect(Math.round(px(40, 300))).toBe(472);
    expect(canvas.accept).toMatchObject({ minWidth: 354, maxWidth: 480, minHeight: 472, maxHeight: 640 });
    expect(cnPassport.rules.find((r) => r.id === 'file.dpi')?.params).toEqual({ min: 300, max: 600 });
  });

  it('converts the consular millimetres at the output dpi', () => {
    const c = compositionInPixels(cnPassport, 354, 472);
    expect(c.headTop!.min).toBeCloseTo(px(3, 300), 0);
    expect(c.headTop!.max).toBeCloseTo(px(5, 300), 0);
    expect(c.headHeight!.min).toBeCloseTo(px(28, 300), 0);
    expect(c.headHeight!.max).toBeCloseTo(px(33, 300), 0);
    expect(c.faceWidth!.min).toBeCloseTo(px(15, 300), 0);
    expect(c.faceWidth!.max).toBeCloseTo(px(22, 300), 0);
    expect(c.eyeDistance).toEqual({ min: 0.23 * 354, max: 0.33 * 354 });
    // The same millimetres at 480×640 (406 dpi): fractions keep them right at any accepted size.
    const big = compositionInPixels(cnPassport, 480, 640);
    expect(big.headHeight!.min).toBeCloseTo(px(28, (480 / 30) * 25.4), 0);
  });

  it('takes 30 KB–80 KB so the file satisfies both the guide (20–80) and the consular text (30–80)', () => {
    expect(cnPassport.file.bytes).toEqual({ min: 30_720, max: 80_000 });
  });

  it('forbids every edit and offers white first, then light grey and light blue', () => {
    for (const spec of [cnPassport, cnHongKongMacauPermit, cnTaiwanPermit]) {
      expect(spec.edits).toBe('none');
      expect(spec.background.options.map((o) => [o.id, o.rgb])).toEqual([
        ['white', [255, 255, 255]],
        ['grey', [210, 210, 210]],
        ['blue', [100, 197, 255]],
      ]);
    }
  });

  it('shares every number between the three documents', () => {
    const numbers = (s: typeof cnPassport) => ({ c: s.canvas, f: s.file, k: s.composition, r: s.rules });
    expect(numbers(cnHongKongMacauPermit)).toEqual(numbers(cnPassport));
    expect(numbers(cnTaiwanPermit)).toEqual(numbers(cnPassport));
  });
});
