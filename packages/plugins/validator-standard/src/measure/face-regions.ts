import {
  convexHull,
  FACEMESH_FACE_OVAL,
  type FaceAnalysis,
  type Point,
  polygonPixels,
  type RuleContext,
} from '@idphoto/sdk';
import { eyeLineY, faceCentreX } from './subject.js';

/**
 * Cheek patches: mesh points between the lower eyelid, the nose side, the mouth corner and the
 * jaw. The two lists are mirror images of each other in the FaceMesh topology.
 */
export const CHEEK_A = [
  116, 117, 118, 119, 100, 142, 203, 206, 216, 207, 187, 147, 123, 50, 101, 36, 205,
] as const;
export const CHEEK_B = [
  345, 346, 347, 348, 329, 371, 423, 426, 436, 427, 411, 376, 352, 280, 330, 266, 425,
] as const;

/** Pixel sets of a face, as indices into the photo. */
export interface FaceRegions {
  /** Inside the face oval (hairline to chin, cheek to cheek). */
  readonly oval: Int32Array;
  /** Cheek on the image-left side. */
  readonly left: Int32Array;
  /** Cheek on the image-right side. */
  readonly right: Int32Array;
  /** Whether the regions come from the 468-point mesh (`false`: ellipses from eyes and chin). */
  readonly fromMesh: boolean;
}

/** Face regions of `face` in a `width × height` photo. */
export function faceRegionsOf(face: FaceAnalysis, width: number, height: number): FaceRegions {
  const lm = face.landmarks;
  if (lm.length >= 468) {
    const pick = (ids: readonly number[]): Point[] => ids.map((i) => lm[i]!);
    const a = convexHull(pick(CHEEK_A));
    const b = convexHull(pick(CHEEK_B));
    const ax = a.reduce((s, p) => s + p.x, 0) / a.length;
    const bx = b.reduce((s, p) => s + p.x, 0) / b.length;
    const [left, right] = ax <= bx ? [a, b] : [b, a];
    return {
      oval: polygonPixels(pick(FACEMESH_FACE_OVAL), width, height),
      left: polygonPixels(left, width, height),
      right: polygonPixels(right, width, height),
      fromMesh: true,
    };
  }
  // Without a mesh: an ellipse from the hairline to the chin, and one ellipse under each eye.
  const cx = faceCentreX(face);
  const eyeY = eyeLineY(face);
  const top = Math.min(face.hairline.y, eyeY - face.faceWidth * 0.35);
  const rx = face.faceWidth / 2;
  const ry = (face.chin.y - top) / 2;
  const oval = ellipse(cx, top + ry, rx * 0.95, ry * 0.95);
  const cheekY = eyeY + (face.chin.y - eyeY) * 0.35;
  const cheek = (x: number): Point[] => ellipse(x, cheekY, rx * 0.22, ry * 0.18);
  const [le, re] =
    face.eyes.left.x <= face.eyes.right.x
      ? [face.eyes.left, face.eyes.right]
      : [face.eyes.right, face.eyes.left];
  return {
    oval: polygonPixels(oval, width, height),
    left: polygonPixels(cheek(le.x), width, height),
    right: polygonPixels(cheek(re.x), width, height),
    fromMesh: false,
  };
}

function ellipse(cx: number, cy: number, rx: number, ry: number): Point[] {
  const out: Point[] = [];
  for (let k = 0; k < 32; k++) {
    const t = (k / 32) * 2 * Math.PI;
    out.push({ x: cx + rx * Math.cos(t), y: cy + ry * Math.sin(t) });
  }
  return out;
}

/** Face regions of the subject face, memoised. */
export function faceRegions(ctx: RuleContext, face: FaceAnalysis): FaceRegions {
  const { width, height } = ctx.subject.image;
  return ctx.memo('face.regions', () => faceRegionsOf(face, width, height));
}
