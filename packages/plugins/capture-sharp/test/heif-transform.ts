/**
 * Adds an `irot` (rotation) and optionally an `imir` (mirror) property to the primary item of a
 * single-image HEIF made by `heif-enc`, the way iPhones mark portrait photos. Test-only BMFF surgery:
 * the new boxes go at the end of `ipco`, the item's `ipma` entry gains the associations, the enclosing
 * box sizes grow and `iloc` offsets move by the number of inserted bytes.
 */
export function addHeifTransform(
  file: Uint8Array,
  rotationCcwQuarters: number,
  mirrorAxis?: 0 | 1,
): Uint8Array {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const type = (at: number): string => String.fromCharCode(...file.subarray(at + 4, at + 8));
  const children = (start: number, end: number): Map<string, number> => {
    const found = new Map<string, number>();
    for (let at = start; at < end; at += view.getUint32(at)) found.set(type(at), at);
    return found;
  };
  const top = children(0, file.length);
  const meta = top.get('meta')!;
  const metaChildren = children(meta + 12, meta + view.getUint32(meta));
  const iprp = metaChildren.get('iprp')!;
  const iloc = metaChildren.get('iloc')!;
  const iprpChildren = children(iprp + 8, iprp + view.getUint32(iprp));
  const ipco = iprpChildren.get('ipco')!;
  const ipma = iprpChildren.get('ipma')!;
  const primary = view.getUint16(metaChildren.get('pitm')! + 12);

  const properties = [...children(ipco + 8, ipco + view.getUint32(ipco)).keys()].length;
  const boxes: number[] = [
    0,
    0,
    0,
    9,
    ...'irot'.split('').map((c) => c.charCodeAt(0)),
    rotationCcwQuarters & 3,
  ];
  if (mirrorAxis !== undefined)
    boxes.push(0, 0, 0, 9, ...'imir'.split('').map((c) => c.charCodeAt(0)), mirrorAxis);
  const added = mirrorAxis === undefined ? [properties + 1] : [properties + 1, properties + 2];

  // ipma (version 0, flags 0): entry_count u32, then item_ID u16, count u8, one byte per association.
  let entry = ipma + 16;
  let insertAt = -1;
  for (let i = 0; i < view.getUint32(ipma + 12); i++) {
    const item = view.getUint16(entry);
    const count = file[entry + 2]!;
    if (item === primary) insertAt = entry + 3 + count;
    entry += 3 + count;
  }
  const ipcoEnd = ipco + view.getUint32(ipco);
  const grow = boxes.length + added.length;
  const out = new Uint8Array(file.length + grow);
  // Copy with the two insertions (ipco end comes before ipma in heif-enc output).
  out.set(file.subarray(0, ipcoEnd), 0);
  out.set(boxes, ipcoEnd);
  out.set(file.subarray(ipcoEnd, insertAt), ipcoEnd + boxes.length);
  out.set(
    added.map((index) => 0x80 | index),
    insertAt + boxes.length,
  );
  out.set(file.subarray(insertAt), insertAt + grow);
  const o = new DataView(out.buffer);
  const primaryEntry = findEntry(o, ipma + boxes.length, primary);
  out[primaryEntry + 2] = out[primaryEntry + 2]! + added.length;
  o.setUint32(ipco, o.getUint32(ipco) + boxes.length);
  o.setUint32(ipma + boxes.length, o.getUint32(ipma + boxes.length) + added.length);
  o.setUint32(iprp, o.getUint32(iprp) + grow);
  o.setUint32(meta, o.getUint32(meta) + grow);
  shiftIloc(o, iloc, grow);
  return out;
}

function findEntry(view: DataView, ipma: number, item: number): number {
  let entry = ipma + 16;
  for (let i = 0; i < view.getUint32(ipma + 12); i++) {
    if (view.getUint16(entry) === item) return entry;
    entry += 3 + view.getUint8(entry + 2);
  }
  throw new Error('primary item has no ipma entry');
}

/** Moves every absolute data offset in `iloc` (versions 0/1, construction method 0) by `delta`. */
function shiftIloc(view: DataView, iloc: number, delta: number): void {
  const version = view.getUint8(iloc + 8);
  const sizes = view.getUint8(iloc + 12);
  const offsetSize = sizes >> 4;
  const lengthSize = sizes & 15;
  const baseSize = view.getUint8(iloc + 13) >> 4;
  const indexSize = version >= 1 ? view.getUint8(iloc + 13) & 15 : 0;
  const read = (at: number, size: number): number =>
    size === 4 ? view.getUint32(at) : size === 8 ? view.getUint32(at + 4) : 0;
  const write = (at: number, size: number, value: number): void => {
    if (size === 4) view.setUint32(at, value);
    else if (size === 8) view.setUint32(at + 4, value);
  };
  let at = iloc + 14;
  const items = view.getUint16(at);
  at += 2;
  for (let i = 0; i < items; i++) {
    at += 2 + (version >= 1 ? 2 : 0) + 2;
    const base = read(at, baseSize);
    if (baseSize > 0) write(at, baseSize, base + delta);
    at += baseSize;
    const extents = view.getUint16(at);
    at += 2;
    for (let e = 0; e < extents; e++) {
      at += indexSize;
      if (baseSize === 0) write(at, offsetSize, read(at, offsetSize) + delta);
      at += offsetSize + lengthSize;
    }
  }
}
