import type { Box, FaceAnalysis, GrayImage, Point } from '@idphoto/sdk';

/** Alpha (0–255) below which the walk has left the head. */
const OPAQUE = 128;

/**
 * Finds the top of the head (top of the hair) in a matte: starting between the eyes, walks up
 * the face's own vertical axis — the direction from the chin to the hairline (mesh point 10),
 * so a tilted head is followed along its tilt — until the matte drops below 0.5 and stays below
 * for 4% of the face height (gaps between curls or a parting do not stop the walk). Returns the
 * last subject point in source pixels, or the point where the walk leaves the matte (the head is
 * cut off there). `undefined` when the eyes are not on the subject.
 */
export function findHeadTop(
  alpha: GrayImage,
  region: Box,
  face: Pick<FaceAnalysis, 'eyes' | 'chin' | 'hairline' | 'faceHeight'>,
): Point | undefined {
  const sx = alpha.width / region.width;
  const sy = alpha.height / region.height;
  const start = {
    x: ((face.eyes.left.x + face.eyes.right.x) / 2 - region.x) * sx,
    y: ((face.eyes.left.y + face.eyes.right.y) / 2 - region.y) * sy,
  };
  let dx = (face.hairline.x - face.chin.x) * sx;
  let dy = (face.hairline.y - face.chin.y) * sy;
  const length = Math.hypot(dx, dy);
  if (!(length > 0)) return undefined;
  dx /= length;
  dy /= length;
  const step = 0.5;
  const tolerance = Math.max(2, 0.04 * face.faceHeight * Math.min(sx, sy));
  const at = (x: number, y: number): number | undefined => {
    const ix = Math.floor(x);
    const iy = Math.floor(y);
    if (ix < 0 || iy < 0 || ix >= alpha.width || iy >= alpha.height) return undefined;
    return alpha.data[iy * alpha.width + ix];
  };
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
  return { x: region.x + last.x / sx, y: region.y + last.y / sy };
}
