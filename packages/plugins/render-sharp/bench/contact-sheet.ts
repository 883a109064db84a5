/**
 * Contact sheet: each fixture portrait as uploaded next to the CHSI photo the full pipeline makes
 * of it (capture-sharp, face-mediapipe, matting-isnet, render-sharp, validator-standard), with the
 * verdict and the failed rules underneath.
 *
 *   npx tsx --conditions=@idphoto/source packages/plugins/render-sharp/bench/contact-sheet.ts
 *     → /tmp/render-contact-sheet.png (every portrait fixture; internal use only)
 *   … contact-sheet.ts --public
 *     → docs/images/render-contact-sheet.png (only the public-domain portraits: Obama, Biden, Hopper)
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharpCapture } from '@idphoto/capture-sharp';
import { mediapipeFace } from '@idphoto/face-mediapipe';
import { isnetMatting } from '@idphoto/matting-isnet';
import { createIdPhoto, type MakeResult } from '@idphoto/sdk';
import { chsiSpec } from '@idphoto/spec-chsi';
import { standardValidator } from '@idphoto/validator-standard';
import sharp, { type OverlayOptions } from 'sharp';
import { sharpRender } from '../src/index.js';

const photos = fileURLToPath(new URL('../../../../../shared/fixtures/photos/', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** MANIFEST.md marks only these as public domain (US-government and US-Navy portraits). */
const PUBLIC = ['a01_obama_enrol_flags.jpg', 'b01_biden_tall_standing.jpg', 'exif6_hopper_glasses.jpg'];
const INTERNAL = [
  ...PUBLIC,
  'hv_man_suit_gray_bg.jpg',
  'hv_white_shirt_plain_bg.jpg',
  'g01_hv_bow_white_shirt.jpg',
  'd01_rose_long_hair_cluttered.jpg',
  'derived_cmyk_alex_portrait.jpg',
  'hv_webp_named_jpg_long_hair_outdoor.jpg',
  'c02_kit_closeup_long_hair.jpg',
  'hsd006_dark_skin_glasses_braids.jpg',
];

const publicOnly = process.argv.includes('--public');
const names = publicOnly ? PUBLIC : INTERNAL;
const out = publicOnly ? `${repoRoot}docs/images/render-contact-sheet.png` : '/tmp/render-contact-sheet.png';
const SCALE = 0.5;
const W = Math.round(480 * SCALE);
const H = Math.round(640 * SCALE);
const CAPTION = 58;
const GAP = 8;
const PER_ROW = publicOnly ? 3 : 4;

const idphoto = createIdPhoto({
  plugins: [sharpCapture(), mediapipeFace(), isnetMatting(), sharpRender(), standardValidator(), chsiSpec()],
});

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function caption(name: string, r: MakeResult, width: number): Buffer {
  const failed = r.report.items.filter((i) => i.status === 'fail').map((i) => i.rule);
  const verdict = r.photo ? (r.report.pass ? 'PASS' : 'FAIL') : 'NO PHOTO';
  const size = r.photo ? ` · ${(r.photo.bytes.length / 1024).toFixed(1)} KB q${r.photo.quality}` : '';
  const lines = [`${name.replace(/\.[a-z]+$/, '')} — ${verdict}${size}`];
  let line = '';
  for (const rule of failed) {
    if ((line + rule).length > width / 6.2) {
      lines.push(line);
      line = '';
    }
    line += `${line ? ', ' : ''}${rule}`;
  }
  if (line) lines.push(line);
  const text = lines
    .slice(0, 3)
    .map((l, i) => `<text x="4" y="${15 + i * 16}" font-size="${i === 0 ? 13 : 11}">${escapeXml(l)}</text>`)
    .join('');
  return Buffer.from(
    `<svg width="${width}" height="${CAPTION}"><rect width="100%" height="100%" fill="#fff"/><g font-family="DejaVu Sans, sans-serif" fill="${r.report.pass ? '#14532d' : '#7f1d1d'}">${text}</g></svg>`,
  );
}

const tiles: OverlayOptions[] = [];
for (const [i, name] of names.entries()) {
  const bytes = new Uint8Array(readFileSync(`${photos}${name}`));
  const r = await idphoto.make({ image: bytes, spec: 'chsi-graduation' });
  const input = await sharp(bytes)
    .rotate()
    .resize(W, H, { fit: 'contain', background: '#333' })
    .flatten({ background: '#333' })
    .png()
    .toBuffer();
  const output = r.photo
    ? await sharp(r.photo.bytes).resize(W, H).png().toBuffer()
    : await sharp({ create: { width: W, height: H, channels: 3, background: '#999' } })
        .png()
        .toBuffer();
  const left = (i % PER_ROW) * (2 * W + 3 * GAP) + GAP;
  const top = Math.floor(i / PER_ROW) * (H + CAPTION + GAP) + GAP;
  tiles.push({ input, left, top }, { input: output, left: left + W + GAP, top });
  tiles.push({ input: caption(name, r, 2 * W + GAP), left, top: top + H });
  console.log(
    name,
    r.report.pass ? 'pass' : 'fail',
    r.report.items.filter((x) => x.status === 'fail').map((x) => x.rule),
  );
}
const rows = Math.ceil(names.length / PER_ROW);
mkdirSync(dirname(out), { recursive: true });
await sharp({
  create: {
    width: PER_ROW * (2 * W + 3 * GAP) + GAP,
    height: rows * (H + CAPTION + GAP) + GAP,
    channels: 3,
    background: '#e5e5e5',
  },
})
  .composite(tiles)
  .png({ compressionLevel: 9 })
  .toFile(out);
console.log(`wrote ${out}`);
