import type { Point } from '@idphoto/sdk';
import { guidedFilter } from './guided-filter.js';
import { skinMask } from './skin-mask.js';
import { applyGains, measureTone, type ToneCorrection } from './tone.js';

/** What to do (already capped by the plugin). */
export interface RetouchSettings {
  /** Blend factor of the smoothed skin, 0–1. */
  readonly smoothing: number;
  /** Exposure and white-balance correction. */
  readonly tone: boolean;
}

/** What was done. */
export interface RetouchReport {
  /** `false` when no usable face outline was found (nothing changed). */
  readonly applied: boolean;
  readonly smoothing: number;
  readonly tone: ToneCorrection | null;
}

/**
 * Guided-filter radius as a fraction of the face width: about the size of pores and fine
 * wrinkles at ID-photo scale, well below the size of features.
 */
const RADIUS = 0.025;
/**
 * Guided-filter ε in (0–255)²: texture with a local standard deviation below ~12 levels (pores,
 * blotches, fine wrinkles) is smoothed; a 3-px mole 50 levels dark keeps ≥ 55 % of its contrast
 * in the filtered layer and ≥ 73 % after blending at the 0.6 cap, feature edges (tens of levels
 * over many pixels) more — 99号 forbids retouching moles and scars away. On the fixture
 * portraits this removes 25–48 % of the skin's high-frequency energy at full strength.
 */
const EPSILON = 12 * 12;

/**
 * 一键美颜 on the subject's foreground colours (interleaved RGB floats 0–255, edited in place):
 * tone correction (exposure and white balance measured on the skin, applied as capped gains to
 * the whole subject so face, neck and hands stay consistent), then edge-preserving skin
 * smoothing restricted to a landmark-built skin mask (eyes, brows, lips and nostrils excluded).
 */
export function retouchSubject(
  pixels: Float32Array,
  width: number,
  height: number,
  landmarks: readonly Point[],
  settings: RetouchSettings,
): RetouchReport {
  const mask = skinMask(landmarks, pixels, width, height);
  if (!mask) return { applied: false, smoothing: 0, tone: null };
  let tone: ToneCorrection | null = null;
  if (settings.tone) {
    tone = measureTone(pixels, mask.core, mask.face);
    if (tone) applyGains(pixels, tone.gains);
  }
  const strength = Math.max(0, Math.min(1, settings.smoothing));
  if (strength > 0 && mask.box.width > 0 && mask.box.height > 0) {
    const { x: bx, y: by, width: bw, height: bh } = mask.box;
    const plane = new Float32Array(bw * bh);
    const radius = Math.max(2, Math.round(RADIUS * mask.faceWidth));
    for (let c = 0; c < 3; c++) {
      for (let y = 0; y < bh; y++)
        for (let x = 0; x < bw; x++) plane[y * bw + x] = pixels[3 * ((by + y) * width + bx + x) + c]!;
      const smooth = guidedFilter(plane, bw, bh, radius, EPSILON);
      for (let y = 0; y < bh; y++) {
        for (let x = 0; x < bw; x++) {
          const i = (by + y) * width + bx + x;
          const w = strength * mask.weight[i]!;
          if (w <= 0) continue;
          const k = 3 * i + c;
          pixels[k] = pixels[k]! + w * (smooth[y * bw + x]! - pixels[k]!);
        }
      }
    }
  }
  return { applied: true, smoothing: strength, tone };
}
