import type { FaceAnalysis, RuleContext } from '@idphoto/sdk';
import { relativeLuminance } from '../colour/colour.js';
import { faceRegions } from './face-regions.js';
import { lumaAt } from './luma.js';

/** Exposure facts of the face oval. */
export interface FaceExposure {
  /** Mean Rec. 601 luma (0–255). */
  readonly meanLuma: number;
  /** Share of face pixels blown out (luma ≥ 250). */
  readonly highlights: number;
  /** Share of face pixels with luma ≤ 8. */
  readonly shadows: number;
  readonly pixels: number;
}

/** Exposure of the face oval, memoised; `null` when the oval is (almost) outside the photo. */
export function faceExposure(ctx: RuleContext, face: FaceAnalysis): FaceExposure | null {
  return ctx.memo('face.exposure', () => {
    const { oval } = faceRegions(ctx, face);
    if (oval.length < 50) return null;
    const data = ctx.subject.image.data;
    let sum = 0;
    let high = 0;
    let low = 0;
    for (const i of oval) {
      const y = lumaAt(data, i);
      sum += y;
      if (y >= 250) high++;
      if (y <= 8) low++;
    }
    return {
      meanLuma: sum / oval.length,
      highlights: high / oval.length,
      shadows: low / oval.length,
      pixels: oval.length,
    };
  });
}

/** Light balance between the two cheeks. */
export interface CheekBalance {
  /** Mean relative luminance (linear, 0–1) of the image-left and image-right cheek. */
  readonly left: number;
  readonly right: number;
  /** Darker / brighter (1 = even light). */
  readonly ratio: number;
  /** Which side is darker, as seen in the image. */
  readonly darker: 'left' | 'right';
}

/** Cheek luminance balance (阴阳脸), memoised; `null` when a cheek is outside the photo. */
export function cheekBalance(ctx: RuleContext, face: FaceAnalysis): CheekBalance | null {
  return ctx.memo('face.cheeks', () => {
    const { left, right } = faceRegions(ctx, face);
    if (left.length < 20 || right.length < 20) return null;
    const data = ctx.subject.image.data;
    const mean = (ids: Int32Array): number => {
      let s = 0;
      for (const i of ids) s += relativeLuminance(data[3 * i]!, data[3 * i + 1]!, data[3 * i + 2]!);
      return s / ids.length;
    };
    const l = mean(left);
    const r = mean(right);
    const hi = Math.max(l, r);
    return { left: l, right: r, ratio: hi > 0 ? Math.min(l, r) / hi : 1, darker: l <= r ? 'left' : 'right' };
  });
}
