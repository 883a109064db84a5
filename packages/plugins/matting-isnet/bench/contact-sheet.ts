/**
 * Renders a contact sheet: each photo next to its cut-out over a checkerboard and over ID-photo
 * blue, with the head top found by the matte marked in red.
 *
 *   npx tsx --conditions=@idphoto/source packages/plugins/matting-isnet/bench/contact-sheet.ts [out.png] [--internal]
 *
 * By default only public-domain fixtures (US-government portraits of Obama and Biden, the Navy
 * portrait of Grace Hopper) are used, so the result may be committed (docs/images/). `--internal`
 * renders the long-hair and other internal-only fixtures instead; never commit that sheet.
 */
import * as path from 'node:path';
import { sharpCapture } from '@idphoto/capture-sharp';
import { mediapipeFace } from '@idphoto/face-mediapipe';
import { createIdPhoto, FACE_ANALYZER, type FaceAnalysis, MATTING, type RgbImage } from '@idphoto/sdk';
import sharp from 'sharp';
import { isnetMatting } from '../src/index.js';
import { loadFixture, repoRoot } from '../test/fixtures.js';

const PUBLIC = [
  'multi_obama_biden.jpg',
  'a01_obama_enrol_flags.jpg',
  'a02_obama_podium.jpg',
  'b01_biden_tall_standing.jpg',
  'exif6_hopper_glasses.jpg',
];
const INTERNAL = [
  'd01_rose_long_hair_cluttered.jpg',
  'c02_kit_closeup_long_hair.jpg',
  'hv_webp_named_jpg_long_hair_outdoor.jpg',
  'g01_hv_bow_white_shirt.jpg',
  'hsd006_dark_skin_glasses_braids.jpg',
  'c01_kit_outdoor_small_face.jpg',
];
const ROW = 280;
const internal = process.argv.includes('--internal');
const out =
  process.argv.slice(2).find((a) => !a.startsWith('--')) ??
  (internal
    ? '/tmp/matting-contact-sheet-internal.png'
    : path.join(repoRoot, 'docs/images/matting-contact-sheet.png'));

const app = createIdPhoto({ plugins: [sharpCapture(), mediapipeFace(), isnetMatting()] });
const analyzer = app.resolver.resolve(FACE_ANALYZER);
const matting = app.resolver.resolve(MATTING);

function cutout(
  image: RgbImage,
  alpha: Uint8Array,
  background: (x: number, y: number) => number[],
): Uint8Array {
  const data = new Uint8Array(image.width * image.height * 3);
  for (let y = 0, i = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++, i++) {
      const a = alpha[i]! / 255;
      const bg = background(x, y);
      for (let c = 0; c < 3; c++) data[i * 3 + c] = Math.round(image.data[i * 3 + c]! * a + bg[c]! * (1 - a));
    }
  }
  return data;
}

async function tile(image: RgbImage, data: Uint8Array, mark?: { x: number; y: number }): Promise<Buffer> {
  const scale = ROW / image.height;
  const width = Math.max(1, Math.round(image.width * scale));
  const overlay = mark
    ? [
        {
          input: Buffer.from(
            `<svg width="${width}" height="${ROW}"><line x1="${mark.x * scale - 14}" x2="${mark.x * scale + 14}" y1="${mark.y * scale}" y2="${mark.y * scale}" stroke="red" stroke-width="2"/></svg>`,
          ),
          top: 0,
          left: 0,
        },
      ]
    : [];
  return sharp(data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(width, ROW, { fit: 'fill', kernel: 'lanczos3' })
    .composite(overlay)
    .png()
    .toBuffer();
}

async function row(
  name: string,
  image: RgbImage,
  face: FaceAnalysis | undefined,
  label: string,
): Promise<Buffer> {
  const result = await matting.matte({ image, ...(face ? { face } : {}) });
  const cell = Math.max(4, Math.round(image.height / 45));
  const checker = (x: number, y: number): number[] =>
    (Math.floor(x / cell) + Math.floor(y / cell)) % 2 ? [205, 205, 205] : [150, 150, 150];
  const tiles = [
    await tile(image, image.data),
    await tile(image, cutout(image, result.alpha.data, checker), result.headTop),
    await tile(
      image,
      cutout(image, result.alpha.data, () => [67, 142, 219]),
    ),
  ];
  const widths = await Promise.all(tiles.map(async (t) => (await sharp(t).metadata()).width!));
  const total = Math.max(
    760,
    widths.reduce((a, b) => a + b + 8, 0),
  );
  let left = 0;
  const parts = tiles.map((input, k) => {
    const part = { input, left, top: 24 };
    left += widths[k]! + 8;
    return part;
  });
  const caption = Buffer.from(
    `<svg width="${total}" height="24"><text x="4" y="17" font-family="sans-serif" font-size="14" fill="#222">${name} — ${label}</text></svg>`,
  );
  return sharp({ create: { width: total, height: ROW + 24, channels: 3, background: '#ffffff' } })
    .composite([...parts, { input: caption, left: 0, top: 0 }])
    .png()
    .toBuffer();
}

const rows: Buffer[] = [];
for (const name of internal ? INTERNAL : PUBLIC) {
  const image = await loadFixture(name);
  const { faces } = await analyzer.analyze({ image, embeddings: false });
  if (faces.length > 1) {
    for (const [k, face] of faces.entries())
      rows.push(
        await row(name, image, face, `face ${k + 1} of ${faces.length} given: only that person is kept`),
      );
  } else {
    rows.push(
      await row(
        name,
        image,
        faces[0],
        faces[0] ? 'photo · cut-out (red: head top) · over blue' : 'no face found: central subject',
      ),
    );
  }
}
const sizes = await Promise.all(rows.map((r) => sharp(r).metadata()));
const width = Math.max(...sizes.map((s) => s.width!));
let top = 0;
const placed = rows.map((input, k) => {
  const part = { input, left: 0, top };
  top += sizes[k]!.height! + 12;
  return part;
});
await sharp({ create: { width, height: top, channels: 3, background: '#ffffff' } })
  .composite(placed)
  .png({ compressionLevel: 9, palette: true, quality: 90, effort: 10 })
  .toFile(out);
console.log(`wrote ${out} (${width}×${top})`);
