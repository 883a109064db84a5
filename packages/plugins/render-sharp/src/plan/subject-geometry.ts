import { type FaceAnalysis, type MattingOutput, measureHeadTop } from '@idphoto/sdk';

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
  /**
   * Leftmost and rightmost subject pixel (matte alpha ≥ ½) between the head top and the chin —
   * the head with its hair. Absent without a matte.
   */
  readonly headSpan?: { readonly left: number; readonly right: number };
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
  // Measured here, as the validator measures it on the finished photo, rather than taken from the
  // matting stage: a third-party matting plugin may report a head top of its own making, and the
  // crop must land where the validator will look (the bundled stage reports this same measure).
  const fromMatte = matte ? (measureHeadTop(matte, face) ?? matte.headTop) : undefined;
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
    ...(matte ? withSpan(headSpan(matte, headTopY, face.chin.y)) : {}),
  };
}

/** Alpha at or above which a matte pixel is the subject (what the validator's cut-off rule uses). */
const SUBJECT_ALPHA = 128;

/**
 * Horizontal extent of the subject between `top` and `bottom` (source pixels) in the matte: the
 * head with its hair, which must fit inside the frame's sides. A subject that runs into the matte
 * region's side reports that side (the pixels beyond are unknown).
 */
export function headSpan(
  matte: MattingOutput,
  top: number,
  bottom: number,
): { left: number; right: number } | undefined {
  const { alpha, region, scale } = matte;
  const { width: aw, height: ah, data } = alpha;
  const y0 = Math.max(0, Math.floor((top - region.y) * scale));
  const y1 = Math.min(ah, Math.ceil((bottom - region.y) * scale));
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let y = y0; y < y1; y++) {
    const row = y * aw;
    for (let x = 0; x < aw && x < lo; x++) if (data[row + x]! >= SUBJECT_ALPHA) lo = x;
    for (let x = aw - 1; x >= 0 && x > hi; x--) if (data[row + x]! >= SUBJECT_ALPHA) hi = x + 1;
  }
  if (!(hi > lo)) return undefined;
  return { left: region.x + lo / scale, right: region.x + hi / scale };
}

function withSpan(span: { left: number; right: number } | undefined): Pick<SubjectGeometry, 'headSpan'> {
  return span ? { headSpan: span } : {};
}
