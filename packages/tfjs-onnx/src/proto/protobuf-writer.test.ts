import { describe, expect, it } from 'vitest';
import { ProtoWriter } from './protobuf-writer.js';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('ProtoWriter', () => {
  it('encodes varint fields as protobuf does', () => {
    expect(hex(new ProtoWriter().int(1, 0).finish())).toBe('0800');
    expect(hex(new ProtoWriter().int(1, 150).finish())).toBe('089601');
    expect(hex(new ProtoWriter().int(20, 7).finish())).toBe('a00107');
    expect(hex(new ProtoWriter().int(2, 2 ** 40).finish())).toBe('10808080808020');
  });

  it('encodes negative int64 values as 10-byte two’s complement', () => {
    expect(hex(new ProtoWriter().int(8, -1).finish())).toBe('40ffffffffffffffffff01');
    expect(hex(new ProtoWriter().int(8, -2).finish())).toBe('40feffffffffffffffff01');
  });

  it('encodes floats, strings, bytes and nested messages', () => {
    expect(hex(new ProtoWriter().float(2, 1).finish())).toBe('150000803f');
    expect(hex(new ProtoWriter().string(1, 'Conv').finish())).toBe('0a04436f6e76');
    expect(hex(new ProtoWriter().bytes(9, Uint8Array.of(1, 2, 3)).finish())).toBe('4a03010203');
    const inner = new ProtoWriter().int(2, 13);
    const outer = new ProtoWriter().string(1, '').message(8, inner);
    expect(hex(outer.finish())).toBe('0a0042021' + '00d');
    expect(outer.length).toBe(6);
  });

  it('rejects values that are not safe integers', () => {
    expect(() => new ProtoWriter().int(1, 1.5)).toThrow(RangeError);
    expect(() => new ProtoWriter().int(1, 2 ** 60)).toThrow(RangeError);
  });
});
