import type { Box } from '@idphoto/sdk';
import { chamferDistance } from '../subject/distance-transform.js';
import { boxFilter } from './box-filter.js';
import { type HairFace, hairZone } from './hair-zone.js';

/** Colour-statistics cells per face width (the local colour means are smooth; this keeps them cheap). */
const CELLS_PER_FACE = 48;
/** Only pixels this close (face widths) to confident background are re-judged: the hair band. */
const BAND = 0.1;
/** Foreground colours are sampled from the confident subject at least this deep (face widths). */
const DEEP = 0.03;
/** Radius (face widths) of the local background and foreground colour means. */
const BACKGROUND_RADIUS = 0.12;
const FOREGROUND_RADIUS = 0.2;
/**
 * Colour contrast between the local foreground and background means (RGB distance, 0–255) from
 * which the colour evidence starts to count, and where it counts fully. Below it (dark hair on a
 * dark wall) colour cannot tell strand from gap and the matte is left as it is.
 */
const CONTRAST = [30, 70] as const;
/**
 * Distance of a pixel's colour from the line between the two means, as a share of their
 * distance (at least {@link CONTRAST}'s upper end), where the evidence starts to fade and where it is gone: a colour neither mix
 * explains (a highlight, an earring, a third object) is not judged.
 */
const OFF_LINE = [0.3, 0.6] as const;
/** Luma bands (0–255) of the subject colour means. */
const LUMA_BANDS = [
  [0, 85],
  [85, 170],
  [170, 256],
] as const;
/**
 * Share of subject colour in a pixel's mix (`t`) below which it is a background gap and is
 * lowered fully, and above which it is left alone: the step clears gaps, it does not re-matte
 * strands.
 */
const GAP_MIX = [0.3, 0.6] as const;
/** Side (face widths, half of it) of the opening that keeps gaps and drops flecks. */
const OPENING = 0.008;
/** Scale (alpha, 0–255) of the soft minimum over the subject colours' proposals. */
const SOFT_MIN = 40;
/** Least share of a colour mean's window that must hold samples for the mean to count. */
const MIN_SUPPORT = 0.02;

/** What {@link clearBackgroundGaps} needs. */
export interface BackgroundGapsInput {
  /** The refined matte (0–255), changed in place. */
  readonly alpha: Uint8Array;
  /** The photo at the matte's resolution (interleaved RGB). */
  readonly rgb: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** What the matte covers, in source pixels. */
  readonly region: Box;
  readonly face: HairFace;
}

/**
 * Lowers alpha where hair lets the background show through but the matte says subject.
 *
 * IS-Net fills the gaps between hair strands: a patch of hedge between two locks comes out at
 * 0.7–1, the edge steepening of the refinement pushes it to 1, and no foreground estimation can
 * take the hedge out of a pixel the matte calls opaque — the finished photo shows it inside the
 * hair. So, in the hair band (pixels within {@link BAND} face widths of confident background, in
 * the {@link hairZone}), each pixel is compared with two local colour means: the background's
 * (alpha ≤ 0.02 around it) and the subject's (alpha ≥ 0.98, at least {@link DEEP} face widths
 * inside, so a gap never samples itself). Its colour, projected on the line between them, gives
 * the mix the photo shows (`t = (I − B)·(F − B) / |F − B|²`, the compositing equation solved for
 * alpha); where that is below the matte's alpha the matte is lowered towards it — by the
 * evidence's confidence: full when the two means differ clearly ({@link CONTRAST}) and the
 * pixel lies near the line between them ({@link OFF_LINE}), none when the wall is as dark as the
 * hair. Alpha is never raised; the subject's core, the face, collar and neckline are never
 * touched. A local colour model fitted to this photo's neighbourhood — nothing is keyed on a
 * particular colour. Returns how many pixels changed.
 */
export function clearBackgroundGaps(input: BackgroundGapsInput): number {
  const { alpha, rgb, width, height, region, face } = input;
  const unit = (face.faceWidth * width) / region.width; // face width in matte pixels
  if (!(unit >= 8)) return 0;
  const cell = Math.max(1, Math.round(unit / CELLS_PER_FACE));
  const gw = Math.ceil(width / cell);
  const gh = Math.ceil(height / cell);
  const gn = gw * gh;
  // Block means of alpha and colour.
  const ga = new Float32Array(gn);
  const gc = [new Float32Array(gn), new Float32Array(gn), new Float32Array(gn)] as const;
  const count = new Float32Array(gn);
  for (let y = 0; y < height; y++) {
    const row = ((y / cell) | 0) * gw;
    for (let x = 0, i = y * width; x < width; x++, i++) {
      const g = row + ((x / cell) | 0);
      ga[g] = ga[g]! + alpha[i]!;
      gc[0][g] = gc[0][g]! + rgb[3 * i]!;
      gc[1][g] = gc[1][g]! + rgb[3 * i + 1]!;
      gc[2][g] = gc[2][g]! + rgb[3 * i + 2]!;
      count[g] = count[g]! + 1;
    }
  }
  const background = new Uint8Array(gn);
  const notCore = new Uint8Array(gn);
  let anyBackground = false;
  for (let g = 0; g < gn; g++) {
    const n = count[g]!;
    ga[g] = ga[g]! / (255 * n);
    for (const plane of gc) plane[g] = plane[g]! / n;
    background[g] = ga[g]! <= 0.02 ? 1 : 0;
    notCore[g] = ga[g]! >= 0.98 ? 0 : 1;
    anyBackground ||= background[g] === 1;
  }
  if (!anyBackground) return 0;
  const all = { x0: 0, y0: 0, x1: gw - 1, y1: gh - 1 };
  const toBackground = chamferDistance(background, gw, gh, all);
  const depth = chamferDistance(notCore, gw, gh, all);

  // Per cell: how much the cell is hair band (near background, in the hair zone), 0–1.
  const zone = hairZone(face);
  const sx = region.width / width;
  const sy = region.height / height;
  const band = (BAND * unit) / cell;
  const weight = new Float32Array(gn);
  let active = 0;
  for (let gy = 0; gy < gh; gy++)
    for (let gx = 0; gx < gw; gx++) {
      const g = gy * gw + gx;
      const near = ramp(band + 1 - toBackground[g]!);
      if (near <= 0) continue;
      const w = near * zone(region.x + (gx + 0.5) * cell * sx, region.y + (gy + 0.5) * cell * sy);
      weight[g] = w;
      if (w > 0) active++;
    }
  if (active === 0) return 0;
  // Cells whose pixels may change: a weighted cell or a neighbour of one (bilinear reach).
  const touched = new Uint8Array(gn);
  for (let gy = 0; gy < gh; gy++)
    for (let gx = 0; gx < gw; gx++) {
      if (weight[gy * gw + gx]! <= 0) continue;
      for (let y = Math.max(0, gy - 1); y <= Math.min(gh - 1, gy + 1); y++)
        touched.fill(1, y * gw + Math.max(0, gx - 1), y * gw + Math.min(gw, gx + 2));
    }

  // Local colour sums (normalised after interpolation): background cells, and subject cells
  // deep inside the core.
  const deep = (DEEP * unit) / cell;
  const sums = (mask: (g: number) => boolean, radius: number): Float32Array[] => {
    const r = Math.max(1, Math.round(radius / cell));
    const support = new Float32Array(gn);
    for (let g = 0; g < gn; g++) support[g] = mask(g) ? 1 : 0;
    const scratch = new Float32Array(gn);
    const planes = gc.map((plane) => {
      const weighted = new Float32Array(gn);
      for (let g = 0; g < gn; g++) weighted[g] = plane[g]! * support[g]!;
      return boxFilter(weighted, gw, gh, r, weighted, scratch);
    });
    return [...planes, boxFilter(support, gw, gh, r, support, scratch)];
  };
  const bg = sums((g) => background[g] === 1, BACKGROUND_RADIUS * unit);
  // The subject is rarely one colour (dark hair over a white shirt): its deep pixels are split
  // into luma bands, each with its own mean, and a pixel is judged against every one of them.
  const luma = (g: number): number => 0.299 * gc[0][g]! + 0.587 * gc[1][g]! + 0.114 * gc[2][g]!;
  const fgs = LUMA_BANDS.map(([lo, hi]) =>
    sums(
      (g) => notCore[g] === 0 && depth[g]! >= deep && luma(g) >= lo && luma(g) < hi,
      FOREGROUND_RADIUS * unit,
    ),
  );

  const b = new Float32Array(4);
  const f = new Float32Array(4);
  const lowering = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const v = Math.min(gh - 1, Math.max(0, (y + 0.5) / cell - 0.5));
    const y0 = Math.min(Math.max(0, gh - 2), Math.floor(v));
    const y1 = Math.min(gh - 1, y0 + 1);
    const fy = v - y0;
    const rowTouched = (y / cell) | 0;
    for (let x = 0, i = y * width; x < width; x++, i++) {
      const a = alpha[i]!;
      if (a === 0 || !touched[rowTouched * gw + ((x / cell) | 0)]) continue;
      const u = Math.min(gw - 1, Math.max(0, (x + 0.5) / cell - 0.5));
      const x0 = Math.min(Math.max(0, gw - 2), Math.floor(u));
      const x1 = Math.min(gw - 1, x0 + 1);
      const fx = u - x0;
      const g00 = y0 * gw + x0;
      const g01 = y0 * gw + x1;
      const g10 = y1 * gw + x0;
      const g11 = y1 * gw + x1;
      const w00 = (1 - fx) * (1 - fy);
      const w01 = fx * (1 - fy);
      const w10 = (1 - fx) * fy;
      const w11 = fx * fy;
      const lerp = (p: Float32Array): number => p[g00]! * w00 + p[g01]! * w01 + p[g10]! * w10 + p[g11]! * w11;
      const w = lerp(weight);
      if (w <= 0) continue;
      for (let c = 0; c < 4; c++) b[c] = lerp(bg[c]!);
      const bgSupport = ramp(b[3]! / MIN_SUPPORT - 1);
      if (bgSupport <= 0) continue;
      const b0 = b[0]! / b[3]!;
      const b1 = b[1]! / b[3]!;
      const b2 = b[2]! / b[3]!;
      const e0 = rgb[3 * i]! - b0;
      const e1 = rgb[3 * i + 1]! - b1;
      const e2 = rgb[3 * i + 2]! - b2;
      // Each subject colour that explains the pixel as a mix with the background says how much
      // to lower it; the colours that ask least count most (a soft minimum), so any subject
      // colour the pixel could be keeps it, and a colour that does not explain it has no say.
      let weights = 0;
      let lowered = 0;
      let explained = 0;
      for (const fgk of fgs) {
        for (let c = 0; c < 4; c++) f[c] = lerp(fgk[c]!);
        const fgSupport = ramp(f[3]! / MIN_SUPPORT - 1);
        if (fgSupport <= 0) continue;
        const d0 = f[0]! / f[3]! - b0;
        const d1 = f[1]! / f[3]! - b1;
        const d2 = f[2]! / f[3]! - b2;
        const dd = d0 * d0 + d1 * d1 + d2 * d2;
        const t = dd > 0 ? (e0 * d0 + e1 * d1 + e2 * d2) / dd : 1;
        const r0 = e0 - t * d0;
        const r1 = e1 - t * d1;
        const r2 = e2 - t * d2;
        const off = Math.sqrt((r0 * r0 + r1 * r1 + r2 * r2) / Math.max(dd, CONTRAST[1] * CONTRAST[1]));
        const fit = fgSupport * ramp((OFF_LINE[1] - off) / (OFF_LINE[1] - OFF_LINE[0]));
        if (fit <= 0) continue;
        const contrast = ramp((Math.sqrt(dd) - CONTRAST[0]) / (CONTRAST[1] - CONTRAST[0]));
        const target = t <= 0 ? 0 : t >= 1 ? 255 : t * 255;
        // Only what looks mostly like background is lowered: a strand's own mix, a sheen on dark
        // hair against a pale wall, stays as the network said.
        const gap = ramp((GAP_MIX[1] - t) / (GAP_MIX[1] - GAP_MIX[0]));
        const lower = target >= a ? 0 : contrast * gap * (a - target);
        const weight = fit * Math.exp(-lower / SOFT_MIN);
        weights += weight;
        lowered += weight * lower;
        if (fit > explained) explained = fit;
      }
      if (weights <= 0) continue;
      lowering[i] = Math.round(w * bgSupport * explained * (lowered / weights));
    }
  }
  // Gaps are areas; a sheen on a strand or a fleck of light in dark hair is not. A grey-level
  // opening of the lowering (minimum, then maximum, over a square of OPENING face widths) keeps
  // it only where it covers the whole square.
  const r = Math.max(1, Math.round(OPENING * unit));
  const inside = (i: number): boolean =>
    touched[((((i / width) | 0) / cell) | 0) * gw + (((i % width) / cell) | 0)] === 1;
  const solid = new Uint8Array(lowering.length);
  for (let i = 0; i < solid.length; i++) solid[i] = lowering[i]! * 3 >= alpha[i]! && lowering[i]! > 0 ? 1 : 0;
  const opened = dilate(erode(solid, width, height, r, inside), width, height, r + 2, inside);
  let changed = 0;
  for (let i = 0; i < opened.length; i++) {
    const lower = opened[i] ? lowering[i]! : 0;
    if (lower > 0) {
      alpha[i] = alpha[i]! - lower;
      changed++;
    }
  }
  return changed;
}

/** Separable minimum over a (2r+1)² square, computed where `inside` (0 elsewhere). */
function erode(
  src: Uint8Array,
  width: number,
  height: number,
  r: number,
  inside: (i: number) => boolean,
): Uint8Array {
  return extreme(src, width, height, r, inside, Math.min);
}

/** Separable maximum over a (2r+1)² square, computed where `inside` (0 elsewhere). */
function dilate(
  src: Uint8Array,
  width: number,
  height: number,
  r: number,
  inside: (i: number) => boolean,
): Uint8Array {
  return extreme(src, width, height, r, inside, Math.max);
}

function extreme(
  src: Uint8Array,
  width: number,
  height: number,
  r: number,
  inside: (i: number) => boolean,
  pick: (a: number, b: number) => number,
): Uint8Array {
  const rows = new Uint8Array(src.length);
  const out = new Uint8Array(src.length);
  const mask = new Uint8Array(src.length);
  for (let i = 0; i < src.length; i++) mask[i] = inside(i) ? 1 : 0;
  for (let y = 0; y < height; y++)
    for (let x = 0, i = y * width; x < width; x++, i++) {
      if (!mask[i]) continue;
      let v = src[i]!;
      for (let k = Math.max(0, x - r); k <= Math.min(width - 1, x + r); k++) v = pick(v, src[y * width + k]!);
      rows[i] = v;
    }
  for (let y = 0; y < height; y++)
    for (let x = 0, i = y * width; x < width; x++, i++) {
      if (!mask[i]) continue;
      let v = rows[i]!;
      for (let k = Math.max(0, y - r); k <= Math.min(height - 1, y + r); k++)
        v = pick(v, rows[k * width + x]!);
      out[i] = v;
    }
  return out;
}

function ramp(v: number): number {
  return v <= 0 ? 0 : v >= 1 ? 1 : v;
}
