import { deflateSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function u32(value: number): Uint8Array {
  return new Uint8Array([(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = new Uint8Array([...type].map((c) => c.charCodeAt(0)));
  const body = new Uint8Array([...typed, ...data]);
  return new Uint8Array([...u32(data.length), ...body, ...u32(crc32(body))]);
}

/** Builds a PNG from an IHDR description and the (already compressed) IDAT payload. */
export function pngFile(
  width: number,
  height: number,
  bitDepth: number,
  colourType: number,
  idat: Uint8Array,
): Uint8Array {
  const ihdr = new Uint8Array([...u32(width), ...u32(height), bitDepth, colourType, 0, 0, 0]);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * A complete, valid 1-bit greyscale PNG of any size (all black): 20000×20000 is 400 MP declared in
 * ~50 KB, the shape of a decompression bomb. Decoding it would need 1.2 GB as RGB.
 */
export function blackBitmapPng(width: number, height: number): Uint8Array {
  const stride = 1 + Math.ceil(width / 8);
  return pngFile(width, height, 1, 0, deflateSync(new Uint8Array(stride * height), { level: 9 }));
}

/** A PNG header declaring `width × height` RGB, followed by a few hundred bytes of non-image data. */
export function headerOnlyBombPng(width: number, height: number): Uint8Array {
  return pngFile(width, height, 8, 2, new Uint8Array(300).fill(0x5a));
}

/** A minimal JPEG whose SOF0 declares `width × height` and whose scan is a few garbage bytes. */
export function jpegHeaderDeclaring(width: number, height: number): Uint8Array {
  const sof = [
    0xff,
    0xc0,
    0,
    17,
    8,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    3,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ];
  const sos = [0xff, 0xda, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0];
  return new Uint8Array([0xff, 0xd8, ...sof, ...sos, 0x12, 0x34, 0x56, 0xff, 0xd9]);
}

/** An uncompressed 24-bit BMP (bottom-up) of a flat colour: a real image sharp cannot decode. */
export function bmpFile(width: number, height: number): Uint8Array {
  const stride = Math.ceil((width * 3) / 4) * 4;
  const size = 54 + stride * height;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out[0] = 0x42;
  out[1] = 0x4d;
  view.setUint32(2, size, true);
  view.setUint32(10, 54, true);
  view.setUint32(14, 40, true);
  view.setInt32(18, width, true);
  view.setInt32(22, height, true);
  view.setUint16(26, 1, true);
  view.setUint16(28, 24, true);
  view.setUint32(34, stride * height, true);
  out.fill(0x80, 54);
  return out;
}

/** Encodes ASCII/UTF-8 text. */
export const text = (value: string): Uint8Array => new TextEncoder().encode(value);

/** A tiny MP4 (ftyp isom + empty moov + mdat), what a "Live Photo" video or screen recording starts with. */
export function mp4File(): Uint8Array {
  const box = (type: string, body: number[]): number[] => [...u32(8 + body.length), ...text(type), ...body];
  return new Uint8Array([
    ...box('ftyp', [...text('isom'), 0, 0, 2, 0, ...text('isomiso2avc1mp41')]),
    ...box('moov', []),
    ...box('mdat', [1, 2, 3, 4]),
  ]);
}
