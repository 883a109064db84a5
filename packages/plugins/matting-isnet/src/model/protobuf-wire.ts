/**
 * Just enough of the protobuf wire format to edit an ONNX model without a protobuf library: read
 * the fields of a message (keeping their raw bytes so untouched fields are copied verbatim) and
 * write new length-delimited or varint fields.
 */

/** One field of a message as it appears on the wire. */
export interface WireField {
  /** Field number. */
  readonly field: number;
  /** Wire type: 0 varint, 1 fixed64, 2 length-delimited, 5 fixed32. */
  readonly wireType: 0 | 1 | 2 | 5;
  /** Varint value (wire type 0). */
  readonly value: bigint;
  /** Payload bytes (wire types 1, 2 and 5); empty for varints. */
  readonly payload: Uint8Array;
  /** The whole field, key included, for verbatim copies. */
  readonly raw: Uint8Array;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Reads every field of one message. Throws `RangeError` on truncated or malformed input. */
export function readFields(message: Uint8Array): WireField[] {
  const out: WireField[] = [];
  let pos = 0;
  const varint = (): bigint => {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      if (pos >= message.length || shift > 63n) throw new RangeError('Malformed varint');
      const byte = message[pos++]!;
      result |= BigInt(byte & 0x7f) << shift;
      shift += 7n;
      if ((byte & 0x80) === 0) return result;
    }
  };
  while (pos < message.length) {
    const start = pos;
    const key = Number(varint());
    const field = key >>> 3;
    const wireType = key & 7;
    let value = 0n;
    let payload: Uint8Array = new Uint8Array(0);
    if (wireType === 0) value = varint();
    else if (wireType === 2) {
      const length = Number(varint());
      if (pos + length > message.length) throw new RangeError('Truncated field');
      payload = message.subarray(pos, pos + length);
      pos += length;
    } else if (wireType === 1 || wireType === 5) {
      const length = wireType === 1 ? 8 : 4;
      if (pos + length > message.length) throw new RangeError('Truncated field');
      payload = message.subarray(pos, pos + length);
      pos += length;
    } else throw new RangeError(`Unsupported wire type ${wireType}`);
    out.push({ field, wireType, value, payload, raw: message.subarray(start, pos) });
  }
  return out;
}

/** The payload of a length-delimited field as UTF-8 text. */
export function fieldText(field: WireField): string {
  return decoder.decode(field.payload);
}

/** The first string field with this number, if any. */
export function textOf(fields: readonly WireField[], field: number): string | undefined {
  const found = fields.find((f) => f.field === field && f.wireType === 2);
  return found ? fieldText(found) : undefined;
}

/** Every string field with this number, in order. */
export function textsOf(fields: readonly WireField[], field: number): string[] {
  return fields.filter((f) => f.field === field && f.wireType === 2).map(fieldText);
}

function encodeVarint(value: bigint | number): Uint8Array {
  let n = BigInt(value);
  if (n < 0n) n = BigInt.asUintN(64, n);
  const bytes: number[] = [];
  while (n > 127n) {
    bytes.push(Number(n & 127n) | 128);
    n >>= 7n;
  }
  bytes.push(Number(n));
  return Uint8Array.from(bytes);
}

/** Concatenates byte arrays. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A length-delimited field (sub-message, bytes or string). */
export function bytesField(field: number, payload: Uint8Array | string): Uint8Array {
  const body = typeof payload === 'string' ? encoder.encode(payload) : payload;
  return concatBytes([encodeVarint((field << 3) | 2), encodeVarint(body.length), body]);
}

/** A varint field. */
export function varintField(field: number, value: bigint | number): Uint8Array {
  return concatBytes([encodeVarint(field << 3), encodeVarint(value)]);
}
