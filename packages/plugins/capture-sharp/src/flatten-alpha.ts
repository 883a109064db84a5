/** Result of {@link flattenOntoWhite}. */
export interface FlattenResult {
  /** Interleaved RGB, `width * height * 3` bytes. */
  readonly rgb: Uint8Array;
  /** Whether any pixel was not fully opaque (otherwise the alpha channel was only dropped). */
  readonly hadTransparency: boolean;
}

/**
 * Composites interleaved 8-bit RGBA onto white and drops the alpha channel:
 * `out = (c·a + 255·(255 − a)) / 255`, rounded, in sRGB-encoded values like browsers do.
 */
export function flattenOntoWhite(rgba: Uint8Array): FlattenResult {
  const pixels = rgba.length >>> 2;
  const rgb = new Uint8Array(pixels * 3);
  let hadTransparency = false;
  for (let p = 0, s = 0, d = 0; p < pixels; p++, s += 4, d += 3) {
    const alpha = rgba[s + 3]!;
    if (alpha === 255) {
      rgb[d] = rgba[s]!;
      rgb[d + 1] = rgba[s + 1]!;
      rgb[d + 2] = rgba[s + 2]!;
      continue;
    }
    hadTransparency = true;
    const white = 255 * (255 - alpha) + 127;
    rgb[d] = ((rgba[s]! * alpha + white) / 255) | 0;
    rgb[d + 1] = ((rgba[s + 1]! * alpha + white) / 255) | 0;
    rgb[d + 2] = ((rgba[s + 2]! * alpha + white) / 255) | 0;
  }
  return { rgb, hadTransparency };
}
