import { type Box, clampBox } from '../image/types.js';
import { compositionInPixels } from '../spec/composition.js';
import type { Range, SpecDefinition } from '../spec/spec-definition.schema.js';
import type { FaceAnalysis } from '../stages/face/contract.js';

/** Area of the source a render for `spec` can use, and the alpha resolution worth computing there. */
export interface SubjectRegion {
  readonly region: Box;
  /** Alpha pixels per source pixel: about twice the output resolution, capped at 1. */
  readonly scale: number;
}

/**
 * Estimates, before matting, which part of the source a render for `spec` will use: the spec's
 * frame placed by the face's width and eye line, widened generously because the head top (known
 * only after matting) may move it. Matting only this region keeps large photos fast.
 */
export function subjectRegion(
  face: FaceAnalysis,
  imageWidth: number,
  imageHeight: number,
  spec: SpecDefinition,
): SubjectRegion {
  const { width: W, height: H } = spec.canvas;
  const c = compositionInPixels(spec, W, H);
  const faceTarget = mid(c.faceWidth) ?? (mid(c.headHeight) ? mid(c.headHeight)! * 0.68 : W * 0.5);
  const scale = faceTarget / Math.max(1, face.faceWidth);
  const frameW = W / scale;
  const frameH = H / scale;
  const eyeY = (face.eyes.left.y + face.eyes.right.y) / 2;
  const cx = (face.eyes.left.x + face.eyes.right.x) / 2;
  const eyeTarget = mid(c.eyeLine) ?? H * 0.42;
  const top = eyeY - eyeTarget / scale;
  const marginX = frameW * 0.45;
  const marginY = frameH * 0.35;
  const region = clampBox(
    {
      x: cx - frameW / 2 - marginX,
      y: top - marginY,
      width: frameW + 2 * marginX,
      height: frameH + 2 * marginY,
    },
    imageWidth,
    imageHeight,
  );
  const rounded = {
    x: Math.floor(region.x),
    y: Math.floor(region.y),
    width: Math.ceil(region.x + region.width) - Math.floor(region.x),
    height: Math.ceil(region.y + region.height) - Math.floor(region.y),
  };
  return {
    region: clampBox(rounded, imageWidth, imageHeight),
    scale: Math.min(1, Math.max(0.05, scale * 2)),
  };
}

function mid(range: Range | undefined): number | undefined {
  if (!range) return undefined;
  if (range.min !== undefined && range.max !== undefined) return (range.min + range.max) / 2;
  return range.min ?? range.max;
}
