import type { Point } from '@idphoto/sdk';
import { samplePatch, ycbcr } from '../image/patch.js';
import type { Pyramid } from '../image/pyramid.js';
import { LM } from '../mesh/landmarks.js';

/**
 * Darkness ratio at or below which an eye counts as a living eye (full evidence); at or above
 * {@link EYE_DARKNESS_NONE} there is none. Between, evidence falls linearly.
 */
export const EYE_DARKNESS_FULL = 0.5;
export const EYE_DARKNESS_NONE = 0.8;

/**
 * How much the eyes look like eyes, 0–1. FaceMesh's face-presence flag is certain (1.0) for a
 * plaster bust, so the analyzer also checks what a sculpture lacks: a dark pupil, iris and lash
 * line inside the eye opening. For each eye, the 10th-percentile luma of an 8×8 grid spanning
 * the opening (corner to corner, lid to lid, at least 15 % of the eye width tall) is divided by
 * the median luma of both cheeks (mesh 50, 280). On the fixtures living eyes measure 0.08–0.35
 * (0.53 for a face turned 55°), the bust 0.88–0.91. The darker eye counts, so one hidden eye
 * does not matter.
 */
export function eyeEvidence(pyramid: Pyramid, points: readonly Point[]): number {
  const skin = cheekLuma(pyramid, points);
  if (!(skin > 0)) return 0;
  const dark = Math.min(
    eyeDarkLuma(pyramid, points, LM.leftEyeOuter, LM.leftEyeInner, LM.leftEyeUpper, LM.leftEyeLower),
    eyeDarkLuma(pyramid, points, LM.rightEyeOuter, LM.rightEyeInner, LM.rightEyeUpper, LM.rightEyeLower),
  );
  const ratio = dark / skin;
  return Math.max(0, Math.min(1, (EYE_DARKNESS_NONE - ratio) / (EYE_DARKNESS_NONE - EYE_DARKNESS_FULL)));
}

function eyeDarkLuma(
  pyramid: Pyramid,
  points: readonly Point[],
  outer: number,
  inner: number,
  upper: number,
  lower: number,
): number {
  const a = points[outer]!;
  const b = points[inner]!;
  const width = Math.hypot(b.x - a.x, b.y - a.y);
  if (!(width > 0)) return Number.POSITIVE_INFINITY;
  const up = points[upper]!;
  const lo = points[lower]!;
  const height = Math.max(Math.hypot(up.x - lo.x, up.y - lo.y), 0.15 * width);
  const n = 8;
  const u = { x: (b.x - a.x) / n, y: (b.y - a.y) / n };
  const v = { x: ((-(b.y - a.y) / width) * height) / n, y: (((b.x - a.x) / width) * height) / n };
  const mid = { x: (up.x + lo.x) / 2, y: (up.y + lo.y) / 2 };
  const origin = { x: mid.x - (n / 2) * (u.x + v.x), y: mid.y - (n / 2) * (u.y + v.y) };
  return percentile(lumas(pyramid, origin, u, v, n), 0.1);
}

function cheekLuma(pyramid: Pyramid, points: readonly Point[]): number {
  const width = Math.hypot(
    points[LM.cheekRight]!.x - points[LM.cheekLeft]!.x,
    points[LM.cheekRight]!.y - points[LM.cheekLeft]!.y,
  );
  const size = 0.08 * width;
  const n = 6;
  const values: number[] = [];
  for (const index of [LM.cheekSkinLeft, LM.cheekSkinRight]) {
    const c = points[index]!;
    values.push(
      ...lumas(
        pyramid,
        { x: c.x - size / 2, y: c.y - size / 2 },
        { x: size / n, y: 0 },
        { x: 0, y: size / n },
        n,
      ),
    );
  }
  return percentile(values, 0.5);
}

function lumas(pyramid: Pyramid, origin: Point, u: Point, v: Point, n: number): number[] {
  const patch = samplePatch(pyramid, origin, u, v, n, n);
  const out: number[] = [];
  for (let i = 0; i < n * n; i++)
    out.push(ycbcr(patch.rgb[3 * i]!, patch.rgb[3 * i + 1]!, patch.rgb[3 * i + 2]!)[0]);
  return out;
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}
