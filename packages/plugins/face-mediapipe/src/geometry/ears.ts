import type { EarVisibility, Point } from '@idphoto/sdk';
import { type Patch, samplePatch, ycbcr } from '../image/patch.js';
import type { Pyramid } from '../image/pyramid.js';
import { LM } from '../mesh/landmarks.js';

/** Ear score at or above which an ear counts as visible. */
export const EAR_VISIBLE_THRESHOLD = 0.35;

const SAMPLES = 16;

/**
 * Ear visibility per side. An ear sits just outside the face contour from brow to nose-tip
 * height, so for each side the method samples a 16×16 band outside the cheek point (234
 * image-left, 454 image-right): from 3 % to 16 % of the face width outwards, from 22 % of the face
 * height above the cheek point to 8 % below, in the face's own (roll-corrected) frame. A sample is
 * skin-like when its YCbCr chroma lies within the cheeks' spread (mesh 50, 280; at least ±8), its
 * luma within 0.35–1.8× the cheeks' (an ear is often in shade), and — when the hair differs from
 * the skin — it is nearer the skin colour than the hair colour (sampled just above the forehead
 * contour; luma weighs a quarter, as shade changes luma far more than chroma). The score is the
 * skin-like fraction, damped when the head is turned away from that side: with yaw beyond 20°
 * towards a side, the far ear is hidden behind the head whatever the pixels say.
 * Limits: a background of skin colour reads as an ear; a deeply shaded ear does not; greyscale
 * photos compare luma only.
 */
export function earVisibility(
  pyramid: Pyramid,
  points: readonly Point[],
  yaw: number,
): { left: EarVisibility; right: EarVisibility } {
  const cl = points[LM.cheekLeft]!;
  const cr = points[LM.cheekRight]!;
  const width = Math.hypot(cr.x - cl.x, cr.y - cl.y);
  const height = Math.hypot(
    points[LM.chin]!.x - points[LM.hairline]!.x,
    points[LM.chin]!.y - points[LM.hairline]!.y,
  );
  const ux = (cr.x - cl.x) / width;
  const uy = (cr.y - cl.y) / width;
  // v: down the face (u turned 90° clockwise in image coordinates).
  const vx = -uy;
  const vy = ux;
  const skin = skinReference(pyramid, points, width);
  const hair = hairReference(pyramid, points, { x: ux, y: uy }, width, height, skin);
  const side = (cheek: Point, dir: 1 | -1, turnedAway: number): EarVisibility => {
    const step = (0.13 * width) / SAMPLES;
    const vstep = (0.3 * height) / SAMPLES;
    const origin = {
      x: cheek.x + dir * ux * 0.03 * width - vx * 0.22 * height,
      y: cheek.y + dir * uy * 0.03 * width - vy * 0.22 * height,
    };
    const patch = samplePatch(
      pyramid,
      origin,
      { x: dir * ux * step, y: dir * uy * step },
      { x: vx * vstep, y: vy * vstep },
      SAMPLES,
      SAMPLES,
    );
    const fraction = skinFraction(patch, skin, hair);
    const damp = Math.max(0, Math.min(1, 1 - (turnedAway - 20) / 20));
    const score = round(fraction * damp);
    return { score, visible: score >= EAR_VISIBLE_THRESHOLD };
  };
  return { left: side(cl, -1, -yaw), right: side(cr, 1, yaw) };
}

interface SkinModel {
  readonly y: number;
  readonly cb: number;
  readonly cr: number;
  readonly tolCb: number;
  readonly tolCr: number;
}

function skinReference(pyramid: Pyramid, points: readonly Point[], width: number): SkinModel {
  const size = 0.12 * width;
  const values: [number, number, number][] = [];
  for (const index of [LM.cheekSkinLeft, LM.cheekSkinRight]) {
    const c = points[index]!;
    const patch = samplePatch(
      pyramid,
      { x: c.x - size / 2, y: c.y - size / 2 },
      { x: size / 6, y: 0 },
      { x: 0, y: size / 6 },
      6,
      6,
    );
    for (let i = 0; i < 36; i++)
      values.push(ycbcr(patch.rgb[3 * i]!, patch.rgb[3 * i + 1]!, patch.rgb[3 * i + 2]!));
  }
  const mean = (k: 0 | 1 | 2): number => values.reduce((s, v) => s + v[k], 0) / values.length;
  const spread = (k: 1 | 2, m: number): number =>
    Math.sqrt(values.reduce((s, v) => s + (v[k] - m) ** 2, 0) / values.length);
  const cb = mean(1);
  const cr = mean(2);
  return {
    y: mean(0),
    cb,
    cr,
    tolCb: Math.max(8, 2.5 * spread(1, cb)),
    tolCr: Math.max(8, 2.5 * spread(2, cr)),
  };
}

/**
 * Hair colour: of three patches just above the forehead contour (over mesh 10, 103 and 332), the
 * one least like the cheeks — a parting or a high forehead shows skin at the centre only.
 */
function hairReference(
  pyramid: Pyramid,
  points: readonly Point[],
  u: Point,
  width: number,
  height: number,
  skin: SkinModel,
): [number, number, number] {
  const v = { x: -u.y, y: u.x };
  const skinColour = [skin.y, skin.cb, skin.cr] as const;
  let best: [number, number, number] = [skin.y, skin.cb, skin.cr];
  let bestDistance = -1;
  for (const index of [LM.hairline, LM.foreheadLeft, LM.foreheadRight]) {
    const p = points[index]!;
    const origin = {
      x: p.x - u.x * 0.06 * width - v.x * 0.1 * height,
      y: p.y - u.y * 0.06 * width - v.y * 0.1 * height,
    };
    const colour = meanColour(
      samplePatch(
        pyramid,
        origin,
        { x: (u.x * 0.12 * width) / 4, y: (u.y * 0.12 * width) / 4 },
        { x: (v.x * 0.06 * height) / 4, y: (v.y * 0.06 * height) / 4 },
        4,
        4,
      ),
    );
    const d = distance(colour, skinColour);
    if (d > bestDistance) {
      bestDistance = d;
      best = colour;
    }
  }
  return best;
}

/** Colour distance with luma at quarter weight (shading changes luma far more than chroma). */
function distance(p: readonly [number, number, number], q: readonly [number, number, number]): number {
  return Math.hypot((p[0] - q[0]) / 4, p[1] - q[1], p[2] - q[2]);
}

function meanColour(patch: Patch): [number, number, number] {
  const n = patch.width * patch.height;
  const sum: [number, number, number] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const c = ycbcr(patch.rgb[3 * i]!, patch.rgb[3 * i + 1]!, patch.rgb[3 * i + 2]!);
    sum[0] += c[0];
    sum[1] += c[1];
    sum[2] += c[2];
  }
  return [sum[0] / n, sum[1] / n, sum[2] / n];
}

function skinFraction(patch: Patch, skin: SkinModel, hair: readonly [number, number, number]): number {
  const n = patch.width * patch.height;
  const skinColour = [skin.y, skin.cb, skin.cr] as const;
  // Hair distinct from skin (not a bald head or a high forehead): samples nearer the hair are hair.
  const useHair = distance(hair, skinColour) > 20;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = ycbcr(patch.rgb[3 * i]!, patch.rgb[3 * i + 1]!, patch.rgb[3 * i + 2]!);
    if (
      Math.abs(c[1] - skin.cb) <= skin.tolCb &&
      Math.abs(c[2] - skin.cr) <= skin.tolCr &&
      c[0] >= 0.35 * skin.y &&
      c[0] <= 1.8 * skin.y &&
      (!useHair || distance(c, skinColour) < distance(c, hair))
    )
      count++;
  }
  return count / n;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
