import { type Box, clampBox, type MattingOutput, type RuleContext } from '@idphoto/sdk';

/** The subject matte addressed in the photo's pixel coordinates (no resampled copy is made). */
export interface ImageMatte {
  /** Alpha 0–255 at photo pixel (x, y); 0 outside `known`. */
  alphaAt(x: number, y: number): number;
  /** Photo pixels the matte covers (its `region`); outside it nothing is known. */
  readonly known: Box;
}

/** Wraps a {@link MattingOutput} (any region and scale) for a `width × height` photo. */
export function matteToImage(matte: MattingOutput, width: number, height: number): ImageMatte {
  const known = clampBox(
    {
      x: Math.round(matte.region.x),
      y: Math.round(matte.region.y),
      width: Math.round(matte.region.width),
      height: Math.round(matte.region.height),
    },
    width,
    height,
  );
  const { alpha: a, scale, region } = matte;
  const x1 = known.x + known.width;
  const y1 = known.y + known.height;
  return {
    known,
    alphaAt(x: number, y: number): number {
      if (x < known.x || y < known.y || x >= x1 || y >= y1) return 0;
      const ax = Math.min(a.width - 1, Math.max(0, Math.floor((x + 0.5 - region.x) * scale)));
      const ay = Math.min(a.height - 1, Math.max(0, Math.floor((y + 0.5 - region.y) * scale)));
      return a.data[ay * a.width + ax]!;
    },
  };
}

/** The photo's matte in photo coordinates, memoised; `undefined` when no matte was given. */
export function imageMatte(ctx: RuleContext): ImageMatte | undefined {
  const matte = ctx.subject.matte;
  if (!matte) return undefined;
  const { width, height } = ctx.subject.image;
  return ctx.memo('matte.image', () => matteToImage(matte, width, height));
}
