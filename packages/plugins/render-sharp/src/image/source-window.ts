import type { Box } from '@idphoto/sdk';
import type { AxisMap } from './resample-plane.js';

/**
 * The whole-pixel part of the source a plan uses and the exact mapping the resize will realise.
 * The plan's scale and offsets are real numbers; the resampler works on whole source pixels and
 * a whole-pixel output size, so the realised mapping differs from the plan by well under a pixel.
 * Every later step (matte, landmarks, predictions) uses the realised mapping.
 */
export interface SourceWindow {
  /** Source pixels read (integer box inside the source). */
  readonly source: Box;
  /** Size the window is resized to. */
  readonly resized: { readonly width: number; readonly height: number };
  /** Output position of the resized window's top-left corner (may be negative). */
  readonly place: { readonly x: number; readonly y: number };
  /** Output pixels covered by source pixels (integer box inside the output). */
  readonly covered: Box;
  /** Realised mapping, output = scale · source + offset per axis. */
  readonly mapX: AxisMap;
  readonly mapY: AxisMap;
}

/**
 * Chooses the source window for a plan (`output = scale · source + offset`) on a
 * `outWidth × outHeight` canvas. Returns `null` when the plan does not touch the source at all.
 */
export function sourceWindow(
  plan: { readonly scale: number; readonly offsetX: number; readonly offsetY: number },
  sourceWidth: number,
  sourceHeight: number,
  outWidth: number,
  outHeight: number,
): SourceWindow | null {
  const axis = (offset: number, inSize: number, outSize: number) => {
    const s = plan.scale;
    const lo = Math.max(0, Math.floor(-offset / s));
    const hi = Math.min(inSize, Math.ceil((outSize - offset) / s));
    if (hi <= lo) return null;
    const resized = Math.max(1, Math.round((hi - lo) * s));
    const place = Math.round(lo * s + offset);
    const scale = resized / (hi - lo);
    const from = Math.max(0, place);
    const to = Math.min(outSize, place + resized);
    if (to <= from) return null;
    return { lo, hi, resized, place, from, to, map: { scale, offset: place - scale * lo } };
  };
  const ax = axis(plan.offsetX, sourceWidth, outWidth);
  const ay = axis(plan.offsetY, sourceHeight, outHeight);
  if (!ax || !ay) return null;
  return {
    source: { x: ax.lo, y: ay.lo, width: ax.hi - ax.lo, height: ay.hi - ay.lo },
    resized: { width: ax.resized, height: ay.resized },
    place: { x: ax.place, y: ay.place },
    covered: { x: ax.from, y: ay.from, width: ax.to - ax.from, height: ay.to - ay.from },
    mapX: ax.map,
    mapY: ay.map,
  };
}
