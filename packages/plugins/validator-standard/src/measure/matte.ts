import { type Box, clampBox, type MattingOutput, type RuleContext } from '@idphoto/sdk';

/** The subject matte resampled to the photo's pixel grid. */
export interface ImageMatte {
  /** Alpha 0–255 per photo pixel; 0 outside `known`. */
  readonly alpha: Uint8Array;
  /** Photo pixels the matte covers (its `region`); outside it nothing is known. */
  readonly known: Box;
}

/** Resamples a {@link MattingOutput} (any region and scale) to `width × height` photo pixels. */
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
  const out = new Uint8Array(width * height);
  for (let y = known.y; y < known.y + known.height; y++) {
    const ay = Math.min(a.height - 1, Math.max(0, Math.floor((y + 0.5 - region.y) * scale)));
    for (let x = known.x; x < known.x + known.width; x++) {
      const ax = Math.min(a.width - 1, Math.max(0, Math.floor((x + 0.5 - region.x) * scale)));
      out[y * width + x] = a.data[ay * a.width + ax]!;
    }
  }
  return { alpha: out, known };
}

/** The photo's matte on its own pixel grid, memoised; `undefined` when no matte was given. */
export function imageMatte(ctx: RuleContext): ImageMatte | undefined {
  const matte = ctx.subject.matte;
  if (!matte) return undefined;
  const { width, height } = ctx.subject.image;
  return ctx.memo('matte.image', () => matteToImage(matte, width, height));
}
