import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { attr, GraphBuilder } from '../../../test/helpers/graph-builder.js';
import { convertTfjsGraph } from '../convert-tfjs-graph.js';

async function stridedSlice(
  begin: number[],
  end: number[],
  strides: number[],
  masks: Record<string, number>,
) {
  const g = new GraphBuilder();
  g.placeholder('x', [2, 6]);
  const i32 = (name: string, values: number[]) => g.const(name, values, [values.length], 'int32');
  g.op('y', 'StridedSlice', ['x', i32('b', begin), i32('e', end), i32('s', strides)], {
    begin_mask: attr.i(masks.begin ?? 0),
    end_mask: attr.i(masks.end ?? 0),
    ellipsis_mask: attr.i(0),
    new_axis_mask: attr.i(0),
    shrink_axis_mask: attr.i(masks.shrink ?? 0),
  });
  const { json, weights } = g.build();
  const session = await ort.InferenceSession.create(convertTfjsGraph({ modelJson: json, weights }));
  const x = Float32Array.from({ length: 12 }, (_, i) => i);
  const out = (await session.run({ x: new ort.Tensor('float32', x, [2, 6]) })).y;
  return { dims: out?.dims, values: Array.from((out?.data as Float32Array | undefined) ?? []) };
}

// tfjs-wasm cannot be the reference here (it mis-handles shrink with strides), so these are
// TensorFlow's documented results for x = [[0..5], [6..11]].
describe('StridedSlice follows TensorFlow semantics', () => {
  it('x[1, 1:5:2] → [7, 9]', async () => {
    expect(await stridedSlice([1, 1], [2, 5], [1, 2], { shrink: 1 })).toEqual({ dims: [2], values: [7, 9] });
  });

  it('x[0, ::-2] → [5, 3, 1]', async () => {
    expect(await stridedSlice([0, 0], [1, 0], [1, -2], { shrink: 1, begin: 2, end: 2 })).toEqual({
      dims: [3],
      values: [5, 3, 1],
    });
  });

  it('x[:, -1] → [5, 11]', async () => {
    expect(await stridedSlice([0, -1], [0, 0], [1, 1], { begin: 1, end: 1, shrink: 2 })).toEqual({
      dims: [2],
      values: [5, 11],
    });
  });

  it('rejects ellipsis and new-axis masks', () => {
    const g = new GraphBuilder();
    g.placeholder('x', [2, 6]);
    const c = (name: string) => g.const(name, [0, 0], [2], 'int32');
    g.op('y', 'StridedSlice', ['x', c('b'), c('e'), g.const('s', [1, 1], [2], 'int32')], {
      ellipsis_mask: attr.i(1),
    });
    const { json, weights } = g.build();
    expect(() => convertTfjsGraph({ modelJson: json, weights })).toThrow(
      expect.objectContaining({ code: 'TFJS_ONNX_UNSUPPORTED_ATTRIBUTE' }),
    );
  });
});
