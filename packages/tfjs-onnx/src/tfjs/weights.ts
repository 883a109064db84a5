import { tfjsOnnxErrors } from '../errors.js';
import { float16Table } from './float16.js';
import type { TfjsWeightEntry, TfjsWeightsGroup } from './model-json.js';

/** A decoded constant tensor. */
export type ConstTensor =
  | { readonly dtype: 'float32'; readonly shape: readonly number[]; readonly values: Float32Array }
  | { readonly dtype: 'int32'; readonly shape: readonly number[]; readonly values: Int32Array }
  | { readonly dtype: 'bool'; readonly shape: readonly number[]; readonly values: Uint8Array };

const BYTES_PER_VALUE: Readonly<Record<string, number>> = {
  float32: 4,
  int32: 4,
  bool: 1,
  uint8: 1,
  uint16: 2,
  float16: 2,
};

/**
 * Decodes every weight of the manifest from the concatenated shard bytes, reproducing
 * tfjs-core's `decodeWeights`: uint8/uint16 affine dequantization (`q * scale + min`, rounded for
 * int32) and float16 → float32.
 *
 * @param manifest the model's `weightsManifest`
 * @param data all shards of all groups, concatenated in manifest order
 */
export function decodeWeights(
  manifest: readonly TfjsWeightsGroup[],
  data: Uint8Array,
): Map<string, ConstTensor> {
  const out = new Map<string, ConstTensor>();
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let offset = 0;
  for (const group of manifest) {
    for (const entry of group.weights) {
      const size = entry.shape.reduce((a, b) => a * b, 1);
      const storage = entry.quantization?.dtype ?? entry.dtype;
      const width = BYTES_PER_VALUE[storage];
      if (width === undefined || (entry.quantization && !['uint8', 'uint16', 'float16'].includes(storage))) {
        throw mismatch(entry, `unsupported dtype ${storage}`);
      }
      const byteLength = size * width;
      if (offset + byteLength > data.byteLength) throw mismatch(entry, 'weight bytes end early');
      out.set(entry.name, decodeOne(entry, view, offset, size));
      offset += byteLength;
    }
  }
  if (offset !== data.byteLength) {
    throw tfjsOnnxErrors.create('TFJS_ONNX_WEIGHTS_MISMATCH', {
      details: { reason: 'trailing bytes', expected: offset, actual: data.byteLength },
    });
  }
  return out;
}

function decodeOne(entry: TfjsWeightEntry, view: DataView, offset: number, size: number): ConstTensor {
  const shape = [...entry.shape];
  const q = entry.quantization;
  if (q) {
    const read = (i: number): number =>
      q.dtype === 'uint8' ? view.getUint8(offset + i) : view.getUint16(offset + 2 * i, true);
    if (q.dtype === 'float16') {
      if (entry.dtype !== 'float32') throw mismatch(entry, 'float16 quantization of a non-float32 weight');
      const values = new Float32Array(size);
      const decode = float16Table();
      for (let i = 0; i < size; i++) values[i] = decode[view.getUint16(offset + 2 * i, true)]!;
      return { dtype: 'float32', shape, values };
    }
    if (q.scale === undefined || q.min === undefined) throw mismatch(entry, 'quantization without scale/min');
    const { scale, min } = q;
    if (entry.dtype === 'float32') {
      const values = new Float32Array(size);
      for (let i = 0; i < size; i++) values[i] = read(i) * scale + min;
      return { dtype: 'float32', shape, values };
    }
    if (entry.dtype === 'int32') {
      const values = new Int32Array(size);
      for (let i = 0; i < size; i++) values[i] = Math.round(read(i) * scale + min);
      return { dtype: 'int32', shape, values };
    }
    throw mismatch(entry, `quantized ${entry.dtype}`);
  }
  switch (entry.dtype) {
    case 'float32': {
      const values = new Float32Array(size);
      for (let i = 0; i < size; i++) values[i] = view.getFloat32(offset + 4 * i, true);
      return { dtype: 'float32', shape, values };
    }
    case 'int32': {
      const values = new Int32Array(size);
      for (let i = 0; i < size; i++) values[i] = view.getInt32(offset + 4 * i, true);
      return { dtype: 'int32', shape, values };
    }
    case 'bool': {
      const values = new Uint8Array(size);
      for (let i = 0; i < size; i++) values[i] = view.getUint8(offset + i) ? 1 : 0;
      return { dtype: 'bool', shape, values };
    }
    default:
      throw mismatch(entry, `unsupported dtype ${entry.dtype}`);
  }
}

function mismatch(entry: TfjsWeightEntry, reason: string): Error {
  return tfjsOnnxErrors.create('TFJS_ONNX_WEIGHTS_MISMATCH', { details: { weight: entry.name, reason } });
}
