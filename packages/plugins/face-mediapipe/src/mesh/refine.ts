import type { Point3 } from '@idphoto/sdk';
import type { Detection } from '../detect/detection.js';
import type { Pyramid } from '../image/pyramid.js';
import type { ModelRunner } from '../runtime/model-runner.js';
import { type FaceRegion, type MeshResult, runFaceMesh } from './face-mesh.js';
import { type IrisResult, runIris } from './iris.js';
import { LEFT_EYE_CONTOUR, LM, RIGHT_EYE_CONTOUR } from './landmarks.js';

/** FaceMesh crop side as a multiple of the BlazeFace box (MediaPipe's 1.4 margin). */
const MESH_CROP_SCALE = 1.4;

/** 478 landmarks of one face and the mesh's own confidence. */
export interface RefinedFace {
  /** FaceMesh 468 (lids refined by the Iris model) + 5 image-left iris + 5 image-right iris. */
  readonly landmarks: Point3[];
  /** FaceMesh face-presence probability. */
  readonly meshScore: number;
  readonly region: FaceRegion;
}

/** The FaceMesh window for a detection: box centre, 1.4× box side, turned by the eye line. */
export function regionFromDetection(detection: Detection): FaceRegion {
  const [left, right] = detection.keypoints;
  const angle = left && right ? Math.atan2(right.y - left.y, right.x - left.x) : 0;
  return {
    center: { x: detection.box.x + detection.box.width / 2, y: detection.box.y + detection.box.height / 2 },
    side: Math.max(detection.box.width, detection.box.height) * MESH_CROP_SCALE,
    angle,
  };
}

/** The FaceMesh window implied by a mesh: its centre and size, turned by its own eye line. */
export function regionFromMesh(points: readonly Point3[]): FaceRegion {
  const l = points[LM.leftEyeOuter]!;
  const r = points[LM.rightEyeOuter]!;
  const angle = Math.atan2(r.y - l.y, r.x - l.x);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  let minU = Number.POSITIVE_INFINITY;
  let maxU = Number.NEGATIVE_INFINITY;
  let minV = Number.POSITIVE_INFINITY;
  let maxV = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < 468; i++) {
    const p = points[i]!;
    const u = p.x * cos + p.y * sin;
    const v = -p.x * sin + p.y * cos;
    minU = Math.min(minU, u);
    maxU = Math.max(maxU, u);
    minV = Math.min(minV, v);
    maxV = Math.max(maxV, v);
  }
  const cu = (minU + maxU) / 2;
  const cv = (minV + maxV) / 2;
  return {
    center: { x: cu * cos - cv * sin, y: cu * sin + cv * cos },
    // The mesh spans ~0.75 of a 1.4×-box crop; keep the same framing.
    side: Math.max(maxU - minU, maxV - minV) * 1.35,
    angle,
  };
}

/**
 * FaceMesh on the detection's window, a second pass on the window the first mesh implies when the
 * first window was off (turned by more than 6°, or its centre off by more than 8 % of its side —
 * BlazeFace's eye keypoints are coarse on small or tilted faces), then Iris on both eyes.
 */
export async function refineFace(
  facemesh: ModelRunner,
  iris: ModelRunner,
  pyramid: Pyramid,
  detection: Detection,
): Promise<RefinedFace> {
  let mesh: MeshResult = await runFaceMesh(facemesh, pyramid, regionFromDetection(detection));
  const next = regionFromMesh(mesh.points);
  const turn = Math.abs(normaliseAngle(next.angle - mesh.region.angle));
  const shift = Math.hypot(next.center.x - mesh.region.center.x, next.center.y - mesh.region.center.y);
  if (turn > (6 * Math.PI) / 180 || shift > 0.08 * mesh.region.side) {
    const second = await runFaceMesh(facemesh, pyramid, next);
    if (second.score >= mesh.score * 0.9) mesh = second;
  }
  const p = mesh.points;
  const eyes = await runIris(
    iris,
    pyramid,
    { outer: p[LM.leftEyeOuter]!, inner: p[LM.leftEyeInner]! },
    { outer: p[LM.rightEyeOuter]!, inner: p[LM.rightEyeInner]! },
  );
  const landmarks = p.slice();
  applyLids(landmarks, eyes.left, LEFT_EYE_CONTOUR);
  applyLids(landmarks, eyes.right, RIGHT_EYE_CONTOUR);
  landmarks.push(...irisPoints(landmarks, eyes.left, LM.leftEyeUpper, LM.leftEyeLower));
  landmarks.push(...irisPoints(landmarks, eyes.right, LM.rightEyeUpper, LM.rightEyeLower));
  return { landmarks, meshScore: mesh.score, region: mesh.region };
}

/** Replaces the mesh's lid points with the Iris model's sharper eye contour (mesh depth kept). */
function applyLids(points: Point3[], eye: IrisResult, map: typeof LEFT_EYE_CONTOUR): void {
  for (const [start, indices] of map) {
    indices.forEach((index, k) => {
      const refined = eye.contour[start + k]!;
      points[index] = { x: refined.x, y: refined.y, z: points[index]!.z };
    });
  }
}

/** The 5 iris points with the depth of the lids around them (the Iris model's own z is unreliable). */
function irisPoints(points: readonly Point3[], eye: IrisResult, upper: number, lower: number): Point3[] {
  const z = (points[upper]!.z + points[lower]!.z) / 2;
  return eye.iris.map((q) => ({ x: q.x, y: q.y, z }));
}

function normaliseAngle(a: number): number {
  return a - 2 * Math.PI * Math.floor((a + Math.PI) / (2 * Math.PI));
}
