import type { Box, FaceAnalysis, Point, Point3 } from '@idphoto/sdk';
import type { Pyramid } from '../image/pyramid.js';
import { LM } from '../mesh/landmarks.js';
import { earVisibility } from './ears.js';
import { EYE_OPEN_THRESHOLD, MOUTH_CLOSED_THRESHOLD, measureOpenness } from './openness.js';
import { estimatePose } from './pose.js';

/**
 * Turns 478 landmarks into the SDK's face geometry (everything but the embedding). Distances are
 * in source pixels; angles in degrees, rounded to 0.1.
 */
export function describeFace(
  pyramid: Pyramid,
  box: Box,
  score: number,
  meshScore: number,
  landmarks: readonly Point3[],
): FaceAnalysis {
  const left = landmarks[LM.leftIris]!;
  const right = landmarks[LM.rightIris]!;
  const pose = estimatePose(landmarks);
  const openness = measureOpenness(landmarks);
  const chin = landmarks[LM.chin]!;
  const hairline = landmarks[LM.hairline]!;
  return {
    box,
    score: round(score, 3),
    meshScore: round(meshScore, 3),
    landmarks,
    eyes: { left: point(left), right: point(right) },
    interPupillary: round(dist(left, right), 2),
    roll: round(pose.roll, 1),
    yaw: round(pose.yaw, 1),
    pitch: round(pose.pitch, 1),
    chin: point(chin),
    hairline: point(hairline),
    faceWidth: round(dist(landmarks[LM.cheekLeft]!, landmarks[LM.cheekRight]!), 2),
    faceHeight: round(dist(chin, hairline), 2),
    ears: earVisibility(pyramid, landmarks, pose.yaw),
    eyeOpenness: { left: round(openness.eyes.left, 3), right: round(openness.eyes.right, 3) },
    eyesOpen: eyesOpen(openness.eyes.left, openness.eyes.right, pose.yaw),
    mouthOpenness: round(openness.mouth, 3),
    mouthClosed: openness.mouth <= MOUTH_CLOSED_THRESHOLD,
  };
}

/** Beyond this yaw the far eye is partly hidden behind the nose and its opening is not judged. */
const FAR_EYE_YAW = 30;

/**
 * Both eyes open; on a head turned more than 30°, only the near eye counts (looking to
 * image-left hides the image-left eye, and vice versa).
 */
function eyesOpen(left: number, right: number, yaw: number): boolean {
  const leftOpen = left >= EYE_OPEN_THRESHOLD;
  const rightOpen = right >= EYE_OPEN_THRESHOLD;
  if (yaw < -FAR_EYE_YAW) return rightOpen;
  if (yaw > FAR_EYE_YAW) return leftOpen;
  return leftOpen && rightOpen;
}

function point(p: Point): Point {
  return { x: round(p.x, 2), y: round(p.y, 2) };
}

function dist(p: Point, q: Point): number {
  return Math.hypot(p.x - q.x, p.y - q.y);
}

function round(v: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(v * k) / k;
}
