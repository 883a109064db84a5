import type { Box, RgbImage } from '@idphoto/sdk';
import { cropPixels, cropResize } from '../image/sharp-resize.js';
import { applyCoefficients } from './apply-coefficients.js';
import { guidedCoefficients } from './guided-filter.js';

/**
 * Contrast applied to the network's map around 0.5 before filtering. IS-Net's map, computed at
 * a fraction of the output resolution, is blurrier than the photo's true edges; steepening it
 * lets the guided filter rebuild the soft transition from the photo's colours instead of
 * inheriting the blur (measured on the matting pairs and composites: SAD −10 to −40 %).
 */
export const EDGE_CONTRAST = 1.5;

/** What {@link refineMatte} needs: the network's view and the output grid. */
export interface RefineInput {
  readonly image: RgbImage;
  /** What the output covers (source pixels). */
  readonly region: Box;
  /** What the network saw (source pixels, inside `region`). */
  readonly crop: Box;
  /** The network input (RGB, `width`×`height`) and its output map after subject selection. */
  readonly pixels: Uint8Array;
  readonly map: Float32Array;
  readonly width: number;
  readonly height: number;
  readonly outWidth: number;
  readonly outHeight: number;
  readonly radius: number;
  readonly epsilon: number;
}

/**
 * Edge refinement with a fast guided filter (He & Sun 2015): the colour guided filter's linear
 * coefficients are fitted on the network's own grid (its input image as guide, its map as
 * input), then evaluated on the photo at the output resolution, so the matte's edge follows the
 * photo's edges at full resolution — hair strands the network only saw blurred come back where
 * their colour differs from the background. Only tiles along the outline are computed. Returns the
 * matte and the guide (the photo at the matte's resolution).
 */
export async function refineMatte(input: RefineInput): Promise<{ alpha: Uint8Array; guide: Uint8Array }> {
  const { image, region, crop, map, width, height, outWidth, outHeight } = input;
  const p = new Float32Array(map.length);
  for (let i = 0; i < map.length; i++) {
    // Steepen, and snap near-certain values so flat areas are exactly flat (and skipped).
    const v = (map[i]! - 0.5) * EDGE_CONTRAST + 0.5;
    p[i] = v < 1 / 255 ? 0 : v > 254 / 255 ? 1 : v;
  }
  const coefficients = guidedCoefficients(input.pixels, p, width, height, input.radius, input.epsilon);
  const guide =
    outWidth === region.width && outHeight === region.height
      ? cropPixels(image, 3, region)
      : await cropResize(image, 3, region, outWidth, outHeight);
  return { alpha: applyCoefficients(coefficients, crop, guide, region, outWidth, outHeight), guide };
}
