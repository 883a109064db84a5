import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initTfjsWasm } from '../../test/helpers/tfjs-reference.js';
import type { TfjsWeightsGroup } from './model-json.js';
import { decodeWeights } from './weights.js';

/** Bytes of uint8 / uint16 / float16-quantized and plain weights, as tfjs-converter writes them. */
function fixture(): { manifest: TfjsWeightsGroup[]; data: Uint8Array } {
  const u8 = Uint8Array.of(0, 1, 127, 255);
  const u16 = new Uint8Array(Uint16Array.of(0, 1000, 65535).buffer);
  const f16 = new Uint8Array(Uint16Array.of(0x3c00, 0xc000, 0x3555, 0x0001, 0x7bff, 0x8000).buffer);
  const i8 = Uint8Array.of(0, 3, 200);
  const f32 = new Uint8Array(Float32Array.of(1.5, -2.25).buffer);
  const i32 = new Uint8Array(Int32Array.of(-7, 42).buffer);
  const manifest: TfjsWeightsGroup[] = [
    {
      paths: ['a.bin'],
      weights: [
        {
          name: 'u8',
          shape: [2, 2],
          dtype: 'float32',
          quantization: { dtype: 'uint8', scale: 0.0123, min: -1.1, original_dtype: 'float32' },
        },
        {
          name: 'u16',
          shape: [3],
          dtype: 'float32',
          quantization: { dtype: 'uint16', scale: 0.000321, min: 0.5, original_dtype: 'float32' },
        },
        {
          name: 'f16',
          shape: [6],
          dtype: 'float32',
          quantization: { dtype: 'float16', original_dtype: 'float32' },
        },
      ],
    },
    {
      paths: ['b.bin'],
      weights: [
        {
          name: 'i8',
          shape: [3],
          dtype: 'int32',
          quantization: { dtype: 'uint8', scale: 0.5, min: -3, original_dtype: 'int32' },
        },
        { name: 'f32', shape: [2], dtype: 'float32' },
        { name: 'i32', shape: [2], dtype: 'int32' },
      ],
    },
  ];
  return { manifest, data: new Uint8Array(Buffer.concat([u8, u16, f16, i8, f32, i32])) };
}

describe('decodeWeights', () => {
  beforeAll(initTfjsWasm);

  it('decodes every weight exactly as tfjs-core does', () => {
    const { manifest, data } = fixture();
    const ours = decodeWeights(manifest, data);
    const theirs = tf.io.decodeWeights(
      data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
      manifest.flatMap((g) => g.weights) as tf.io.WeightsManifestEntry[],
    );
    expect([...ours.keys()]).toEqual(Object.keys(theirs));
    for (const [name, tensor] of Object.entries(theirs)) {
      const mine = ours.get(name);
      expect(mine?.dtype, name).toBe(tensor.dtype);
      expect(mine?.shape, name).toEqual(tensor.shape);
      expect(Array.from(mine?.values ?? []), name).toEqual(Array.from(tensor.dataSync()));
    }
    expect(Array.from(ours.get('f16')?.values ?? [])).toEqual([1, -2, 0.333251953125, 2 ** -24, 65504, -0]);
    expect(Array.from(ours.get('i8')?.values ?? [])).toEqual([-3, -1, 97]); // Math.round(-1.5) === -1, as in tfjs;
  });

  it('rejects short or long weight data and unknown dtypes with TFJS_ONNX_WEIGHTS_MISMATCH', () => {
    const { manifest, data } = fixture();
    const code = expect.objectContaining({ code: 'TFJS_ONNX_WEIGHTS_MISMATCH' });
    expect(() => decodeWeights(manifest, data.subarray(0, data.byteLength - 1))).toThrow(code);
    expect(() => decodeWeights(manifest, new Uint8Array(Buffer.concat([data, Uint8Array.of(0)])))).toThrow(
      code,
    );
    const strings: TfjsWeightsGroup[] = [
      { paths: ['x'], weights: [{ name: 's', shape: [1], dtype: 'string' }] },
    ];
    expect(() => decodeWeights(strings, new Uint8Array(8))).toThrow(code);
    const int8: TfjsWeightsGroup[] = [
      {
        paths: ['x'],
        weights: [
          { name: 'q', shape: [1], dtype: 'float32', quantization: { dtype: 'int8', scale: 1, min: 0 } },
        ],
      },
    ];
    expect(() => decodeWeights(int8, new Uint8Array(1))).toThrow(code);
  });
});
