import type { DetectionWindow } from './blazeface.js';

/** Smallest BlazeFace box (input pixels of the 256-px window) trusted in a cluttered scene. */
export const MIN_BOX_IN_WINDOW = 24;
/** BlazeFace box side per pixel of eye distance (median 2.43 over the portrait fixtures). */
export const BOX_PER_EYE_DISTANCE = 2.45;
/** Largest window side ratio between successive scales (BlazeFace detects boxes of 12–256 px). */
export const SCALE_STEP = 3;
/** Windows of one scale overlap by this fraction of their side. */
export const OVERLAP = 0.25;

/** One scale of the search: its windows and the smallest face box it is meant to find. */
export interface SearchScale {
  readonly side: number;
  readonly windows: readonly DetectionWindow[];
  /** Smallest face box (source pixels) this scale detects reliably. */
  readonly minBox: number;
}

/**
 * The multi-scale search plan. Scale 0 is one window covering the whole image (letterboxed to a
 * square), which finds every face whose box is at least 24/256 of the longer side. Further scales
 * tile the image with windows overlapping by 25 %, their sides shrinking geometrically (by at
 * most 3× per scale) down to the window in which a face of `minEyeDistance` pixels (box ≈ 2.45 ×
 * eye distance) is 24 px in the model input. The analyzer stops descending once the faces a
 * scale could add are much smaller than the faces already found (see `detectFaces`).
 */
export function searchPlan(width: number, height: number, minEyeDistance: number): SearchScale[] {
  const longer = Math.max(width, height);
  const smallestSide = Math.max(64, (minEyeDistance * BOX_PER_EYE_DISTANCE * 256) / MIN_BOX_IN_WINDOW);
  const scales: SearchScale[] = [
    {
      side: longer,
      windows: [{ x: (width - longer) / 2, y: (height - longer) / 2, side: longer }],
      minBox: (longer * MIN_BOX_IN_WINDOW) / 256,
    },
  ];
  if (longer <= smallestSide) return scales;
  const steps = Math.ceil(Math.log(longer / smallestSide) / Math.log(SCALE_STEP) - 1e-9);
  const ratio = (longer / smallestSide) ** (1 / steps);
  for (let k = 1; k <= steps; k++) {
    const side = k === steps ? smallestSide : longer / ratio ** k;
    scales.push({ side, windows: tile(width, height, side), minBox: (side * MIN_BOX_IN_WINDOW) / 256 });
  }
  return scales;
}

function tile(width: number, height: number, side: number): DetectionWindow[] {
  const stride = side * (1 - OVERLAP);
  const starts = (extent: number): number[] => {
    if (extent <= side) return [(extent - side) / 2];
    const count = Math.ceil((extent - side) / stride) + 1;
    const step = (extent - side) / (count - 1);
    return Array.from({ length: count }, (_, i) => i * step);
  };
  const windows: DetectionWindow[] = [];
  for (const y of starts(height)) for (const x of starts(width)) windows.push({ x, y, side });
  return windows;
}
