import type { Rgb, RgbImage } from '@idphoto/sdk';

/**
 * Composites a foreground (floats 0–255, interleaved RGB) over a flat colour with straight alpha:
 * out = αF + (1 − α)·background, in sRGB values — the same space the matte was estimated in, so
 * semi-transparent hair blends exactly as the matting model saw it.
 */
export function compositeOver(
  foreground: Float32Array,
  alpha: Float32Array,
  width: number,
  height: number,
  background: Rgb,
): RgbImage {
  const n = width * height;
  const data = new Uint8Array(n * 3);
  const bg = [background.r, background.g, background.b] as const;
  for (let i = 0; i < n; i++) {
    const a = alpha[i]!;
    for (let c = 0; c < 3; c++) {
      const v = a * foreground[3 * i + c]! + (1 - a) * bg[c]!;
      data[3 * i + c] = Math.min(255, Math.max(0, Math.round(v)));
    }
  }
  return { width, height, channels: 3, data };
}
