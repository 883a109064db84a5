import { throwIfAborted } from '../abort.js';
import type { Pyramid } from '../image/pyramid.js';
import type { ModelRunner } from '../runtime/model-runner.js';
import { detectInWindow } from './blazeface.js';
import type { Detection } from './detection.js';
import { suppress } from './nms.js';
import { searchPlan } from './windows.js';

/** Options of {@link detectFaces}. */
export interface DetectOptions {
  /** Keep candidates from this score (lower ones are noise); the analyzer decides on each. */
  readonly candidateScore: number;
  /** Score a detection needs to count as a face (the descent stops only on these). */
  readonly minConfidence: number;
  /** Smallest eye distance (px) searched for. */
  readonly minEyeDistance: number;
  /**
   * Finer scales are skipped once every face they could add would be smaller than this fraction
   * of the largest face found so far.
   */
  readonly relativeMinFace: number;
  readonly signal?: AbortSignal;
}

/** Detections after cross-window suppression, plus how many windows ran. */
export interface DetectResult {
  readonly detections: Detection[];
  readonly windows: number;
  readonly scales: number;
}

/**
 * Multi-scale BlazeFace search (see {@link searchPlan}) with non-maximum suppression across all
 * windows and scales. A portrait needs one window; small faces in large photos are found by the
 * tiled scales.
 */
export async function detectFaces(
  runner: ModelRunner,
  pyramid: Pyramid,
  options: DetectOptions,
): Promise<DetectResult> {
  const base = pyramid.levels[0]!;
  const plan = searchPlan(base.width, base.height, options.minEyeDistance);
  let all: Detection[] = [];
  let windows = 0;
  let scales = 0;
  for (const scale of plan) {
    const largest = all.reduce(
      (m, d) => (d.score >= options.minConfidence ? Math.max(m, d.box.width) : m),
      0,
    );
    // A finer scale only adds faces the previous scale could not see (boxes under its minBox).
    if (scales > 0 && plan[scales - 1]!.minBox < options.relativeMinFace * largest) break;
    for (const window of scale.windows) {
      throwIfAborted(options.signal);
      all.push(...(await detectInWindow(runner, pyramid, window, options.candidateScore)));
      windows++;
    }
    all = suppress(all, { iou: 0.3, containment: 0.6 });
    scales++;
  }
  return { detections: all, windows, scales };
}
