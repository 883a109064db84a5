import type { RgbImage, RuleContext } from '@idphoto/sdk';

/** Rec. 601 luma (0–255) of every pixel. */
export function lumaOf(image: RgbImage): Uint8Array {
  const { data, width, height } = image;
  const out = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < out.length; i++, p += 3) {
    out[i] = (data[p]! * 299 + data[p + 1]! * 587 + data[p + 2]! * 114 + 500) / 1000;
  }
  return out;
}

/** Luma plane of the photo, memoised. */
export function lumaPlane(ctx: RuleContext): Uint8Array {
  return ctx.memo('luma', () => lumaOf(ctx.subject.image));
}
