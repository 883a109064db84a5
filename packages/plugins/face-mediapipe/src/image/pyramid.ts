import type { RgbImage } from '@idphoto/sdk';

/** An image and its successive 2× box-filtered reductions (level 0 is the image itself). */
export interface Pyramid {
  readonly levels: readonly RgbImage[];
}

/**
 * Builds reductions of `image` by 2×2 averaging until the longer side is at most `minSide`.
 * Crops are sampled from the level closest to (and not coarser than) the scale they need, so
 * a 35 MP photo is never resampled by plain bilinear interpolation at 1/30 scale (which aliases).
 */
export function buildPyramid(image: RgbImage, minSide = 256): Pyramid {
  const levels: RgbImage[] = [image];
  let current = image;
  while (Math.max(current.width, current.height) > minSide * 2 && current.width >= 2 && current.height >= 2) {
    current = halve(current);
    levels.push(current);
  }
  return { levels };
}

/** The level to sample from when one output pixel covers `scale` source pixels. */
export function levelFor(pyramid: Pyramid, scale: number): number {
  const level = Math.floor(Math.log2(Math.max(1, scale)));
  return Math.max(0, Math.min(pyramid.levels.length - 1, level));
}

function halve(src: RgbImage): RgbImage {
  const width = src.width >> 1;
  const height = src.height >> 1;
  const out = new Uint8Array(width * height * 3);
  const s = src.data;
  const row = src.width * 3;
  let o = 0;
  for (let y = 0; y < height; y++) {
    let i = 2 * y * row;
    let j = i + row;
    for (let x = 0; x < width; x++) {
      out[o] = (s[i]! + s[i + 3]! + s[j]! + s[j + 3]! + 2) >> 2;
      out[o + 1] = (s[i + 1]! + s[i + 4]! + s[j + 1]! + s[j + 4]! + 2) >> 2;
      out[o + 2] = (s[i + 2]! + s[i + 5]! + s[j + 2]! + s[j + 5]! + 2) >> 2;
      i += 6;
      j += 6;
      o += 3;
    }
  }
  return { width, height, channels: 3, data: out };
}
