import type { Point, Point3 } from '@idphoto/sdk';
import { applyAffine, squareCrop } from '../image/affine.js';
import type { Pyramid } from '../image/pyramid.js';
import { sampleAffine } from '../image/sample.js';
import type { ModelRunner } from '../runtime/model-runner.js';

/** Input side of the Iris model. */
export const IRIS_SIZE = 64;
/** Eye-contour points the Iris model returns before its 5 iris points. */
const CONTOUR_POINTS = 71;
/** Eye box side as a multiple of the corner-to-corner distance (MediaPipe uses 2.3). */
const EYE_BOX_SCALE = 2.3;

/** The two eye corners that frame an eye crop. */
export interface EyeCorners {
  readonly outer: Point;
  readonly inner: Point;
}

/** Iris result for one eye, in source pixels. */
export interface IrisResult {
  /** 5 points: centre, then four points on the iris rim. */
  readonly iris: Point[];
  /** 71 refined eye-contour points (lids, brows). */
  readonly contour: Point[];
}

/**
 * Runs the Iris model on both eyes in one batch. Each crop is a square 2.3× the corner distance,
 * rotated so the corners are level, and mirrored for the image-right eye: the model was trained
 * on the image-left eye (see the README for how this was checked).
 */
export async function runIris(
  runner: ModelRunner,
  pyramid: Pyramid,
  left: EyeCorners,
  right: EyeCorners,
  mirrorRight = true,
  mirrorLeft = false,
): Promise<{ left: IrisResult; right: IrisResult }> {
  const size = IRIS_SIZE;
  const plane = size * size * 3;
  const input = new Float32Array(plane * 2);
  const crops = [left, right].map((eye, i) => {
    const mirror = i === 0 ? mirrorLeft : mirrorRight;
    const dx = eye.inner.x - eye.outer.x;
    const dy = eye.inner.y - eye.outer.y;
    // Angle of the eye line read left-to-right in the image.
    const angle = Math.atan2(dx >= 0 ? dy : -dy, Math.abs(dx));
    const center = { x: (eye.inner.x + eye.outer.x) / 2, y: (eye.inner.y + eye.outer.y) / 2 };
    const side = Math.hypot(dx, dy) * EYE_BOX_SCALE;
    const toSource = squareCrop(center, side, angle, size);
    sampleAffine(pyramid, toSource, size, size, { scale: 1 / 255, offset: 0 }, input, i * plane, mirror);
    return { toSource, mirror };
  });
  const outputs = await runner.run(input, [2, size, size, 3]);
  const data = outputs[0]!.data;
  const per = data.length / 2;
  const results = crops.map(({ toSource, mirror }, i) => {
    const points: Point3[] = [];
    for (let p = 0; p < per / 3; p++) {
      const base = i * per + p * 3;
      const x = data[base]!;
      points.push({ ...applyAffine(toSource, mirror ? size - x : x, data[base + 1]!), z: data[base + 2]! });
    }
    return {
      contour: points.slice(0, CONTOUR_POINTS),
      iris: points.slice(CONTOUR_POINTS, CONTOUR_POINTS + 5),
    };
  });
  return { left: results[0]!, right: results[1]! };
}
