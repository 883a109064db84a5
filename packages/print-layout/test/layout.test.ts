import { defaultPlugins } from '@idphoto/preset';
import { createIdPhoto, isIdPhotoError, readJpegInfo } from '@idphoto/sdk';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutSheets, type PrintMm, printMmOfSpec, toPlanJson } from '../src/index.js';
import { fixtureBytes } from './fixtures.js';
import { crop, decode, meanAbsDiff, pixel, type Rgb, resampled } from './pixels.js';

/** Runs `fn` and returns the code of the IdPhotoError it throws. */
async function codeOf(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (error) {
    if (isIdPhotoError(error)) return error.code;
    throw error;
  }
  throw new Error('expected an IdPhotoError');
}

const PASSPORT_MM: PrintMm = { width: 33, height: 48 };

let chsi: Uint8Array;
let chsiMm: PrintMm;
let passport: Uint8Array;

beforeAll(async () => {
  // A real CHSI photo from the default pipeline, and a 33×48 mm passport-proportioned photo cut from it.
  const idphoto = createIdPhoto({ plugins: defaultPlugins() });
  const made = await idphoto.make({
    image: fixtureBytes('hv_white_shirt_plain_bg.jpg'),
    spec: 'chsi-graduation',
  });
  if (!made.photo) throw new Error('the pipeline made no photo from the fixture');
  chsi = made.photo.bytes;
  chsiMm = printMmOfSpec(idphoto.specs().find((s) => s.id === 'chsi-graduation')!);
  passport = new Uint8Array(
    await sharp(chsi).extract({ left: 20, top: 0, width: 440, height: 640 }).jpeg({ quality: 95 }).toBuffer(),
  );
}, 180_000);

describe('layoutSheets on real photos', () => {
  it('derives the CHSI print size from the spec: 480×640 px at 300 dpi = 40.64×54.19 mm', () => {
    expect(chsiMm.width).toBeCloseTo(40.64, 2);
    expect(chsiMm.height).toBeCloseTo(54.187, 2);
  });

  it('4 CHSI copies on 6in: 1205×1795 px at 300 dpi, JFIF density, no EXIF, photos at the hand-computed places', async () => {
    const { sheets, unplaced } = await layoutSheets({
      items: [{ photo: chsi, printMm: chsiMm, copies: 4, label: 'order-1' }],
      paper: '6in',
    });
    expect(unplaced).toEqual([]);
    expect(sheets).toHaveLength(1);
    const sheet = sheets[0]!;
    expect(sheet).toMatchObject({ mime: 'image/jpeg', widthPx: 1205, heightPx: 1795, dpi: 300 });
    expect(sheet.orientation).toBe('portrait');
    const info = readJpegInfo(sheet.bytes)!;
    expect(info).toMatchObject({ width: 1205, height: 1795, dpi: 300, components: 3, baseline: true });
    expect([info.hasExif, info.hasIcc, info.hasXmp, info.hasComment]).toEqual([false, false, false, false]);
    expect(info.estimatedQuality).toBe(95);
    expect((await sharp(sheet.bytes).metadata()).density).toBe(300);

    // margin 3 mm = 35 px, gutter 2 mm = 24 px, CHSI box 480×640 px; the 984×1304 px block is centred
    // in the 1135×1725 px inside the margins: 35 + ⌊151 / 2⌋ = 110, 35 + ⌊421 / 2⌋ = 245.
    expect(sheet.placements.map((p) => [p.xPx, p.yPx, p.widthPx, p.heightPx])).toEqual([
      [110, 245, 480, 640],
      [614, 245, 480, 640],
      [110, 909, 480, 640],
      [614, 909, 480, 640],
    ]);
    expect(sheet.placements[1]).toMatchObject({ xMm: 51.99, yMm: 20.74, widthMm: 40.64, heightMm: 54.19 });
    expect(sheet.placements.every((p) => p.label === 'order-1' && p.sourceDpi === 300)).toBe(true);

    // The CHSI photo is 300 dpi already: each placed region is the input, up to JPEG noise.
    const decoded = await decode(sheet.bytes);
    const input = await decode(chsi);
    for (const p of sheet.placements) {
      expect(meanAbsDiff(crop(decoded, p.xPx, p.yPx, p.widthPx, p.heightPx), input)).toBeLessThan(2);
    }
    // Crop marks: black on the cut lines, beyond the 0.5 mm (6 px) offset, at every corner.
    for (const p of sheet.placements) {
      for (const [cx, cy] of [
        [p.xPx, p.yPx],
        [p.xPx + p.widthPx, p.yPx + p.heightPx],
      ] as const) {
        const outX = cx === p.xPx ? cx - 6 - 4 : cx + 6 + 3;
        const outY = cy === p.yPx ? cy - 6 - 4 : cy + 6 + 3;
        expect(Math.max(...pixel(decoded, outX, cy))).toBeLessThan(90);
        expect(Math.max(...pixel(decoded, cx, outY))).toBeLessThan(90);
      }
    }
    // Margins away from the marks stay paper white.
    expect(Math.min(...pixel(decoded, 600, 1700))).toBeGreaterThan(245);
    expect(Math.min(...pixel(decoded, 60, 60))).toBeGreaterThan(245);
  });

  it('PNG sheet: photos are the resampled input exactly, every other pixel is white or a predicted mark', async () => {
    const { sheets } = await layoutSheets({
      items: [
        { photo: chsi, printMm: chsiMm, copies: 2 },
        { photo: passport, printMm: PASSPORT_MM, copies: 2 },
      ],
      paper: '6in',
      format: 'png',
    });
    expect(sheets).toHaveLength(1);
    const sheet = sheets[0]!;
    expect(sheet.mime).toBe('image/png');
    const meta = await sharp(sheet.bytes).metadata();
    expect([meta.width, meta.height, meta.density, meta.hasProfile, meta.exif]).toEqual([
      sheet.widthPx,
      sheet.heightPx,
      300,
      false,
      undefined,
    ]);
    const decoded = await decode(sheet.bytes);
    const inputs = [await decode(chsi), await resampled(passport, 390, 567)];
    const boxes = sheet.placements;
    expect(boxes.map((p) => [p.item, p.widthPx, p.heightPx]).sort()).toEqual([
      [0, 480, 640],
      [0, 480, 640],
      [1, 390, 567],
      [1, 390, 567],
    ]);
    for (const p of boxes) {
      const region = crop(decoded, p.xPx, p.yPx, p.widthPx, p.heightPx);
      // No mark pixel anywhere inside a photo: the region is the photo, bit for bit (CHSI) or up to
      // the resampler's rounding (passport, compared with an independent sharp resize).
      expect(meanAbsDiff(region, inputs[p.item]!)).toBeLessThan(p.item === 0 ? 1e-9 : 0.5);
    }
    const inside = (x: number, y: number): boolean =>
      boxes.some((p) => x >= p.xPx && x < p.xPx + p.widthPx && y >= p.yPx && y < p.yPx + p.heightPx);
    // Outside the photos every pixel is white or black, black only on a cut line (±1 px) and not in
    // the 6 px clear zone around any photo.
    let black = 0;
    for (let y = 0; y < decoded.height; y++) {
      for (let x = 0; x < decoded.width; x++) {
        if (inside(x, y)) continue;
        const [r, g, b] = pixel(decoded, x, y);
        if (r === 255 && g === 255 && b === 255) continue;
        expect([r, g, b]).toEqual([0, 0, 0]);
        black++;
        const onCut = boxes.some(
          (p) =>
            [p.xPx - 1, p.xPx, p.xPx + p.widthPx - 1, p.xPx + p.widthPx].includes(x) ||
            [p.yPx - 1, p.yPx, p.yPx + p.heightPx - 1, p.yPx + p.heightPx].includes(y),
        );
        expect(onCut).toBe(true);
        const nearPhoto = boxes.some(
          (p) => x >= p.xPx - 6 && x < p.xPx + p.widthPx + 6 && y >= p.yPx - 6 && y < p.yPx + p.heightPx + 6,
        );
        expect(nearPhoto).toBe(false);
      }
    }
    expect(black).toBeGreaterThan(4 * 8 * 2 * 10);
  });

  it('passport 33×48 mm on A4: 32 per landscape sheet as computed by hand, resampled faithfully', async () => {
    // A4 landscape 3508×2480 px: ⌊(3508 − 70 + 24) / (390 + 24)⌋ = 8 across, ⌊(2480 − 70 + 24) / (567 + 24)⌋ = 4 down.
    const { sheets } = await layoutSheets({
      items: [{ photo: passport, printMm: PASSPORT_MM, copies: 32 }],
      paper: 'a4',
    });
    expect(sheets).toHaveLength(1);
    const sheet = sheets[0]!;
    expect([sheet.widthPx, sheet.heightPx, sheet.orientation]).toEqual([3508, 2480, 'landscape']);
    expect(readJpegInfo(sheet.bytes)).toMatchObject({ width: 3508, height: 2480, dpi: 300 });
    expect(sheet.placements).toHaveLength(32);
    expect(sheet.placements[0]).toMatchObject({
      widthPx: 390,
      heightPx: 567,
      widthMm: 33.02,
      heightMm: 48.01,
    });
    expect(sheet.placements[0]!.sourceDpi).toBe(339);
    const decoded = await decode(sheet.bytes);
    const reference = await resampled(passport, 390, 567);
    const last = sheet.placements.at(-1)!;
    expect(meanAbsDiff(crop(decoded, last.xPx, last.yPx, 390, 567), reference)).toBeLessThan(2);
  });

  it('CHSI on A4: 20 per portrait sheet (4 × 5 by hand)', async () => {
    const { sheets } = await layoutSheets({
      items: [{ photo: chsi, printMm: chsiMm, copies: 20 }],
      paper: 'a4',
    });
    expect(sheets.map((s) => [s.widthPx, s.heightPx, s.placements.length])).toEqual([[2480, 3508, 20]]);
  });

  it('mixes 4 CHSI and 2 passport photos on one A4 sheet', async () => {
    const { sheets, unplaced } = await layoutSheets({
      items: [
        { photo: chsi, printMm: chsiMm, copies: 4, label: 'chsi' },
        { photo: passport, printMm: PASSPORT_MM, copies: 2, label: 'passport' },
      ],
      paper: 'a4',
    });
    expect(unplaced).toEqual([]);
    expect(sheets).toHaveLength(1);
    const labels = sheets[0]!.placements.map((p) => p.label).sort();
    expect(labels).toEqual(['chsi', 'chsi', 'chsi', 'chsi', 'passport', 'passport']);
    const decoded: Rgb = await decode(sheets[0]!.bytes);
    const chsiInput = await decode(chsi);
    for (const p of sheets[0]!.placements.filter((q) => q.item === 0)) {
      expect(meanAbsDiff(crop(decoded, p.xPx, p.yPx, 480, 640), chsiInput)).toBeLessThan(2);
    }
  });

  it('overflows onto a second sheet, copies numbered across sheets; the plan is JSON without bytes', async () => {
    const result = await layoutSheets({ items: [{ photo: chsi, printMm: chsiMm, copies: 6 }], paper: '6in' });
    expect(result.sheets.map((s) => s.placements.length)).toEqual([4, 2]);
    expect(result.sheets.flatMap((s) => s.placements.map((p) => p.copy)).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    for (const sheet of result.sheets)
      expect(readJpegInfo(sheet.bytes)).toMatchObject({ width: 1205, dpi: 300 });
    const plan = toPlanJson(result);
    expect(plan.sheets.map((s) => [s.index, s.bytes])).toEqual(
      result.sheets.map((s, i) => [i, s.bytes.length]),
    );
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it('turns a photo 90° clockwise when rotation fits more', async () => {
    const { sheets } = await layoutSheets({
      items: [{ photo: passport, printMm: PASSPORT_MM, copies: 6 }],
      paper: '6in',
      allowRotation: true,
      format: 'png',
    });
    expect(sheets).toHaveLength(1);
    const turned = sheets[0]!.placements.find((p) => p.rotated)!;
    expect([turned.widthPx, turned.heightPx]).toEqual([567, 390]);
    const decoded = await decode(sheets[0]!.bytes);
    // sharp rotates before it resizes within one pipeline, so the reference takes two.
    const upright = await sharp(passport)
      .resize(390, 567, { fit: 'cover', kernel: 'lanczos3' })
      .png()
      .toBuffer();
    const reference = await decode(new Uint8Array(await sharp(upright).rotate(90).png().toBuffer()));
    expect(meanAbsDiff(crop(decoded, turned.xPx, turned.yPx, 567, 390), reference)).toBeLessThan(0.5);
  });

  it('takes the print size from the file’s own dpi when printMm is not given', async () => {
    const { sheets } = await layoutSheets({ items: [{ photo: chsi, copies: 1 }], paper: '5in' });
    expect(sheets[0]!.placements[0]).toMatchObject({ widthPx: 480, heightPx: 640 });
    expect(sheets[0]!.placements[0]!.printMm.width).toBeCloseTo(40.64, 2);
  });
});

describe('layoutSheets errors', () => {
  it('a photo too big for the paper: LAYOUT_DOES_NOT_FIT; beside one that fits: reported as unplaced', async () => {
    const big = { width: 120, height: 160 };
    const poster = new Uint8Array(await sharp(chsi).resize(1200, 1600).jpeg().toBuffer());
    expect(await codeOf(() => layoutSheets({ items: [{ photo: poster, printMm: big }], paper: '6in' }))).toBe(
      'LAYOUT_DOES_NOT_FIT',
    );
    const { sheets, unplaced } = await layoutSheets({
      items: [
        { photo: poster, printMm: big, copies: 2, label: 'poster' },
        { photo: chsi, printMm: chsiMm, copies: 1 },
      ],
      paper: '6in',
    });
    expect(sheets).toHaveLength(1);
    expect(unplaced).toEqual([{ item: 0, label: 'poster', copies: 2, reason: 'too-large' }]);
    // The same poster fits A4.
    expect(
      (await layoutSheets({ items: [{ photo: poster, printMm: big }], paper: 'a4' })).sheets,
    ).toHaveLength(1);
  });

  it('a photo whose proportions differ from its print box: LAYOUT_ASPECT_MISMATCH (never stretched)', async () => {
    expect(
      await codeOf(() => layoutSheets({ items: [{ photo: chsi, printMm: PASSPORT_MM }], paper: '6in' })),
    ).toBe('LAYOUT_ASPECT_MISMATCH');
    // Within the tolerance it is accepted.
    await layoutSheets({ items: [{ photo: chsi, printMm: { width: 40.64, height: 54.5 } }], paper: '6in' });
  });

  it('bad arguments, non-images and unknown print sizes have their own codes', async () => {
    expect(await codeOf(() => layoutSheets({ items: [], paper: '6in' }))).toBe('SDK_INVALID_INPUT');
    expect(await codeOf(() => layoutSheets({ items: [{ photo: chsi }], paper: '7in' as '6in' }))).toBe(
      'SDK_INVALID_INPUT',
    );
    expect(await codeOf(() => layoutSheets({ items: [{ photo: chsi, copies: 0 }], paper: '6in' }))).toBe(
      'SDK_INVALID_INPUT',
    );
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n');
    expect(await codeOf(() => layoutSheets({ items: [{ photo: pdf, printMm: chsiMm }], paper: '6in' }))).toBe(
      'CAPTURE_NOT_AN_IMAGE',
    );
    const noDpi = new Uint8Array(await sharp(chsi).webp().toBuffer());
    expect(await codeOf(() => layoutSheets({ items: [{ photo: noDpi }], paper: '6in' }))).toBe(
      'LAYOUT_PRINT_SIZE_UNKNOWN',
    );
    expect(
      await codeOf(() =>
        layoutSheets({
          items: [{ photo: chsi, printMm: chsiMm }],
          paper: { widthMm: 420, heightMm: 594 },
          dpi: 1200,
        }),
      ),
    ).toBe('LAYOUT_SHEET_TOO_LARGE');
  });
});
