import { squareCrop } from '../image/affine.js';
import type { Pyramid } from '../image/pyramid.js';
import { sampleAffine } from '../image/sample.js';
import type { ModelRunner, OutputTensor } from '../runtime/model-runner.js';
import { BLAZEFACE_SIZE, blazeFaceAnchors } from './anchors.js';
import type { Detection } from './detection.js';

/** A square detection window in source pixels (may reach past the image; the outside is black). */
export interface DetectionWindow {
  readonly x: number;
  readonly y: number;
  readonly side: number;
}

const ANCHORS = blazeFaceAnchors();
const KEYPOINTS = 6;

/**
 * Runs BlazeFace on one window: the window is resampled to 256×256, scaled to [-1, 1], and every
 * anchor whose sigmoid score reaches `minScore` is decoded (centre offset + size, 6 keypoints,
 * all in input pixels relative to the anchor) and mapped back to source pixels.
 */
export async function detectInWindow(
  runner: ModelRunner,
  pyramid: Pyramid,
  window: DetectionWindow,
  minScore: number,
): Promise<Detection[]> {
  const size = BLAZEFACE_SIZE;
  const input = new Float32Array(size * size * 3);
  const half = window.side / 2;
  const toSource = squareCrop({ x: window.x + half, y: window.y + half }, window.side, 0, size);
  sampleAffine(pyramid, toSource, size, size, { scale: 1 / 127.5, offset: -1 }, input);
  const outputs = await runner.run(input, [1, size, size, 3]);
  const { scores, regressors } = concatOutputs(outputs);
  const k = window.side / size;
  const minLogit = Math.log(minScore / (1 - minScore));
  const found: Detection[] = [];
  const count = scores.length;
  for (let i = 0; i < count; i++) {
    const logit = scores[i]!;
    if (logit < minLogit) continue;
    const r = i * 16;
    const ax = ANCHORS[2 * i]!;
    const ay = ANCHORS[2 * i + 1]!;
    const cx = regressors[r]! + ax;
    const cy = regressors[r + 1]! + ay;
    const w = regressors[r + 2]!;
    const h = regressors[r + 3]!;
    if (!(w > 0 && h > 0)) continue;
    const keypoints = [];
    for (let p = 0; p < KEYPOINTS; p++) {
      keypoints.push({
        x: window.x + (regressors[r + 4 + 2 * p]! + ax) * k,
        y: window.y + (regressors[r + 5 + 2 * p]! + ay) * k,
      });
    }
    found.push({
      box: { x: window.x + (cx - w / 2) * k, y: window.y + (cy - h / 2) * k, width: w * k, height: h * k },
      score: 1 / (1 + Math.exp(-logit)),
      keypoints,
      window: window.side,
    });
  }
  return found;
}

/** Joins the 512-anchor and 384-anchor heads (scores: last dim 1; boxes: last dim 16). */
function concatOutputs(outputs: readonly OutputTensor[]): { scores: Float32Array; regressors: Float32Array } {
  const pick = (anchors: number, last: number): Float32Array => {
    const t = outputs.find(
      (o) => o.dims[o.dims.length - 1] === last && o.dims[o.dims.length - 2] === anchors,
    );
    if (!t) throw new Error(`blazeface output [${anchors}, ${last}] missing`);
    return t.data;
  };
  const scores = new Float32Array(896);
  scores.set(pick(512, 1), 0);
  scores.set(pick(384, 1), 512);
  const regressors = new Float32Array(896 * 16);
  regressors.set(pick(512, 16), 0);
  regressors.set(pick(384, 16), 512 * 16);
  return { scores, regressors };
}
