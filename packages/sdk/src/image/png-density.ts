const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Gives a PNG a `pHYs` chunk (pixels per metre) for `dpi`, right after IHDR, replacing any
 * existing one. PNG has no dpi unit; 300 dpi is stored as 11811 px/m and read back as 300.
 */
export function withPngDensity(png: Uint8Array, dpi: number): Uint8Array {
  if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) throw new TypeError('not a PNG');
  const ppm = Math.round(dpi / 0.0254);
  const body = new Uint8Array(13);
  const view = new DataView(body.buffer);
  body.set([0x70, 0x48, 0x59, 0x73], 0); // "pHYs"
  view.setUint32(4, ppm);
  view.setUint32(8, ppm);
  body[12] = 1; // unit: metre
  const chunk = new Uint8Array(4 + body.length + 4);
  const chunkView = new DataView(chunk.buffer);
  chunkView.setUint32(0, 9);
  chunk.set(body, 4);
  chunkView.setUint32(4 + body.length, crc32(body));
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  let offset = 8;
  while (offset + 8 <= png.length) {
    const length = new DataView(png.buffer, png.byteOffset + offset, 4).getUint32(0);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (type !== 'pHYs') parts.push(png.subarray(offset, end));
    if (type === 'IHDR') parts.push(chunk);
    offset = end;
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** CRC-32 (ISO-HDLC, as PNG uses), table-driven; no Node built-ins so browsers can use the SDK. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of `bytes` as PNG chunks use it (over the chunk type and data). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
