import type { Box } from '@idphoto/sdk';
import { Workspace } from './workspace.js';

/** Alpha at or above which the network is certain: the confident part of the subject. */
export const CORE_ALPHA = 0.98;

/** The confident core of a selected subject and how far each uncertain pixel lies from it. */
export interface GeodesicFringe {
  /**
   * Per map pixel: -1 when not reached (outside the selection, or cut off from the face), 0 in
   * the core, otherwise the number of 8-connected steps from the core through the selection.
   */
  readonly steps: Int32Array;
  /** The fringe pixels (reached, not core), in order of increasing `steps`. */
  readonly fringe: Int32Array;
  /** Per fringe pixel: the core pixel its shortest path starts from (-1 elsewhere). */
  readonly root: Int32Array;
}

/**
 * Measures the uncertain fringe of a selected subject from its confident core. The core is the
 * region of alpha ≥ {@link CORE_ALPHA} connected to the face core (`seed`, map pixels); the
 * fringe is every other pixel of the selection (alpha > 0) reachable from it, and its distance
 * is geodesic — counted through the selection, so a curtain fold hanging off the hair is as far
 * as its path along the fold, not as far as a straight line across the background. Confident
 * patches cut off from the face (a bright logo inside a half-attached background object) count
 * as fringe. The core is filled by scanlines, the fringe walked breadth-first: O(map pixels)
 * with a small constant. `undefined` when the face core holds no confident pixel (the map
 * missed the face; nothing to measure from). The arrays come from `work` (valid until its next
 * use).
 */
export function geodesicFringe(
  map: Float32Array,
  width: number,
  height: number,
  seed: Box,
  work: Workspace = new Workspace(),
): GeodesicFringe | undefined {
  const n = width * height;
  const steps = work.int32('steps', n).fill(-1);
  const x0 = Math.max(0, Math.floor(seed.x));
  const y0 = Math.max(0, Math.floor(seed.y));
  const x1 = Math.min(width - 1, Math.ceil(seed.x + seed.width));
  const y1 = Math.min(height - 1, Math.ceil(seed.y + seed.height));
  const seeds: number[] = [];
  for (let y = y0; y <= y1; y++) {
    for (let i = y * width + x0, end = y * width + x1; i <= end; i++)
      if (map[i]! >= CORE_ALPHA) seeds.push(i);
  }
  if (seeds.length === 0) return undefined;
  fillCore(map, width, height, steps, seeds);

  // The fringe's first layer: selected pixels outside the core with a core neighbour.
  const fringe = work.int32('fringe', n);
  const root = work.int32('root', n).fill(-1);
  let tail = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const i = row + x;
      if (steps[i] !== -1 || !(map[i]! > 0)) continue;
      let from = -1;
      for (let dy = y > 0 ? -1 : 0; dy <= (y < height - 1 ? 1 : 0) && from < 0; dy++) {
        const r = i + dy * width;
        if (steps[r] === 0) from = r;
        else if (x > 0 && steps[r - 1] === 0) from = r - 1;
        else if (x < width - 1 && steps[r + 1] === 0) from = r + 1;
      }
      if (from >= 0) {
        root[i] = from;
        fringe[tail++] = i;
      }
    }
  }
  for (let k = 0; k < tail; k++) steps[fringe[k]!] = 1;
  // Breadth-first through the rest of the selection.
  for (let head = 0; head < tail; head++) {
    const i = fringe[head]!;
    const next = steps[i]! + 1;
    const from = root[i]!;
    const x = i % width;
    const y = (i - x) / width;
    for (let dy = -1; dy <= 1; dy++) {
      const ny = y + dy;
      if (ny < 0 || ny >= height) continue;
      for (let dx = -1; dx <= 1; dx++) {
        const nx = x + dx;
        if (nx < 0 || nx >= width) continue;
        const j = ny * width + nx;
        if (steps[j] === -1 && map[j]! > 0) {
          steps[j] = next;
          root[j] = from;
          fringe[tail++] = j;
        }
      }
    }
  }
  return { steps, fringe: fringe.subarray(0, tail), root };
}

/**
 * Marks (`steps` = 0) the 8-connected region of alpha ≥ {@link CORE_ALPHA} containing `seeds`,
 * by scanline flood fill: each run of core pixels is filled at once and only the rows above and
 * below it are scanned for new runs, so every pixel is touched a few times, not eight.
 */
function fillCore(
  map: Float32Array,
  width: number,
  height: number,
  steps: Int32Array,
  seeds: number[],
): void {
  const open = (j: number): boolean => steps[j] === -1 && map[j]! >= CORE_ALPHA;
  const stack = seeds;
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (!open(p)) continue;
    const y = (p / width) | 0;
    const row = y * width;
    let left = p - row;
    let right = left;
    while (left > 0 && open(row + left - 1)) left--;
    while (right < width - 1 && open(row + right + 1)) right++;
    steps.fill(0, row + left, row + right + 1);
    const from = Math.max(0, left - 1);
    const to = Math.min(width - 1, right + 1);
    for (const ny of [y - 1, y + 1]) {
      if (ny < 0 || ny >= height) continue;
      let inRun = false;
      for (let j = ny * width + from, end = ny * width + to; j <= end; j++) {
        if (open(j)) {
          if (!inRun) stack.push(j);
          inRun = true;
        } else inRun = false;
      }
    }
  }
}
