import type { Point, Point3 } from '@idphoto/sdk';
import { type Affine, applyAffine, squareCrop } from '../image/affine.js';
import type { Pyramid } from '../image/pyramid.js';
import { sampleAffine } from '../image/sample.js';
import { type ModelRunner, outputByLastDim } from '../runtime/model-runner.js';

/** Input side of the FaceMesh model. */
export const FACEMESH_SIZE = 192;
/** Mesh points of the FaceMesh model. */
export const MESH_POINTS = 468;

/** Where to crop the face for the mesh: a square window, turned so the eyes are level. */
export interface FaceRegion {
  readonly center: Point;
  /** Window side in source pixels. */
  readonly side: number;
  /** Eye-line angle in radians (image y down): the crop is rotated by it. */
  readonly angle: number;
}

/** FaceMesh result in source pixels. */
export interface MeshResult {
  /** 468 points; z is in source pixels too (smaller = closer to the camera). */
  readonly points: Point3[];
  /** Face-presence probability of the crop, 0–1. */
  readonly score: number;
  readonly region: FaceRegion;
}

/**
 * Runs FaceMesh on a rotated square crop (0–1 input) and maps the 468 points back to the
 * source image through the inverse of the crop transform (z scaled like x).
 */
export async function runFaceMesh(
  runner: ModelRunner,
  pyramid: Pyramid,
  region: FaceRegion,
): Promise<MeshResult> {
  const size = FACEMESH_SIZE;
  const toSource: Affine = squareCrop(region.center, region.side, region.angle, size);
  const input = new Float32Array(size * size * 3);
  sampleAffine(pyramid, toSource, size, size, { scale: 1 / 255, offset: 0 }, input);
  const outputs = await runner.run(input, [1, size, size, 3]);
  const mesh = outputByLastDim(outputs, MESH_POINTS * 3).data;
  const flag = outputByLastDim(outputs, 1).data[0]!;
  const zScale = region.side / size;
  const points: Point3[] = [];
  for (let i = 0; i < MESH_POINTS; i++) {
    const p = applyAffine(toSource, mesh[3 * i]!, mesh[3 * i + 1]!);
    points.push({ x: p.x, y: p.y, z: mesh[3 * i + 2]! * zScale });
  }
  return { points, score: flag, region };
}
