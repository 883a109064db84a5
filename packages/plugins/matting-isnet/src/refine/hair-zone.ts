import { type FaceEllipse, faceEllipse, type HeadFace } from '../face-ellipse.js';

/** The face parts {@link hairZone} uses. */
export type HairFace = HeadFace;

/** The face itself (skin), as an ellipse in the face's axes: never in the zone. */
const FACE: FaceEllipse = { halfWidth: 0.5, halfHeight: 0.55, centreAboveChin: 0.5 };
/** Sideways reach from the chin, in face widths (hair falling over the shoulders, not arms). */
const SIDE_REACH = 2.5;
/** Lowest point, in face heights below the chin: long hair on the chest. */
const LOWEST = 1.6;
/** Below this (face heights under the chin: the base of the neck) only the sides are hair... */
const NECK_BASE = 0.2;
/** ...further than this from the chin's vertical, in face widths (collar and neckline stay out), ± softness. */
const NECK_SIDE = 0.6;
const SOFTNESS = 0.1;

/**
 * Where hair can lie over background, in 0–1 per source point: beside and above the head, and
 * below the base of the neck only to the sides, where long hair falls over the shoulders. The
 * face (skin) and the collar and neckline under the chin are outside — there the subject's
 * colour may match the wall (a white collar on a white wall) and the network's edge is the
 * only evidence. The face ellipse follows the face's roll; the rest follows the image axes
 * (the body stays upright when the head rolls). Soft edges, so nothing changes along a line.
 */
export function hairZone(face: HairFace): (x: number, y: number) => number {
  const { chin, faceWidth: fw, faceHeight: fh } = face;
  const skin = faceEllipse(face, FACE);
  const ramp = (v: number): number => (v <= 0 ? 0 : v >= 1 ? 1 : v);
  return (x: number, y: number): number => {
    const ox = x - chin.x;
    const oy = y - chin.y;
    const side = Math.abs(ox) / fw;
    const below = oy / fh;
    if (side > SIDE_REACH || below > LOWEST) return 0;
    if (skin(x, y) <= 1) return 0;
    const neck = ramp((NECK_BASE + SOFTNESS - below) / (2 * SOFTNESS));
    const sides = ramp((side - NECK_SIDE + SOFTNESS) / (2 * SOFTNESS));
    return Math.max(neck, sides) * ramp((SIDE_REACH - side) / SOFTNESS) * ramp((LOWEST - below) / SOFTNESS);
  };
}
