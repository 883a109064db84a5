import type { FaceAnalysis, MattingOutput } from '@idphoto/sdk';

/** The measurements of the subject a crop plan is solved from, in source pixels. */
export interface SubjectGeometry {
  /** Mean y of the eye centres (what validators call the eye line). */
  readonly eyeY: number;
  /** Top of the head, hair included. */
  readonly headTopY: number;
  /** Whether {@link headTopY} came from the matte (otherwise it is estimated from the hairline). */
  readonly headTopFromMatte: boolean;
  /** Lowest point of the chin. */
  readonly chinY: number;
  /** Cheek-to-cheek width. */
  readonly faceWidth: number;
  /** Distance between the eye centres. */
  readonly eyeDistance: number;
  /** Horizontal centre of the face: midway between the cheek points (mesh 234/454). */
  readonly centreX: number;
}

/**
 * Above the hairline (mesh 10) the skull and hair continue for roughly this fraction of the
 * chin→hairline distance; used only when no matte gives the real head top (`crop-only` without a
 * matting stage). Anthropometric forehead/vertex proportions put the vertex 0.2–0.3 face heights
 * above the hairline before any hair volume.
 */
const HEAD_TOP_ABOVE_HAIRLINE = 0.28;

/** Reads the plan inputs from a face analysis and (optionally) the matte's head top. */
export function subjectGeometry(face: FaceAnalysis, matte?: MattingOutput): SubjectGeometry {
  const eyeY = (face.eyes.left.y + face.eyes.right.y) / 2;
  const a = face.landmarks[234];
  const b = face.landmarks[454];
  const centreX = a && b ? (a.x + b.x) / 2 : (face.eyes.left.x + face.eyes.right.x) / 2;
  const fromMatte = matte?.headTop;
  const estimated = face.hairline.y - HEAD_TOP_ABOVE_HAIRLINE * Math.max(1, face.chin.y - face.hairline.y);
  // A matte head top below the hairline is a matting failure (e.g. a hat cut away): do not trust it.
  const headTopY = fromMatte && fromMatte.y <= face.hairline.y ? fromMatte.y : estimated;
  return {
    eyeY,
    headTopY,
    headTopFromMatte: headTopY === fromMatte?.y,
    chinY: face.chin.y,
    faceWidth: Math.max(1, face.faceWidth),
    eyeDistance: Math.max(1, face.interPupillary),
    centreX,
  };
}
