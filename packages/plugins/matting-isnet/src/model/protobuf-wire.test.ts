import { describe, expect, it } from 'vitest';
import { bytesField, concatBytes, readFields, textOf, textsOf, varintField } from './protobuf-wire.js';

describe('protobuf wire', () => {
  it('reads back the fields it writes, raw bytes included', () => {
    const inner = concatBytes([bytesField(1, 'x'), varintField(2, 300)]);
    const message = concatBytes([
      bytesField(1, 'a'),
      bytesField(1, 'bé'),
      varintField(3, 2n ** 40n),
      bytesField(7, inner),
      varintField(4, -1),
    ]);
    const fields = readFields(message);
    expect(fields.map((f) => f.field)).toEqual([1, 1, 3, 7, 4]);
    expect(textsOf(fields, 1)).toEqual(['a', 'bé']);
    expect(fields[2]!.value).toBe(2n ** 40n);
    expect(fields[4]!.value).toBe(2n ** 64n - 1n);
    const nested = readFields(fields[3]!.payload);
    expect(textOf(nested, 1)).toBe('x');
    expect(nested[1]!.value).toBe(300n);
    expect(concatBytes(fields.map((f) => f.raw))).toEqual(message);
  });

  it('rejects truncated messages', () => {
    const message = bytesField(1, 'hello');
    expect(() => readFields(message.subarray(0, message.length - 1))).toThrow(RangeError);
    expect(() => readFields(Uint8Array.of(0x08, 0x80))).toThrow(RangeError);
  });
});
