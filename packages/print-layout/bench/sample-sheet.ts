/**
 * The README's sample sheet: the public-domain Obama portrait made into a CHSI photo by the default
 * pipeline, two copies plus two 33×48 mm crops of it on a 6-inch sheet with the hairline cut guide,
 * scaled to half size, next to a 1:1 detail of the marks in a gutter.
 *
 *   npx tsx --conditions=@idphoto/source packages/print-layout/bench/sample-sheet.ts
 *     → docs/images/print-layout-6in.png
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defaultPlugins } from '@idphoto/preset';
import { createIdPhoto } from '@idphoto/sdk';
import sharp from 'sharp';
import { layoutSheets, printMmOfSpec } from '../src/index.js';

const repoRoot = resolve(import.meta.dirname, '../../..');
const source = resolve(repoRoot, '../shared/fixtures/photos/a01_obama_enrol_flags.jpg'); // public domain
const target = resolve(repoRoot, 'docs/images/print-layout-6in.png');

const idphoto = createIdPhoto({ plugins: defaultPlugins() });
const made = await idphoto.make({ image: new Uint8Array(readFileSync(source)), spec: 'chsi-graduation' });
if (!made.photo) throw new Error('no photo made');
const chsi = made.photo.bytes;
const passport = new Uint8Array(
  await sharp(chsi).extract({ left: 20, top: 0, width: 440, height: 640 }).jpeg({ quality: 95 }).toBuffer(),
);
const { sheets } = await layoutSheets({
  items: [
    { photo: chsi, printMm: printMmOfSpec(idphoto.spec('chsi-graduation')), copies: 2 },
    { photo: passport, printMm: { width: 33, height: 48 }, copies: 2 },
  ],
  paper: '6in',
  cutGuide: true,
});
const sheet = sheets[0]!;
const half = await sharp(sheet.bytes)
  .resize(Math.round(sheet.widthPx / 2))
  .png()
  .toBuffer();
const halfMeta = await sharp(half).metadata();
// 1:1 detail where the first two photos meet at their top edge.
const [a, b] = sheet.placements;
const cx = Math.round((a!.xPx + a!.widthPx + b!.xPx) / 2);
const detail = await sharp(sheet.bytes)
  .extract({ left: cx - 100, top: a!.yPx - 60, width: 200, height: 160 })
  .resize(400, 320, { kernel: 'nearest' })
  .png()
  .toBuffer();
mkdirSync(dirname(target), { recursive: true });
await sharp({
  create: { width: halfMeta.width + 440, height: halfMeta.height, channels: 3, background: '#e6e6e6' },
})
  .composite([
    { input: half, left: 0, top: 0 },
    { input: detail, left: halfMeta.width + 20, top: 20 },
  ])
  .png({ compressionLevel: 9 })
  .toFile(target);
console.log(`wrote ${target}`);
