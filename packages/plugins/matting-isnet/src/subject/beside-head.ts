import { type FaceEllipse, faceEllipse, type HeadFace } from '../face-ellipse.js';

export type { HeadFace };

/**
 * The head itself, as an ellipse in the face's own axes (rolled with it): 0.6 face widths to
 * either side of the chin→hairline line and 0.75 face heights above and below a centre 0.6 face
 * heights above the chin — the skull from the chin to about 0.35 face heights over the hairline,
 * ears included. Nothing inside it is ever pruned.
 */
const HEAD: FaceEllipse = { halfWidth: 0.6, halfHeight: 0.75, centreAboveChin: 0.6 };
/** Sideways reach of the zone from the chin, in face widths: shoulders' width, not arms or props. */
const SIDE_REACH = 2;
/** Lower edge of the zone, in face heights below the chin (the base of the neck), ± its softness. */
const LOWER_EDGE = 0.2;
const LOWER_SOFTNESS = 0.1;

/**
 * How much a source point lies "beside or above the head", in 0–1: the part of a portrait where
 * IS-Net's half-attached background objects show as junk next to the head (curtain folds, flags,
 * logos) and where the person itself is only head and hair. 0 inside the head ellipse, further
 * than two face widths sideways (a raised hand, a held microphone), and below the neck base —
 * shoulders and clothes stay as the network said, whatever their confidence; 1 elsewhere above
 * the neck, with a soft lower edge (0.1–0.3 face heights below the chin) so nothing is cut along
 * a straight line. The lower edge and side reach follow the image axes (shoulders follow the
 * body, which stays upright when the head rolls); the head ellipse follows the face.
 */
export function besideHead(face: HeadFace): (x: number, y: number) => number {
  const { chin, faceWidth: fw, faceHeight: fh } = face;
  const head = faceEllipse(face, HEAD);
  return (x: number, y: number): number => {
    const ox = x - chin.x;
    const oy = y - chin.y;
    if (Math.abs(ox) > SIDE_REACH * fw) return 0;
    const below = oy / fh;
    if (below >= LOWER_EDGE + LOWER_SOFTNESS) return 0;
    if (head(x, y) <= 1) return 0;
    return Math.min(1, (LOWER_EDGE + LOWER_SOFTNESS - below) / (2 * LOWER_SOFTNESS));
  };
}
