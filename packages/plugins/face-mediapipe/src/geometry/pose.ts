import type { Point3 } from '@idphoto/sdk';
import { LM } from '../mesh/landmarks.js';

const DEG = 180 / Math.PI;

/** Head pose estimates in degrees; signs as in the SDK's `FaceAnalysis`. */
export interface Pose {
  /** Pupil line against the horizontal; positive when the image-right eye is lower. */
  readonly roll: number;
  /** Positive when the subject looks to image-right. */
  readonly yaw: number;
  /** Positive when the subject looks up. */
  readonly pitch: number;
}

/**
 * Pitch FaceMesh reports for a level, frontal head: the forehead (10) sits behind the chin (152)
 * in the canonical mesh, so level heads read about −8°. Median over the 11 frontal portrait
 * fixtures (README, "Pose").
 */
export const NEUTRAL_PITCH = -8;

/**
 * Roll from the iris centres; yaw and pitch from the mesh's depth:
 * - yaw: the cheek-to-cheek axis (234 → 454) turns in depth; `atan2(Δz, |Δxy|)`. Looking to
 *   image-right pushes the image-right cheek away from the camera (z grows).
 * - pitch: the hairline-to-chin axis (10 → 152); looking up brings the chin forward, so
 *   `atan2(z10 − z152, |Δxy|)`, less the mesh's neutral offset.
 */
export function estimatePose(points: readonly Point3[]): Pose {
  const l = points[LM.leftIris]!;
  const r = points[LM.rightIris]!;
  const roll = Math.atan2(r.y - l.y, r.x - l.x) * DEG;
  const cl = points[LM.cheekLeft]!;
  const cr = points[LM.cheekRight]!;
  const yaw = Math.atan2(cr.z - cl.z, Math.hypot(cr.x - cl.x, cr.y - cl.y)) * DEG;
  const top = points[LM.hairline]!;
  const chin = points[LM.chin]!;
  const pitch = Math.atan2(top.z - chin.z, Math.hypot(chin.x - top.x, chin.y - top.y)) * DEG - NEUTRAL_PITCH;
  return { roll, yaw, pitch };
}
