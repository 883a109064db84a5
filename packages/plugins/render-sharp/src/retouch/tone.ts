/** Per-channel gains applied to the subject. */
export interface ToneCorrection {
  readonly gains: readonly [number, number, number];
  /** The exposure part alone (applied equally to all channels). */
  readonly exposure: number;
  /** Skin chromaticity (r, g of r+g+b) before and after. */
  readonly chromaticity: {
    readonly before: readonly [number, number];
    readonly after: readonly [number, number];
  };
}

/**
 * Skin chromaticity box: r = R/(R+G+B) and g = G/(R+G+B) of well-balanced skin of every tone lie
 * inside it (the "skin locus"; skin differs mainly in brightness and saturation, not in hue), so a
 * skin mean outside it is a colour cast of the light. Inside it nothing is changed.
 */
const SKIN_LOCUS = { r: [0.385, 0.52], g: [0.285, 0.345] } as const;
/** Largest chromaticity move per axis: corrects casts, never re-colours a face. */
const MAX_SHIFT = 0.03;
/** Gains are kept within these bounds whatever the measurement says. */
const GAIN_LIMITS = [0.85, 1.18] as const;
/**
 * Exposure: the face's highlights (99th-percentile luma over the whole face outline: catchlights,
 * eye whites, specular skin) reach about this in a correctly exposed photo whatever the skin tone.
 * Below it the face is under-exposed and is lifted towards it.
 */
const HIGHLIGHT_TARGET = 200;

/**
 * Measures exposure and white balance and returns capped gains. White balance: the skin
 * (`skin` = 1 for skin pixels of the interleaved RGB floats `pixels`) chromaticity is moved into
 * the skin locus by at most 0.03 per axis, preserving luma. Exposure: only under-exposure is
 * corrected (clipped highlights cannot be recovered by a gain), judged by the highlights of the
 * whole face (`face`), never by skin brightness — targeting a skin brightness would lighten dark
 * and darken light skin, changing how the person looks. The lift is at most 18 %.
 */
export function measureTone(pixels: Float32Array, skin: Uint8Array, face: Uint8Array): ToneCorrection | null {
  let sr = 0;
  let sg = 0;
  let sb = 0;
  const lumas: number[] = [];
  for (let i = 0; i < skin.length; i++) {
    if (!skin[i]) continue;
    const r = pixels[3 * i]!;
    const g = pixels[3 * i + 1]!;
    const b = pixels[3 * i + 2]!;
    sr += r;
    sg += g;
    sb += b;
    lumas.push(0.299 * r + 0.587 * g + 0.114 * b);
  }
  if (lumas.length < 32) return null;
  const sum = sr + sg + sb;
  if (sum <= 0) return null;
  const before: [number, number] = [sr / sum, sg / sum];
  const into = (v: number, [lo, hi]: readonly [number, number]): number =>
    Math.max(v - MAX_SHIFT, Math.min(v + MAX_SHIFT, Math.min(hi, Math.max(lo, v))));
  const after: [number, number] = [into(before[0], SKIN_LOCUS.r), into(before[1], SKIN_LOCUS.g)];
  const b0 = 1 - before[0] - before[1];
  const b1 = 1 - after[0] - after[1];
  let gains: [number, number, number] = [after[0] / before[0], after[1] / before[1], b1 / Math.max(1e-6, b0)];
  // Keep the skin's mean luma: white balance changes hue, not brightness.
  const mean = [sr / lumas.length, sg / lumas.length, sb / lumas.length] as const;
  const y0 = 0.299 * mean[0] + 0.587 * mean[1] + 0.114 * mean[2];
  const y1 = 0.299 * mean[0] * gains[0] + 0.587 * mean[1] * gains[1] + 0.114 * mean[2] * gains[2];
  gains = gains.map((k) => (k * y0) / Math.max(1e-6, y1)) as [number, number, number];

  const faceLumas: number[] = [];
  for (let i = 0; i < face.length; i++)
    if (face[i])
      faceLumas.push(0.299 * pixels[3 * i]! + 0.587 * pixels[3 * i + 1]! + 0.114 * pixels[3 * i + 2]!);
  faceLumas.sort((a, b) => a - b);
  const highlights = faceLumas.length > 0 ? faceLumas[Math.floor(0.99 * (faceLumas.length - 1))]! : 255;
  const exposure = clamp(HIGHLIGHT_TARGET / Math.max(1, highlights), 1, GAIN_LIMITS[1]);
  const total = gains.map((k) => clamp(k * exposure, GAIN_LIMITS[0], GAIN_LIMITS[1])) as [
    number,
    number,
    number,
  ];
  return { gains: total, exposure, chromaticity: { before, after } };
}

/** Multiplies interleaved RGB floats (0–255) by per-channel gains, in place, clipping at 255. */
export function applyGains(pixels: Float32Array, gains: readonly [number, number, number]): void {
  for (let i = 0; i < pixels.length; i += 3) {
    pixels[i] = Math.min(255, pixels[i]! * gains[0]);
    pixels[i + 1] = Math.min(255, pixels[i + 1]! * gains[1]);
    pixels[i + 2] = Math.min(255, pixels[i + 2]! * gains[2]);
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
