/** One axis of an output ← input mapping: `output = scale · input + offset` (pixel-edge coordinates). */
export interface AxisMap {
  readonly scale: number;
  readonly offset: number;
}

/** A resampled plane and where the input actually covered it. */
export interface ResampledPlane {
  readonly data: Float32Array;
  /** 1 where the output pixel's centre falls inside the input, 0 outside. */
  readonly known: Uint8Array;
}

/**
 * Resamples a single-channel plane onto an output grid with a triangle (linear) filter whose
 * support widens with the reduction factor, so downscaling averages every input pixel (no
 * aliasing of thin hair strands) and upscaling interpolates linearly. Input pixels outside the
 * plane are left out of the weighted mean; output pixels whose centres fall outside get 0.
 */
export function resamplePlane(
  input: { readonly data: ArrayLike<number>; readonly width: number; readonly height: number },
  outWidth: number,
  outHeight: number,
  mapX: AxisMap,
  mapY: AxisMap,
): ResampledPlane {
  const wx = axisWeights(input.width, outWidth, mapX);
  const wy = axisWeights(input.height, outHeight, mapY);
  // Horizontal pass on the input rows the vertical pass will need.
  let rowLo = input.height;
  let rowHi = -1;
  for (const taps of wy) {
    if (taps.length === 0) continue;
    rowLo = Math.min(rowLo, taps.first);
    rowHi = Math.max(rowHi, taps.first + taps.length - 1);
  }
  const rows = Math.max(0, rowHi - rowLo + 1);
  const tmp = new Float32Array(rows * outWidth);
  for (let r = 0; r < rows; r++) {
    const base = (rowLo + r) * input.width;
    for (let x = 0; x < outWidth; x++) {
      const taps = wx[x]!;
      let sum = 0;
      for (let k = 0; k < taps.length; k++) sum += taps.weights[k]! * input.data[base + taps.first + k]!;
      tmp[r * outWidth + x] = sum;
    }
  }
  const data = new Float32Array(outWidth * outHeight);
  const known = new Uint8Array(outWidth * outHeight);
  for (let y = 0; y < outHeight; y++) {
    const taps = wy[y]!;
    if (!taps.inside) continue;
    for (let x = 0; x < outWidth; x++) {
      if (!wx[x]!.inside) continue;
      let sum = 0;
      for (let k = 0; k < taps.length; k++)
        sum += taps.weights[k]! * tmp[(taps.first + k - rowLo) * outWidth + x]!;
      data[y * outWidth + x] = sum;
      known[y * outWidth + x] = 1;
    }
  }
  return { data, known };
}

interface Taps {
  readonly first: number;
  readonly length: number;
  readonly weights: Float64Array;
  /** Whether the output pixel's centre maps inside the input. */
  readonly inside: boolean;
}

function axisWeights(inSize: number, outSize: number, map: AxisMap): Taps[] {
  const support = Math.max(1, 1 / map.scale);
  const taps: Taps[] = [];
  for (let o = 0; o < outSize; o++) {
    const centre = (o + 0.5 - map.offset) / map.scale;
    const inside = centre >= 0 && centre <= inSize;
    const u = centre - 0.5;
    const first = Math.max(0, Math.ceil(u - support));
    const last = Math.min(inSize - 1, Math.floor(u + support));
    if (!inside || last < first) {
      taps.push({ first: 0, length: 0, weights: new Float64Array(0), inside: false });
      continue;
    }
    const weights = new Float64Array(last - first + 1);
    let total = 0;
    for (let i = first; i <= last; i++) {
      const w = Math.max(0, 1 - Math.abs(i - u) / support);
      weights[i - first] = w;
      total += w;
    }
    if (total <= 0) {
      // The centre sits exactly between taps at the border: take the nearest pixel.
      const nearest = Math.min(inSize - 1, Math.max(0, Math.round(u)));
      taps.push({ first: nearest, length: 1, weights: Float64Array.of(1), inside });
      continue;
    }
    for (let k = 0; k < weights.length; k++) weights[k]! /= total;
    taps.push({ first, length: weights.length, weights, inside });
  }
  return taps;
}
