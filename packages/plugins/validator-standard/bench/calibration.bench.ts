/**
 * Prints the measurements behind the default thresholds of quality.sharpness, quality.exposure and
 * lighting.face-balance: every frontal fixture rendered to 480×640 like a CHSI photo, and degraded
 * copies of it. Run: npx tsx --conditions=@idphoto/source packages/plugins/validator-standard/bench/calibration.bench.ts
 */
import type { RgbImage } from '@idphoto/sdk';
import { cheekBalance, faceExposure } from '../src/measure/face-light.js';
import { faceSharpness } from '../src/measure/sharpness.js';
import { faceCentreX } from '../src/measure/subject.js';
import { blurred, upscaledFromSmall } from '../test/images.js';
import { type RenderedFixture, renderLike } from '../test/render-like.js';
import { ruleContext } from '../test/run-rule.js';
import { shade } from '../test/synthetic.js';

const FRONTAL = [
  'a01_obama_enrol_flags.jpg',
  'a02_obama_podium.jpg',
  'b01_biden_tall_standing.jpg',
  'c02_kit_closeup_long_hair.jpg',
  'd01_rose_long_hair_cluttered.jpg',
  'derived_cmyk_alex_portrait.jpg',
  'g01_hv_bow_white_shirt.jpg',
  'g02_derived_chsi_candidate_480x640_blue.jpg',
  'hv_man_suit_gray_bg.jpg',
  'hv_webp_named_jpg_long_hair_outdoor.jpg',
  'hv_white_shirt_plain_bg.jpg',
  'multi_obama_biden.jpg',
];

interface Row {
  readonly sharp: number | null;
  readonly luma: number | null;
  readonly blown: number | null;
  readonly ratio: number | null;
}

function measure(r: RenderedFixture): Row {
  const face = r.analysis.faces[0];
  if (!face) return { sharp: null, luma: null, blown: null, ratio: null };
  const ctx = ruleContext({ image: r.image, bytes: r.bytes, faces: r.analysis.faces, analysis: r.analysis });
  const e = faceExposure(ctx, face);
  return {
    sharp: faceSharpness(ctx, face)?.index ?? null,
    luma: e?.meanLuma ?? null,
    blown: e?.highlights ?? null,
    ratio: cheekBalance(ctx, face)?.ratio ?? null,
  };
}

const f = (v: number | null, d = 0): string => (v === null ? '–' : v.toFixed(d));
const variants: [
  string,
  (image: RgbImage, mid: number, darkerLeft: boolean) => Promise<RgbImage> | RgbImage,
][] = [
  ['blur σ1', (i) => blurred(i, 1)],
  ['blur σ1.5', (i) => blurred(i, 1.5)],
  ['up ×2', (i) => upscaledFromSmall(i, 2)],
  ['up ×3', (i) => upscaledFromSmall(i, 3)],
  ['up ×4', (i) => upscaledFromSmall(i, 4)],
  ['half ×0.5', (i, mid, left) => shade(i, 0.5, (x) => (left ? x < mid : x >= mid))],
  ['half ×0.35', (i, mid, left) => shade(i, 0.35, (x) => (left ? x < mid : x >= mid))],
  ['dark ×0.35', (i) => shade(i, 0.35, () => true)],
  ['dark ×0.12', (i) => shade(i, 0.12, () => true)],
  ['bright ×2', (i) => shade(i, 2, () => true)],
];

console.log(['fixture', 'sharp', 'luma', 'blown%', 'ratio', ...variants.map((v) => v[0])].join('\t'));
for (const name of FRONTAL) {
  const base = await renderLike(name);
  const face = base.analysis.faces[0];
  if (!face) continue;
  const row = measure(base);
  const mid = faceCentreX(face);
  const ctx = ruleContext({ image: base.image, faces: base.analysis.faces, analysis: base.analysis });
  const darkerLeft = cheekBalance(ctx, face)?.darker === 'left';
  const cells: string[] = [];
  for (const [label, edit] of variants) {
    const m = measure(await renderLike(name, (i) => edit(i, mid, darkerLeft)));
    if (label.startsWith('blur') || label.startsWith('up')) cells.push(f(m.sharp));
    else if (label.startsWith('half')) cells.push(f(m.ratio, 2));
    else cells.push(`${f(m.luma)}/${f(m.blown === null ? null : m.blown * 100, 1)}%`);
  }
  console.log(
    [
      name.slice(0, 28),
      f(row.sharp),
      f(row.luma),
      f(row.blown === null ? null : row.blown * 100, 1),
      f(row.ratio, 2),
      ...cells,
    ].join('\t'),
  );
}
