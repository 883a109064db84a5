import type { OpConverter } from '../op-converter.js';

/** `Mean`/`Max`/`Min`/`Sum`/`Prod` with constant axes and `keep_dims`. */
export function reduce(
  onnxOp: 'ReduceMean' | 'ReduceMax' | 'ReduceMin' | 'ReduceSum' | 'ReduceProd',
): OpConverter {
  return (node, ctx, attrs) => {
    const x = ctx.value(node, 0);
    const rank = x.shape?.length;
    const raw = Array.from(ctx.constant(node, 1).values, Number);
    if (raw.some((a) => a < 0) && rank === undefined) ctx.fail(node, 'negative axes with unknown rank');
    const axes = raw.map((a) => (a < 0 ? a + (rank ?? 0) : a));
    const keepDims = attrs.bool('keep_dims', false) ? 1 : 0;
    const keep = { name: 'keepdims', type: 'int' as const, value: keepDims };
    // Opset 13 moved ReduceSum's axes to an input; the others keep the attribute until opset 18.
    const [name] =
      onnxOp === 'ReduceSum'
        ? ctx.node(onnxOp, [x.name, ctx.int64(`${node.name}/axes`, axes)], [keep], node.name)
        : ctx.node(onnxOp, [x.name], [{ name: 'axes', type: 'ints', value: axes }, keep], node.name);
    const shape = x.shape?.flatMap((d, i) => (axes.includes(i) ? (keepDims ? [1] : []) : [d]));
    ctx.define(node.name, { name: name!, dtype: x.dtype, shape });
  };
}
