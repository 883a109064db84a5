/** Rec. 601 luma (0–255) of pixel `i` of interleaved RGB `data`. */
export function lumaAt(data: Uint8Array, i: number): number {
  return (data[3 * i]! * 299 + data[3 * i + 1]! * 587 + data[3 * i + 2]! * 114) / 1000;
}

/** Rec. 601 luma of 8-bit RGB components. */
export function luma(r: number, g: number, b: number): number {
  return (r * 299 + g * 587 + b * 114) / 1000;
}
