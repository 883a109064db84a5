import { describe, expect, it } from 'vitest';
import { mmToPx } from '../paper/units.js';
import { type PlannedSheet, type PlanSheetsInput, planSheets } from './plan-sheets.js';

// Hand computation at 300 dpi (px = round(mm / 25.4 × 300)):
//   6in 102×152 mm → 1205×1795 px; A4 210×297 mm → 2480×3508 px; 5in 89×127 mm → 1051×1500 px.
//   margin 3 mm → 35 px, gutter 2 mm → 24 px.
//   CHSI 480×640 px at 300 dpi (40.64×54.19 mm) → a 480×640 px box; passport 33×48 mm → 390×567 px.
// n photos of size s fit along a side L when n·s + (n−1)·g ≤ L − 2m, i.e. n = ⌊(L − 2m + g) / (s + g)⌋.
const SIX = { widthPx: 1205, heightPx: 1795 };
const A4 = { widthPx: 2480, heightPx: 3508 };
const FIVE = { widthPx: 1051, heightPx: 1500 };
const CHSI = { widthPx: 480, heightPx: 640 };
const PASSPORT = { widthPx: 390, heightPx: 567 };

const along = (side: number, size: number): number => Math.floor((side - 2 * 35 + 24) / (size + 24));
const grid = (paper: typeof SIX, photo: typeof CHSI): { portrait: number; landscape: number } => ({
  portrait: along(paper.widthPx, photo.widthPx) * along(paper.heightPx, photo.heightPx),
  landscape: along(paper.heightPx, photo.widthPx) * along(paper.widthPx, photo.heightPx),
});

function plan(overrides: Partial<PlanSheetsInput> & Pick<PlanSheetsInput, 'items' | 'paper'>) {
  return planSheets({
    marginPx: 35,
    gutterPx: 24,
    orientation: 'auto',
    allowRotation: false,
    maxSheets: 20,
    ...overrides,
  });
}

/** Every pair of photos on a sheet keeps at least the gutter apart; every photo stays inside the margins. */
function expectSound(sheet: PlannedSheet, margin = 35, gutter = 24): void {
  const ps = sheet.placements;
  for (const p of ps) {
    expect(p.xPx).toBeGreaterThanOrEqual(margin);
    expect(p.yPx).toBeGreaterThanOrEqual(margin);
    expect(p.xPx + p.widthPx).toBeLessThanOrEqual(sheet.widthPx - margin);
    expect(p.yPx + p.heightPx).toBeLessThanOrEqual(sheet.heightPx - margin);
  }
  for (let i = 0; i < ps.length; i++) {
    for (let j = i + 1; j < ps.length; j++) {
      const a = ps[i]!;
      const b = ps[j]!;
      const apartX = a.xPx + a.widthPx + gutter <= b.xPx || b.xPx + b.widthPx + gutter <= a.xPx;
      const apartY = a.yPx + a.heightPx + gutter <= b.yPx || b.yPx + b.heightPx + gutter <= a.yPx;
      expect(apartX || apartY).toBe(true);
    }
  }
}

describe('planSheets', () => {
  it('uses the exact pixel sizes of the papers and photos at 300 dpi', () => {
    expect([mmToPx(102, 300), mmToPx(152, 300)]).toEqual([SIX.widthPx, SIX.heightPx]);
    expect([mmToPx(210, 300), mmToPx(297, 300)]).toEqual([A4.widthPx, A4.heightPx]);
    expect([mmToPx(89, 300), mmToPx(127, 300)]).toEqual([FIVE.widthPx, FIVE.heightPx]);
    expect([mmToPx(33, 300), mmToPx(48, 300)]).toEqual([PASSPORT.widthPx, PASSPORT.heightPx]);
    expect([mmToPx(3, 300), mmToPx(2, 300)]).toEqual([35, 24]);
  });

  it.each([
    ['CHSI on 6in', SIX, CHSI, 4, 'portrait'],
    ['passport on 6in', SIX, PASSPORT, 4, null],
    ['CHSI on A4', A4, CHSI, 20, 'portrait'],
    ['passport on A4', A4, PASSPORT, 32, 'landscape'],
    ['CHSI on 5in', FIVE, CHSI, 2, null],
    ['passport on 5in', FIVE, PASSPORT, 4, 'portrait'],
  ] as const)('%s: copies per sheet match the grid computed by hand', (_, paper, photo, perSheet, orientation) => {
    const hand = grid(paper, photo);
    expect(Math.max(hand.portrait, hand.landscape)).toBe(perSheet);
    const { sheets, unplaced } = plan({ items: [{ ...photo, copies: 3 * perSheet + 1 }], paper });
    expect(unplaced).toEqual([]);
    expect(sheets[0]!.placements).toHaveLength(perSheet);
    if (orientation) expect(sheets[0]!.orientation).toBe(orientation);
    expect(sheets).toHaveLength(4);
    expect(sheets.reduce((n, s) => n + s.placements.length, 0)).toBe(3 * perSheet + 1);
    for (const sheet of sheets) expectSound(sheet);
  });

  it('lays a 6in sheet of CHSI photos out as a 2×2 grid, centred, with the margins and gutter by hand', () => {
    // The block is 2·480 + 24 = 984 by 2·640 + 24 = 1304 px inside 1135×1725: shifted by
    // ⌊(1135 − 984) / 2⌋ = 75 and ⌊(1725 − 1304) / 2⌋ = 210 from the margin corner (35, 35).
    const { sheets } = plan({ items: [{ ...CHSI, copies: 4 }], paper: SIX });
    const sheet = sheets[0]!;
    expect([sheet.widthPx, sheet.heightPx]).toEqual([1205, 1795]);
    expect(sheet.placements.map((p) => [p.xPx, p.yPx])).toEqual([
      [110, 245],
      [110 + 480 + 24, 245],
      [110, 245 + 640 + 24],
      [110 + 480 + 24, 245 + 640 + 24],
    ]);
    const corner = plan({ items: [{ ...CHSI, copies: 4 }], paper: SIX, align: 'top-left' }).sheets[0]!;
    expect(corner.placements.map((p) => [p.xPx, p.yPx])).toEqual([
      [35, 35],
      [35 + 480 + 24, 35],
      [35, 35 + 640 + 24],
      [35 + 480 + 24, 35 + 640 + 24],
    ]);
  });

  it('overflows onto further sheets and numbers copies per item', () => {
    const { sheets } = plan({ items: [{ ...CHSI, copies: 10 }], paper: SIX });
    expect(sheets.map((s) => s.placements.length)).toEqual([4, 4, 2]);
    const copies = sheets.flatMap((s) => s.placements.map((p) => p.copy)).sort((a, b) => a - b);
    expect(copies).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('mixes sizes on one sheet', () => {
    const { sheets, unplaced } = plan({
      items: [
        { ...CHSI, copies: 2 },
        { ...PASSPORT, copies: 2 },
      ],
      paper: SIX,
    });
    expect(unplaced).toEqual([]);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.placements.map((p) => p.item).sort()).toEqual([0, 0, 1, 1]);
    expectSound(sheets[0]!);
    const a4 = plan({
      items: [
        { ...CHSI, copies: 4 },
        { ...PASSPORT, copies: 2 },
      ],
      paper: A4,
    });
    expect(a4.sheets).toHaveLength(1);
    expect(a4.sheets[0]!.placements).toHaveLength(6);
    expectSound(a4.sheets[0]!);
  });

  it('reports copies too large for the paper and copies beyond the sheet limit', () => {
    const huge = { widthPx: mmToPx(120, 300), heightPx: mmToPx(170, 300) };
    const { sheets, unplaced } = plan({
      items: [
        { ...huge, copies: 2 },
        { ...CHSI, copies: 9 },
      ],
      paper: SIX,
      maxSheets: 2,
    });
    expect(sheets.map((s) => s.placements.length)).toEqual([4, 4]);
    expect(unplaced).toEqual([
      { item: 0, copies: 2, reason: 'too-large' },
      { item: 1, copies: 1, reason: 'sheet-limit' },
    ]);
  });

  it('keeps a fixed orientation when asked', () => {
    const { sheets } = plan({ items: [{ ...PASSPORT, copies: 32 }], paper: A4, orientation: 'portrait' });
    expect(sheets[0]!.orientation).toBe('portrait');
    expect(sheets[0]!.placements).toHaveLength(25);
    expect([sheets[0]!.widthPx, sheets[0]!.heightPx]).toEqual([2480, 3508]);
  });

  it('turns photos into the offcut when rotation is allowed', () => {
    // Upright the best is 4 (above). Landscape 6in: 4 upright passports in a row use 567 of 1135 px
    // height; the 544 px strip below takes turned ones (567 wide + 24, 390 tall): ⌊(1725 + 24) / 591⌋
    // = 2 more, so at least 6 fit once turning is allowed.
    const upright = plan({ items: [{ ...PASSPORT, copies: 12 }], paper: SIX });
    const turned = plan({ items: [{ ...PASSPORT, copies: 12 }], paper: SIX, allowRotation: true });
    expect(upright.sheets[0]!.placements).toHaveLength(4);
    expect(turned.sheets[0]!.placements).toHaveLength(6);
    expect(turned.sheets[0]!.placements.filter((p) => p.rotated).length).toBeGreaterThan(0);
    for (const p of turned.sheets[0]!.placements.filter((q) => q.rotated)) {
      expect([p.widthPx, p.heightPx]).toEqual([567, 390]);
    }
    expectSound(turned.sheets[0]!);
  });

  it('is deterministic', () => {
    const input = {
      items: [
        { ...CHSI, copies: 7 },
        { ...PASSPORT, copies: 5 },
      ],
      paper: A4,
    };
    expect(plan(input)).toEqual(plan(input));
  });
});
