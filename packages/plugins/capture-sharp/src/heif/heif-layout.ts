import { u16be, u32be } from '../structure/verdict.js';

/** Facts of the primary item of a HEIF/AVIF file, read from its boxes. */
export interface HeifLayout {
  /** Coded size (`ispe`) before rotation and mirroring. */
  readonly width: number;
  readonly height: number;
  /** The item's `irot`/`imir` transforms expressed as the equivalent EXIF orientation (1–8). */
  readonly orientation: number;
}

interface Box {
  readonly type: string;
  /** Offset of the payload (after the header). */
  readonly body: number;
  readonly end: number;
}

/** Display = M · stored, as [a, b, c, d] for [[a, b], [c, d]] in y-down pixel coordinates. */
type Matrix = readonly [number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1];
const ROTATE_CCW: Matrix = [0, 1, -1, 0];
const FLOP: Matrix = [-1, 0, 0, 1];
const FLIP: Matrix = [1, 0, 0, -1];
/** EXIF orientation n ⇔ this matrix (index n − 1). */
const EXIF_MATRICES: readonly Matrix[] = [
  IDENTITY,
  FLOP,
  [-1, 0, 0, -1],
  FLIP,
  [0, 1, 1, 0],
  [0, -1, 1, 0],
  [0, -1, -1, 0],
  ROTATE_CCW,
];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
];

function* boxes(bytes: Uint8Array, start: number, end: number): Generator<Box> {
  let at = start;
  while (at + 8 <= end) {
    let size = u32be(bytes, at);
    let header = 8;
    if (size === 1 && at + 16 <= end) {
      size = u32be(bytes, at + 8) * 2 ** 32 + u32be(bytes, at + 12);
      header = 16;
    } else if (size === 0) {
      size = end - at;
    }
    if (size < header || at + size > end) return;
    yield { type: String.fromCharCode(...bytes.subarray(at + 4, at + 8)), body: at + header, end: at + size };
    at += size;
  }
}

const child = (bytes: Uint8Array, parent: Box, type: string, skip = 0): Box | undefined => {
  for (const box of boxes(bytes, parent.body + skip, parent.end)) if (box.type === type) return box;
  return undefined;
};

/**
 * Reads the primary item's coded size and rotation/mirroring from a HEIF or AVIF file (`meta` →
 * `pitm`, `iprp`/`ipco` properties, `ipma` associations). libheif applies these transforms when
 * decoding, so they are reported, never applied a second time. `undefined` when the boxes are absent.
 */
export function readHeifLayout(bytes: Uint8Array): HeifLayout | undefined {
  const root: Box = { type: 'file', body: 0, end: bytes.length };
  const meta = child(bytes, root, 'meta');
  if (!meta) return undefined;
  const pitm = child(bytes, meta, 'pitm', 4);
  const iprp = child(bytes, meta, 'iprp', 4);
  if (!pitm || !iprp) return undefined;
  const primary = bytes[pitm.body] === 0 ? u16be(bytes, pitm.body + 4) : u32be(bytes, pitm.body + 4);
  const ipco = child(bytes, iprp, 'ipco');
  const ipma = child(bytes, iprp, 'ipma');
  if (!ipco || !ipma) return undefined;
  const properties = [...boxes(bytes, ipco.body, ipco.end)];

  let width = 0;
  let height = 0;
  let matrix = IDENTITY;
  for (const index of associations(bytes, ipma, primary)) {
    const property = properties[index - 1];
    if (!property) continue;
    if (property.type === 'ispe' && property.body + 12 <= property.end) {
      width = u32be(bytes, property.body + 4);
      height = u32be(bytes, property.body + 8);
    } else if (property.type === 'irot' && property.body < property.end) {
      for (let turn = 0; turn < (bytes[property.body]! & 3); turn++) matrix = multiply(ROTATE_CCW, matrix);
    } else if (property.type === 'imir' && property.body < property.end) {
      // libheif (and libavif): axis 0 mirrors top-to-bottom, axis 1 left-to-right.
      matrix = multiply(bytes[property.body]! & 1 ? FLOP : FLIP, matrix);
    }
  }
  if (width === 0 || height === 0) return undefined;
  const orientation = EXIF_MATRICES.findIndex((m) => m.every((value, i) => value === matrix[i])) + 1;
  return { width, height, orientation };
}

/** Property indices (1-based, in association order) of one item in an `ipma` box. */
function associations(bytes: Uint8Array, ipma: Box, item: number): number[] {
  const version = bytes[ipma.body]!;
  const wide = (bytes[ipma.body + 3]! & 1) === 1;
  let at = ipma.body + 8;
  const entries = u32be(bytes, ipma.body + 4);
  for (let e = 0; e < entries && at < ipma.end; e++) {
    const id = version < 1 ? u16be(bytes, at) : u32be(bytes, at);
    at += version < 1 ? 2 : 4;
    const count = bytes[at]!;
    at += 1;
    const indices: number[] = [];
    for (let a = 0; a < count; a++) {
      indices.push(wide ? u16be(bytes, at) & 0x7fff : bytes[at]! & 0x7f);
      at += wide ? 2 : 1;
    }
    if (id === item) return indices;
  }
  return [];
}
