import type { Box, Point } from '@idphoto/sdk';

/**
 * A BlazeFace detection in source-image pixels. `keypoints`: image-left eye, image-right eye,
 * nose tip, mouth centre, image-left ear tragion, image-right ear tragion.
 */
export interface Detection {
  readonly box: Box;
  readonly score: number;
  readonly keypoints: readonly Point[];
  /** Side of the detection window (tile) in source pixels, for diagnostics. */
  readonly window: number;
}

/** Intersection over union of two boxes. */
export function iou(p: Box, q: Box): number {
  const inter = intersection(p, q);
  const union = p.width * p.height + q.width * q.height - inter;
  return union > 0 ? inter / union : 0;
}

/** Intersection over the smaller box: 1 when one box lies inside the other. */
export function overlapOfSmaller(p: Box, q: Box): number {
  const smaller = Math.min(p.width * p.height, q.width * q.height);
  return smaller > 0 ? intersection(p, q) / smaller : 0;
}

function intersection(p: Box, q: Box): number {
  const w = Math.min(p.x + p.width, q.x + q.width) - Math.max(p.x, q.x);
  const h = Math.min(p.y + p.height, q.y + q.height) - Math.max(p.y, q.y);
  return w > 0 && h > 0 ? w * h : 0;
}
