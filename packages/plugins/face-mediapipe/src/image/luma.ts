import type { RgbImage } from '@idphoto/sdk';

/** Mean BT.601 luma (0–255) over at most ~65k evenly spaced pixels. */
export function meanLuma(image: RgbImage): number {
  const total = image.width * image.height;
  const step = Math.max(1, Math.floor(Math.sqrt(total / 65536)));
  let sum = 0;
  let count = 0;
  const d = image.data;
  for (let y = 0; y < image.height; y += step) {
    let i = y * image.width * 3;
    for (let x = 0; x < image.width; x += step) {
      sum += 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
      count++;
      i += 3 * step;
    }
  }
  return count > 0 ? Math.round((sum / count) * 10) / 10 : 0;
}
