import { type Detection, iou, overlapOfSmaller } from './detection.js';

/** Thresholds of {@link suppress}. */
export interface SuppressOptions {
  /** Boxes overlapping a better one by more than this IoU are the same face. */
  readonly iou: number;
  /**
   * Boxes lying mostly (this fraction) inside a better one are the same face seen at another
   * scale or cut by a tile edge.
   */
  readonly containment: number;
}

/**
 * Greedy non-maximum suppression across every window and scale, with weighted blending: the kept
 * box and keypoints are the score-weighted mean of the detections it absorbs that overlap it
 * strongly (IoU ≥ 0.5), which steadies the box the way MediaPipe's blending NMS does.
 */
export function suppress(detections: readonly Detection[], options: SuppressOptions): Detection[] {
  const sorted = [...detections].sort((p, q) => q.score - p.score);
  const kept: Detection[] = [];
  const used = new Array<boolean>(sorted.length).fill(false);
  for (let i = 0; i < sorted.length; i++) {
    if (used[i]) continue;
    const best = sorted[i]!;
    const group: Detection[] = [best];
    for (let j = i + 1; j < sorted.length; j++) {
      if (used[j]) continue;
      const other = sorted[j]!;
      const overlap = iou(best.box, other.box);
      if (overlap > options.iou || overlapOfSmaller(best.box, other.box) > options.containment) {
        used[j] = true;
        if (overlap >= 0.5) group.push(other);
      }
    }
    kept.push(blend(group));
  }
  return kept;
}

function blend(group: readonly Detection[]): Detection {
  const first = group[0]!;
  if (group.length === 1) return first;
  let total = 0;
  let x = 0;
  let y = 0;
  let w = 0;
  let h = 0;
  const kx = new Array<number>(first.keypoints.length).fill(0);
  const ky = new Array<number>(first.keypoints.length).fill(0);
  for (const d of group) {
    total += d.score;
    x += d.box.x * d.score;
    y += d.box.y * d.score;
    w += d.box.width * d.score;
    h += d.box.height * d.score;
    d.keypoints.forEach((p, k) => {
      kx[k]! += p.x * d.score;
      ky[k]! += p.y * d.score;
    });
  }
  return {
    box: { x: x / total, y: y / total, width: w / total, height: h / total },
    score: first.score,
    keypoints: kx.map((v, k) => ({ x: v / total, y: ky[k]! / total })),
    window: first.window,
  };
}
