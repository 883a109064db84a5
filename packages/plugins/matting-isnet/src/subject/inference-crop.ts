import type { Box, FaceAnalysis } from '@idphoto/sdk';
import type { FaceSeed } from './select-subject.js';

/** Face width (cheek to cheek) kept on each side of the face centre when cropping for inference. */
const SIDE_FACE_WIDTHS = 4.5;
/** Face heights (chin to hairline) kept above the eyes: room for tall hair, a bun, a hat. */
const TOP_FACE_HEIGHTS = 2.5;

/**
 * The part of `region` IS-Net looks at. Without a face it is the region itself. With a face it
 * is the region narrowed to the face's surroundings — 4.5 face widths either side of the face
 * centre, 2.5 face heights above the eyes, everything below — so the network's fixed pixel
 * budget is spent on the subject rather than on a wide 12 MP frame; what lies outside is far
 * from the subject and gets alpha 0 anyway. Integer source pixels.
 */
export function inferenceCrop(region: Box, face: FaceAnalysis | undefined): Box {
  if (!face) return region;
  const cx = (face.eyes.left.x + face.eyes.right.x) / 2;
  const eyeY = (face.eyes.left.y + face.eyes.right.y) / 2;
  const side = SIDE_FACE_WIDTHS * Math.max(face.faceWidth, face.box.width);
  const above = TOP_FACE_HEIGHTS * Math.max(face.faceHeight, face.box.height);
  const x0 = Math.max(region.x, Math.floor(cx - side));
  const x1 = Math.min(region.x + region.width, Math.ceil(cx + side));
  const y0 = Math.max(region.y, Math.floor(eyeY - above));
  const y1 = region.y + region.height;
  if (x1 - x0 < 8 || y1 - y0 < 8) return region;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Shortest side the network gets. IS-Net's deepest stage sees the input at 1/64 of its size
 * through convolutions dilated up to 8; below about 6 cells (384 px) that stage sees mostly
 * padding and the whole map collapses to low confidence (measured: a 1728×1080 composite at
 * 384×256 loses the subject entirely, SAD 314 vs 14 at 384×384). Thinner crops are stretched to
 * it — the network was trained on inputs stretched to a square, so that is in its distribution.
 */
export const MIN_INFERENCE_SIDE = 384;

/**
 * The network input size for a crop: the long side scaled to `longSide`, aspect kept, the short
 * side raised to {@link MIN_INFERENCE_SIDE}, both rounded to multiples of 32 (five 2× poolings
 * after a stride-2 stem then divide evenly).
 */
export function inferenceSize(crop: Box, longSide: number): { width: number; height: number } {
  const s = longSide / Math.max(crop.width, crop.height);
  const side = (v: number): number =>
    Math.max(Math.min(MIN_INFERENCE_SIDE, longSide), Math.round((v * s) / 32) * 32, 32);
  return { width: side(crop.width), height: side(crop.height) };
}

/** The face core and centre in the pixels of a `width`×`height` map covering `crop`. */
export function faceSeed(
  face: Pick<FaceAnalysis, 'eyes' | 'chin' | 'faceWidth'>,
  crop: Box,
  width: number,
  height: number,
): FaceSeed {
  const sx = width / crop.width;
  const sy = height / crop.height;
  const eyeX = (face.eyes.left.x + face.eyes.right.x) / 2;
  const eyeY = (face.eyes.left.y + face.eyes.right.y) / 2;
  const halfWidth = Math.max(Math.abs(face.eyes.right.x - face.eyes.left.x) / 2, face.faceWidth * 0.2);
  const bottom = eyeY + (face.chin.y - eyeY) * 0.8;
  return {
    core: {
      x: (eyeX - halfWidth - crop.x) * sx,
      y: (Math.min(eyeY, bottom) - crop.y) * sy,
      width: 2 * halfWidth * sx,
      height: Math.abs(bottom - eyeY) * sy,
    },
    center: { x: (eyeX - crop.x) * sx, y: ((eyeY + face.chin.y) / 2 - crop.y) * sy },
  };
}
