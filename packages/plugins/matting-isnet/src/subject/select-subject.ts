import type { Box, Point } from '@idphoto/sdk';
import { type Component, labelComponents } from './components.js';

/** Where the subject's face is, in the pixels of the map being selected from. */
export interface FaceSeed {
  /** Part of the face certainly inside the person (between the eyes and above the chin). */
  readonly core: Box;
  /** A point in the middle of the face. */
  readonly center: Point;
}

/** Alpha at or above this counts as subject when finding components. */
export const SUBJECT_THRESHOLD = 0.5;
/** Soft edges (hair, motion blur) down to this alpha are attached to the nearest component. */
const SOFT_THRESHOLD = 0.02;

/**
 * Chooses the subject in a coarse matte and returns a 0/1 mask of the pixels that belong to it.
 *
 * The matte is thresholded at 0.5 and split into 8-connected components. With a face, the
 * component covering most of the face core is the subject (or, if the matte missed the face,
 * the component nearest to it); without one, the largest component weighted by how central it
 * is. Pixels of the soft fringe (alpha 0.02–0.5: hair strands, blurred edges) are then given to
 * the component they are nearest to through the fringe (a multi-source breadth-first flood), so
 * the selection carries the subject's soft edge while the fringes of other people, chairs and
 * poles are dropped with them.
 */
export function selectSubject(
  alpha: Float32Array,
  width: number,
  height: number,
  seed?: FaceSeed,
): Uint8Array {
  const n = width * height;
  const mask = new Uint8Array(n);
  for (let i = 0; i < n; i++) mask[i] = alpha[i]! >= SUBJECT_THRESHOLD ? 1 : 0;
  const { labels, components } = labelComponents(mask, width, height);
  const keep = new Uint8Array(n);
  if (components.length === 0) return keep;
  const main = seed
    ? faceComponent(labels, components, width, height, seed)
    : centralComponent(components, width, height);

  // Multi-source BFS through the soft fringe from every component at once.
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (labels[i]) queue[tail++] = i;
  while (head < tail) {
    const i = queue[head++]!;
    const label = labels[i]!;
    const x = i % width;
    const y = (i - x) / width;
    for (let dy = -1; dy <= 1; dy++) {
      const ny = y + dy;
      if (ny < 0 || ny >= height) continue;
      for (let dx = -1; dx <= 1; dx++) {
        const nx = x + dx;
        if (nx < 0 || nx >= width) continue;
        const j = ny * width + nx;
        if (!labels[j] && alpha[j]! >= SOFT_THRESHOLD) {
          labels[j] = label;
          queue[tail++] = j;
        }
      }
    }
  }
  for (let i = 0; i < n; i++) keep[i] = labels[i] === main ? 1 : 0;
  return keep;
}

function faceComponent(
  labels: Int32Array,
  components: readonly Component[],
  width: number,
  height: number,
  seed: FaceSeed,
): number {
  const votes = new Float64Array(components.length + 1);
  const x0 = Math.max(0, Math.floor(seed.core.x));
  const y0 = Math.max(0, Math.floor(seed.core.y));
  const x1 = Math.min(width - 1, Math.ceil(seed.core.x + seed.core.width));
  const y1 = Math.min(height - 1, Math.ceil(seed.core.y + seed.core.height));
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) votes[labels[y * width + x]!]! += 1;
  let best = 0;
  for (let label = 1; label < votes.length; label++) if (votes[label]! > votes[best]!) best = label;
  if (best > 0) return best;
  // The matte missed the face itself: take the component with a pixel nearest to the face.
  let nearest = components[0]!.label;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (!label) continue;
    const x = i % width;
    const d = (x - seed.center.x) ** 2 + ((i - x) / width - seed.center.y) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      nearest = label;
    }
  }
  return nearest;
}

function centralComponent(components: readonly Component[], width: number, height: number): number {
  const halfDiagonal = Math.hypot(width, height) / 2;
  let best = components[0]!;
  let bestScore = -1;
  for (const c of components) {
    const offCentre = Math.hypot(c.cx - width / 2, c.cy - height / 2) / halfDiagonal;
    const score = c.area * Math.max(0.25, 1 - offCentre);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best.label;
}
