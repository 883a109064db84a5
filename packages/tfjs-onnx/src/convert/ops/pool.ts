import type { OpConverter } from '../op-converter.js';
import { type Dim, permute, TO_NHWC, windowOutput } from '../shape.js';
import { windowPads } from './conv.js';

function pool(onnxOp: 'MaxPool' | 'AveragePool'): OpConverter {
  return (node, ctx, attrs) => {
    const layout = attrs.string('data_format', 'NHWC');
    if (layout !== 'NHWC' && layout !== 'NCHW') ctx.fail(node, `data_format ${layout}`);
    const nhwc = layout === 'NHWC';
    const x = nhwc ? ctx.stored(node, 0) : ctx.value(node, 0);
    if (x.shape && x.shape.length !== 4) ctx.fail(node, 'input is not rank 4');
    const spatial = (list: number[]): [number, number] =>
      nhwc ? [list[1] ?? 1, list[2] ?? 1] : [list[2] ?? 1, list[3] ?? 1];
    const kernel = spatial(attrs.ints('ksize', [1, 1, 1, 1]));
    const strides = spatial(attrs.ints('strides', [1, 1, 1, 1]));
    const padding = attrs.string('padding', 'VALID');
    if (padding !== 'SAME' && padding !== 'VALID') return ctx.fail(node, `padding ${padding}`);
    const xN = nhwc ? ctx.toNchw(x) : x;
    const inH = xN.shape?.[2] ?? null;
    const inW = xN.shape?.[3] ?? null;
    const attributes = [
      { name: 'kernel_shape', type: 'ints' as const, value: kernel },
      { name: 'strides', type: 'ints' as const, value: strides },
      // TF excludes padded cells from both max and average, which is ONNX's default (count_include_pad=0).
      ...windowPads(padding, [inH, inW], kernel, strides, [1, 1]),
    ];
    const [yN] = ctx.node(onnxOp, [xN.name], attributes, node.name);
    const nchwShape: Dim[] = [
      xN.shape?.[0] ?? null,
      xN.shape?.[1] ?? null,
      windowOutput(inH, kernel[0], strides[0], 1, padding),
      windowOutput(inW, kernel[1], strides[1], 1, padding),
    ];
    if (!nhwc) {
      ctx.define(node.name, { name: yN!, dtype: x.dtype, shape: nchwShape });
      return;
    }
    ctx.define(node.name, { name: yN!, dtype: x.dtype, shape: permute(nchwShape, TO_NHWC), layout: 'nchw' });
  };
}

/** `MaxPool` (NHWC) → Transpose, MaxPool, Transpose. */
export const convertMaxPool: OpConverter = pool('MaxPool');
/** `AvgPool` (NHWC) → Transpose, AveragePool, Transpose. */
export const convertAvgPool: OpConverter = pool('AveragePool');
