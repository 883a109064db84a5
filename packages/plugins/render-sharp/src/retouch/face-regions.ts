import { convexHull, FACEMESH_FACE_OVAL, growPolygon, type Point } from '@idphoto/sdk';

/**
 * Features that retouching must leave untouched: eyes with lids and lashes (the rings around each
 * eye), eyebrows, lips and nostrils. FaceMesh annotation indices (`rightEyeUpper2`/`Lower2`, …).
 */
export const PROTECTED_FEATURES: Readonly<Record<string, readonly number[]>> = {
  rightEye: [113, 225, 224, 223, 222, 221, 189, 226, 31, 228, 229, 230, 231, 232, 233, 244],
  leftEye: [342, 445, 444, 443, 442, 441, 413, 446, 261, 448, 449, 450, 451, 452, 453, 464],
  rightBrow: [156, 70, 63, 105, 66, 107, 55, 193, 35, 124, 46, 53, 52, 65],
  leftBrow: [383, 300, 293, 334, 296, 336, 285, 417, 265, 353, 276, 283, 282, 295],
  lips: [61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291, 146, 91, 181, 84, 17, 314, 405, 321, 375],
  nostrils: [64, 98, 97, 2, 326, 327, 294, 240, 460, 75, 305],
};

/** Polygons of the face, in the coordinates of the points given. */
export interface FacePolygons {
  readonly oval: readonly Point[];
  /** Each protected feature's convex hull (not grown). */
  readonly features: Readonly<Record<string, readonly Point[]>>;
}

/** Builds the face outline and the protected-feature hulls from 468/478 mesh points. */
export function facePolygons(landmarks: readonly Point[]): FacePolygons | null {
  if (landmarks.length < 468) return null;
  const pick = (ids: readonly number[]): Point[] => ids.map((i) => landmarks[i]!);
  const features: Record<string, readonly Point[]> = {};
  for (const [name, ids] of Object.entries(PROTECTED_FEATURES)) features[name] = convexHull(pick(ids));
  return { oval: pick(FACEMESH_FACE_OVAL), features };
}

/** The feature hulls grown by `margin` pixels (lashes, brow hairs and lip edges lie just outside). */
export function grownFeatures(polygons: FacePolygons, margin: number): Point[][] {
  return Object.values(polygons.features).map((hull) => growPolygon(hull, margin));
}
