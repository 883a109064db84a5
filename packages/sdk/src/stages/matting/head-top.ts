import type { Point } from '../../image/types.js';
import type { FaceAnalysis } from '../face/contract.js';
import type { MattingOutput } from './contract.js';

// One measure for everyone who places or judges the head top: the render plans its crop with it on
// the source's matte and the validator re-measures the finished photo with it, so the head top lands
// where it was planned whatever matting plugin made the matte.

/** Alpha (0–255) at or above which a matte pixel is the subject. */
const OPAQUE = 128;
/** Half-width of the band of walks, each side of the face axis, as a share of the face width. */
const BAND = 0.4;
/**
 * Narrowest tuft of hair that counts as the top of the head, as a share of the face width
 * (about 1 cm): single strands and matte specks above the crown are narrower.
 */
const MIN_TUFT = 0.08;
/** A walk crosses gaps in the matte up to this share of the face height (partings, curls). */
const GAP = 0.04;

/**
 * Top of the head (top of the hair) in a subject matte, in the matte's source pixels.
 *
 * Walks up the face's own axis (chin → hairline, mesh point 10) from the eye line, as the matting
 * stage's `headTop` does, but not along one line only: one walk starts at every matte pixel of the
 * eye line within ±0.4 face widths of the eyes' midpoint, and each goes on until the matte stays
 * below ½ for 4 % of the face height. The head top is the highest level that the walks reach over a
 * run at least 8 % of the face width wide: the top of the crown, a bun or a quiff, not a stray strand
 * sticking up above it. A single walk lands on a strand or between two, depending on a pixel of the
 * face axis, and so moves by several pixels between two mattes of the same head (the source and the
 * finished photo); the band does not. If the walks leave the matte, the head is cut off there.
 * `undefined` when the eye line is not on the subject.
 */
export function measureHeadTop(
  matte: Pick<MattingOutput, 'alpha' | 'region'>,
  face: Pick<FaceAnalysis, 'eyes' | 'chin' | 'hairline' | 'faceHeight' | 'faceWidth'>,
): Point | undefined {
  const { alpha, region } = matte;
  const sx = alpha.width / region.width;
  const sy = alpha.height / region.height;
  const eyes = {
    x: ((face.eyes.left.x + face.eyes.right.x) / 2 - region.x) * sx,
    y: ((face.eyes.left.y + face.eyes.right.y) / 2 - region.y) * sy,
  };
  let dx = (face.hairline.x - face.chin.x) * sx;
  let dy = (face.hairline.y - face.chin.y) * sy;
  const length = Math.hypot(dx, dy);
  if (!(length > 0) || !(face.faceWidth > 0)) return undefined;
  dx /= length;
  dy /= length;
  const s = Math.min(sx, sy);
  const half = Math.max(0, Math.round(BAND * face.faceWidth * s));
  const run = Math.max(1, Math.round(MIN_TUFT * face.faceWidth * s));
  const tolerance = Math.max(2, GAP * face.faceHeight * s);
  const step = 0.5;
  const at = (x: number, y: number): number | undefined => {
    const ix = Math.floor(x);
    const iy = Math.floor(y);
    if (ix < 0 || iy < 0 || ix >= alpha.width || iy >= alpha.height) return undefined;
    return alpha.data[iy * alpha.width + ix];
  };
  /** Where the walk from `start` up the axis leaves the subject; `undefined` if it starts off it. */
  const walk = (start: Point): Point | undefined => {
    if ((at(start.x, start.y) ?? 0) < OPAQUE) return undefined;
    let last = start;
    for (let t = step; ; t += step) {
      const x = start.x + dx * t;
      const y = start.y + dy * t;
      const value = at(x, y);
      if (value === undefined) break;
      if (value >= OPAQUE) last = { x, y };
      else if (Math.hypot(x - last.x, y - last.y) > tolerance) break;
    }
    return last;
  };
  // The walks, one alpha pixel apart across the axis (perpendicular: (−dy, dx)).
  const ends: (Point | undefined)[] = [];
  for (let o = -half; o <= half; o++) ends.push(walk({ x: eyes.x - dy * o, y: eyes.y + dx * o }));
  // Highest level held over `run` neighbouring walks: the min over windows of the lowest end.
  let best: Point | undefined;
  for (let i = 0; i + run <= ends.length; i++) {
    let low: Point | undefined;
    for (let j = i; j < i + run; j++) {
      const end = ends[j];
      if (!end) {
        low = undefined;
        break;
      }
      if (!low || end.y > low.y) low = end;
    }
    if (low && (!best || low.y < best.y)) best = low;
  }
  if (!best) return undefined;
  return { x: region.x + best.x / sx, y: region.y + best.y / sy };
}
