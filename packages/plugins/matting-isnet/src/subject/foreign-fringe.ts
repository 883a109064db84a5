import type { Box, FaceAnalysis } from '@idphoto/sdk';
import { besideHead } from './beside-head.js';
import { chamferDistance } from './distance-transform.js';
import { geodesicFringe } from './geodesic-fringe.js';
import { faceSeed } from './inference-crop.js';
import { Workspace } from './workspace.js';

/**
 * Face widths of fringe next to the core that are never touched: the network's own soft edge
 * transition (a few map pixels) and the first strands of hair.
 */
const EDGE = 0.03;
/** Fringe further than this from the core (face widths) is grouped into blobs and judged. */
const BLOB_START = 0.08;
/**
 * A blob of fringe that reaches further than this from the core (face widths) is a background
 * object, not hair. Measured on the fixtures at 768 (CHSI region and full frame): hair and curl
 * fringe beside the head reaches at most 0.28; the half-attached curtain fold (Biden) 1.13, the
 * flag beside Hopper 0.37–0.52, a bystander's hair 0.32, a hedge behind a head 0.40–0.70.
 */
const MAX_REACH = 0.3;
/**
 * Mean colour difference (RGB, 0–255, Euclidean) between a far-reaching blob and the subject
 * pixels it grows from, below which the blob continues the subject: a flyaway strand of dark
 * hair growing out of dark hair (measured 25) rather than a curtain fold against white hair
 * (166), a flag against skin and cap (88–119) or a bystander's hair (88).
 */
const COLOUR_BREAK = 50;

/** The face parts {@link pruneForeignFringe} uses. */
export type PruneFace = Pick<FaceAnalysis, 'eyes' | 'chin' | 'hairline' | 'faceWidth' | 'faceHeight'>;

/** What {@link pruneForeignFringe} removed, for timings and tests. */
export interface PruneResult {
  /** Blobs judged foreign. */
  readonly blobs: number;
  /** Map pixels whose alpha was lowered. */
  readonly pixels: number;
}

/**
 * Removes background objects the network half-attached to the subject beside or above the head.
 *
 * IS-Net sometimes gives a curtain fold, a flag or a logo next to the head an uncertain alpha
 * (0.1–0.9) joined to the subject, so subject selection keeps it and the finished photo shows it
 * as junk beside the head. Hair has uncertain alpha too, but it stays close to the confident
 * hair mass. So: the fringe of the selection (alpha < 0.98) is measured geodesically from the
 * confident core connected to the face ({@link geodesicFringe}); beside and above the head
 * ({@link besideHead}), fringe more than {@link BLOB_START} from the core is split into
 * connected blobs, and a blob that reaches further than {@link MAX_REACH} face widths and whose
 * colour breaks from the subject pixels it grows from ({@link COLOUR_BREAK}) is foreign — its
 * alpha is set to 0 (unless it runs off the bottom of the map: that is the body leaving a tight
 * frame), and the fringe between {@link EDGE} and {@link BLOB_START}
 * next to it fades out, so the cut is soft and the guided filter still sees an edge. Hair
 * strands, curls, buns and the network's edge transition are kept: they never reach that far.
 * Works in place on the network's map (after {@link selectSubject}); `rgb` is the network's
 * input (interleaved, the map's size) and `crop` what the map covers in source pixels; `work`
 * lends the scratch arrays (one per stage, so a warm call allocates nothing). O(map pixels).
 */
export function pruneForeignFringe(
  map: Float32Array,
  width: number,
  height: number,
  rgb: Uint8Array,
  face: PruneFace,
  crop: Box,
  work: Workspace = new Workspace(),
): PruneResult {
  const none = { blobs: 0, pixels: 0 };
  const measured = geodesicFringe(map, width, height, faceSeed(face, crop, width, height).core, work);
  if (!measured || measured.fringe.length === 0) return none;
  const { steps, fringe, root } = measured;
  const sx = width / crop.width;
  const sy = height / crop.height;
  const unit = face.faceWidth * Math.sqrt(sx * sy); // one face width, in map pixels
  const edge = EDGE * unit;
  const blobStart = BLOB_START * unit;
  const zone = besideHead(face);

  // Zone weight of each fringe pixel beyond the edge band; blob candidates beyond BLOB_START.
  const weight = work.float32('weight', fringe.length);
  const candidate = work.uint8('candidate', width * height).fill(0);
  let first = fringe.length;
  for (let k = fringe.length - 1; k >= 0 && steps[fringe[k]!]! > edge; k--) first = k;
  for (let k = first; k < fringe.length; k++) {
    const i = fringe[k]!;
    const x = i % width;
    const y = (i - x) / width;
    const w = zone(crop.x + (x + 0.5) / sx, crop.y + (y + 0.5) / sy);
    weight[k] = w;
    if (w > 0 && steps[i]! > blobStart) candidate[i] = 1;
  }

  // Blobs of candidates (8-connected); a blob is foreign if any of it reaches past MAX_REACH.
  const foreign = work.uint8('foreign', width * height).fill(0);
  const stack = work.int32('stack', fringe.length);
  const reach = MAX_REACH * unit;
  let blobs = 0;
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let k = first; k < fringe.length; k++) {
    const start = fringe[k]!;
    if (candidate[start] !== 1) continue;
    // Flood the blob, marking it 2 (visited), and remember its members on the stack's tail.
    let top = 0;
    let end = fringe.length;
    stack[top++] = start;
    candidate[start] = 2;
    let far = 0;
    let colour = 0;
    let bottom = false;
    while (top > 0) {
      const i = stack[--top]!;
      stack[--end] = i;
      if (steps[i]! > far) far = steps[i]!;
      const r = root[i]! * 3;
      colour += Math.hypot(
        rgb[i * 3]! - rgb[r]!,
        rgb[i * 3 + 1]! - rgb[r + 1]!,
        rgb[i * 3 + 2]! - rgb[r + 2]!,
      );
      const x = i % width;
      const y = (i - x) / width;
      if (y === height - 1) bottom = true;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const j = ny * width + nx;
          if (candidate[j] === 1) {
            candidate[j] = 2;
            stack[top++] = j;
          }
        }
      }
    }
    // A blob running off the bottom of the map is the body continuing out of a tight frame
    // (shoulders beside the neck in an identity-card crop), never junk beside the head.
    if (bottom || far <= reach || colour <= COLOUR_BREAK * (fringe.length - end)) continue;
    blobs++;
    for (let m = end; m < fringe.length; m++) {
      const i = stack[m]!;
      foreign[i] = 1;
      const x = i % width;
      const y = (i - x) / width;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  if (blobs === 0) return none;

  // Foreign blobs go; the band between EDGE and BLOB_START fades out next to them.
  const band = 1.5 * (blobStart - edge);
  const margin = Math.ceil(band) + 1;
  const near = chamferDistance(
    foreign,
    width,
    height,
    { x0: x0 - margin, y0: y0 - margin, x1: x1 + margin, y1: y1 + margin },
    work.float32('near', width * height),
  );
  let pixels = 0;
  for (let k = first; k < fringe.length; k++) {
    const i = fringe[k]!;
    const w = weight[k]!;
    const e = near[i]!;
    if (w === 0 || !(e <= band)) continue;
    const closeness = 1 - e / band;
    const depth = Math.min(1, (steps[i]! - edge) / (blobStart - edge));
    const removed = w * closeness * depth;
    if (removed <= 0) continue;
    map[i] = map[i]! * (1 - removed);
    pixels++;
  }
  return { blobs, pixels };
}
