import type { Box, MattingOutput } from '@idphoto/sdk';
import { type AxisMap, resamplePlane } from '../image/resample-plane.js';

/** The subject alpha on the output grid. */
export interface OutputAlpha {
  /** Alpha 0–1 per output pixel; 0 where nothing is known. */
  readonly alpha: Float32Array;
  /** 1 where the matte covers the output pixel. */
  readonly known: Uint8Array;
}

/**
 * Resamples a matte (alpha over `matte.region` at `matte.scale`) onto the output grid through the
 * realised source→output mapping, with an area-averaging filter (the pipeline computes the matte
 * at about twice the output resolution). Output pixels outside the matte's region, or outside
 * `covered` (no source pixels), get alpha 0 and are not `known`.
 */
export function matteToOutput(
  matte: MattingOutput,
  outWidth: number,
  outHeight: number,
  mapX: AxisMap,
  mapY: AxisMap,
  covered: Box,
): OutputAlpha {
  const { alpha: a, region } = matte;
  // Per-axis alpha pixels per source pixel, as realised by the matte's own rounding.
  const kx = a.width / Math.max(1e-9, region.width);
  const ky = a.height / Math.max(1e-9, region.height);
  const toOutX: AxisMap = { scale: mapX.scale / kx, offset: mapX.scale * region.x + mapX.offset };
  const toOutY: AxisMap = { scale: mapY.scale / ky, offset: mapY.scale * region.y + mapY.offset };
  const plane = resamplePlane(a, outWidth, outHeight, toOutX, toOutY);
  const alpha = plane.data;
  const known = plane.known;
  for (let y = 0; y < outHeight; y++) {
    const insideY = y >= covered.y && y < covered.y + covered.height;
    for (let x = 0; x < outWidth; x++) {
      const i = y * outWidth + x;
      if (!insideY || x < covered.x || x >= covered.x + covered.width) {
        known[i] = 0;
      }
      alpha[i] = known[i] ? Math.min(1, Math.max(0, alpha[i]! / 255)) : 0;
    }
  }
  return { alpha, known };
}
