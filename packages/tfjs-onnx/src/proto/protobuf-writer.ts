/**
 * A minimal protocol-buffers encoder: just what ONNX's ModelProto needs (varints, 32-bit floats,
 * length-delimited bytes, strings and nested messages). Bytes are kept as a list of chunks and
 * joined once in {@link ProtoWriter.finish}, so multi-megabyte weight tensors are copied only once.
 */

const WIRE_VARINT = 0;
const WIRE_LENGTH_DELIMITED = 2;
const WIRE_FIXED32 = 5;

const textEncoder = new TextEncoder();

/** Accumulates the encoded fields of one protobuf message. */
export class ProtoWriter {
  private readonly chunks: Uint8Array[] = [];
  private byteLength = 0;

  /** Number of bytes written so far. */
  get length(): number {
    return this.byteLength;
  }

  /** Writes an `int64`/`int32`/enum field (negative values as 10-byte two's complement, as protobuf does). */
  int(field: number, value: number): this {
    this.tag(field, WIRE_VARINT);
    this.varint(value);
    return this;
  }

  /** Writes a `float` field (little-endian IEEE 754 single precision). */
  float(field: number, value: number): this {
    this.tag(field, WIRE_FIXED32);
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setFloat32(0, value, true);
    this.push(bytes);
    return this;
  }

  /** Writes a `string` field as UTF-8. */
  string(field: number, value: string): this {
    return this.bytes(field, textEncoder.encode(value));
  }

  /** Writes a `bytes` field. The array is referenced, not copied, until {@link finish}. */
  bytes(field: number, value: Uint8Array): this {
    this.tag(field, WIRE_LENGTH_DELIMITED);
    this.varint(value.byteLength);
    this.push(value);
    return this;
  }

  /** Writes an embedded message field. */
  message(field: number, value: ProtoWriter): this {
    this.tag(field, WIRE_LENGTH_DELIMITED);
    this.varint(value.byteLength);
    for (const chunk of value.chunks) this.push(chunk);
    return this;
  }

  /** Joins all chunks into one buffer. */
  finish(): Uint8Array {
    const out = new Uint8Array(this.byteLength);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return out;
  }

  private tag(field: number, wireType: number): void {
    this.varint(field * 8 + wireType);
  }

  private varint(value: number): void {
    if (!Number.isSafeInteger(value)) throw new RangeError(`Not a safe integer: ${value}`);
    const bytes: number[] = [];
    if (value >= 0) {
      let v = value;
      while (v > 0x7f) {
        bytes.push((v % 0x80) | 0x80);
        v = Math.floor(v / 0x80);
      }
      bytes.push(v);
    } else {
      let v = BigInt.asUintN(64, BigInt(value));
      while (v > 0x7fn) {
        bytes.push(Number(v & 0x7fn) | 0x80);
        v >>= 7n;
      }
      bytes.push(Number(v));
    }
    this.push(Uint8Array.from(bytes));
  }

  private push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.byteLength += chunk.byteLength;
  }
}
