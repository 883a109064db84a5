/**
 * Converts IEEE 754 half-precision bit patterns to float32 values (exact: every float16 is
 * representable in float32). Subnormals, infinities and NaN follow IEEE 754.
 */
export function float16ToFloat32(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const mantissa = bits & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 0x1f) return mantissa === 0 ? sign * Number.POSITIVE_INFINITY : Number.NaN;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

let table: Float32Array | undefined;

/** All 65 536 float16 values as float32, built on first use (256 KB), for decoding large weights fast. */
export function float16Table(): Float32Array {
  if (!table) {
    table = new Float32Array(65536);
    for (let bits = 0; bits < 65536; bits++) table[bits] = float16ToFloat32(bits);
  }
  return table;
}
