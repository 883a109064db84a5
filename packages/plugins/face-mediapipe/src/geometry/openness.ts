import type { Point } from '@idphoto/sdk';
import { LM } from '../mesh/landmarks.js';

/**
 * Eye opening at which an eye counts as open: lid gap (159↔145, 386↔374) over the eye width
 * (corner to corner). Open eyes measure about 0.25–0.40 on the fixtures; blinks fall below 0.1.
 */
export const EYE_OPEN_THRESHOLD = 0.15;
/**
 * Lip gap at or below which the mouth counts as closed: inner-lip gap (13↔14) over mouth width
 * (61↔291). Closed mouths measure ≈0–0.03; speaking and open smiles ≥0.1.
 */
export const MOUTH_CLOSED_THRESHOLD = 0.08;

/** Eye and mouth opening ratios of a 478-point face. */
export interface Openness {
  readonly eyes: { readonly left: number; readonly right: number };
  readonly mouth: number;
}

/** Lid gap / eye width per eye, and lip gap / mouth width. */
export function measureOpenness(points: readonly Point[]): Openness {
  const ratio = (a: number, b: number, c: number, d: number): number => {
    const width = dist(points[c]!, points[d]!);
    return width > 0 ? dist(points[a]!, points[b]!) / width : 0;
  };
  return {
    eyes: {
      left: ratio(LM.leftEyeUpper, LM.leftEyeLower, LM.leftEyeOuter, LM.leftEyeInner),
      right: ratio(LM.rightEyeUpper, LM.rightEyeLower, LM.rightEyeOuter, LM.rightEyeInner),
    },
    mouth: ratio(LM.lipUpperInner, LM.lipLowerInner, LM.mouthLeft, LM.mouthRight),
  };
}

function dist(p: Point, q: Point): number {
  return Math.hypot(p.x - q.x, p.y - q.y);
}
