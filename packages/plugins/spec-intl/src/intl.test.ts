import { compositionInPixels } from '@idphoto/sdk';
import { describe, expect, it } from 'vitest';
import { icao9303 } from './icao-9303.js';
import { schengenVisa } from './schengen-visa.js';
import { ukPassportDigital } from './uk-passport.js';
import { usPassportVisa } from './us-passport-visa.js';

describe('international photos', () => {
  it('US: square 600–1200 px, head 50–69 %, eyes 56–69 % from the bottom, ≤ 240 kB, ≥ 54 000 bytes (≤ 20:1)', () => {
    const s = usPassportVisa;
    expect(s.canvas.accept).toMatchObject({ minWidth: 600, maxWidth: 1200, minHeight: 600, maxHeight: 1200 });
    expect(s.file.bytes).toEqual({ min: (600 * 600 * 3) / 20, max: 240_000 });
    const c = compositionInPixels(s, 600, 600);
    expect(c.headHeight!.min).toBeCloseTo(300, 9);
    expect(c.headHeight!.max).toBeCloseTo(414, 9);
    expect(c.eyeLine!.min).toBeCloseTo(600 - 0.69 * 600, 9);
    expect(c.eyeLine!.max).toBeCloseTo(600 - 0.56 * 600, 9);
    // The same fractions at 1200 px.
    expect(compositionInPixels(s, 1200, 1200).headHeight!.max).toBeCloseTo(828, 9);
  });

  it('UK: at least 600×750, 50 KB–10 MB, chin to crown 29–34 mm of 45, grey or cream (not white)', () => {
    const s = ukPassportDigital;
    expect(s.file.bytes).toEqual({ min: 51_200, max: 10_000_000 });
    const c = compositionInPixels(s, 600, 750);
    expect(c.headHeight!.min).toBeCloseTo((29 / 45) * 750, 9);
    expect(c.headHeight!.max).toBeCloseTo((34 / 45) * 750, 9);
    expect(s.background.options.map((o) => o.id)).toEqual(['grey', 'cream']);
  });

  it('ICAO: chin to crown 70–80 %, eyes 50–70 % from the bottom, head width 50–57 % (7:4–2:1)', () => {
    const c = compositionInPixels(icao9303, 413, 531);
    expect(c.headHeight!.min).toBeCloseTo(0.7 * 531, 9);
    expect(c.faceWidth!.min).toBeCloseTo(413 / 2, 9);
    expect(c.faceWidth!.max).toBeCloseTo((413 * 4) / 7, 9);
    expect(icao9303.pose).toEqual({ maxRoll: 8, maxYaw: 5, maxPitch: 5 });
  });

  it('Schengen: 35×45 mm at 300 dpi, chin to crown 32–36 mm', () => {
    expect([schengenVisa.canvas.width, schengenVisa.canvas.height]).toEqual([413, 531]);
    expect(Math.round((35 / 25.4) * 300)).toBe(413);
    const c = compositionInPixels(schengenVisa, 413, 531);
    expect(c.headHeight!.max).toBeCloseTo((36 / 45) * 531, 9);
  });

  it('forbids every edit: all four keep the pixels as shot', () => {
    for (const s of [icao9303, usPassportVisa, ukPassportDigital, schengenVisa]) expect(s.edits).toBe('none');
  });
});
