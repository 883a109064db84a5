import type { OpConverter } from '../op-converter.js';
import { NCHW_AXIS } from './layout.js';

/**
 * `Mean`/`Max`/`Min`/`Sum`/`Prod` with constant axes and `keep_dims`. An NCHW-stored input is
 * reduced in place (axes remapped) when the result's dims come out in tfjs order — e.g. global
 * average pooling (axes 1,2 of NHWC → 2,3 of NCHW) gives the same [N, C] either way.
 */
export function reduce(
  onnxOp: 'ReduceMean' | 'ReduceMax' | 'ReduceMin' | 'ReduceSum' | 'ReduceProd',
): OpConverter {
  return (node, ctx, attrs) => {
    let x = ctx.stored(node, 0);
    const rank = x.shape?.length;
    const raw = Array.from(ctx.constant(node, 1).values, Number);
    if (raw.some((a) => a < 0) && rank === undefined) ctx.fail(node, 'negative axes with unknown rank');
    const axes = raw.map((a) => (a < 0 ? a + (rank ?? 0) : a));
    const keepDims = attrs.bool('keep_dims', false);
    let physicalAxes = axes;
    let layout: 'nchw' | undefined;
    if (x.layout === 'nchw') {
      // Kept NCHW dims, read back in NHWC terms, must be in increasing order to drop the layout.
      const kept = [0, 3, 1, 2].filter((logical) => !axes.includes(logical));
      const ordered = kept.every((a, i) => i === 0 || a > (kept[i - 1] ?? -1));
      if (keepDims || ordered) {
        physicalAxes = axes.map((a) => NCHW_AXIS[a]!);
        layout = keepDims ? 'nchw' : undefined;
      } else {
        x = ctx.toNhwc(x);
      }
    }
    const keep = { name: 'keepdims', type: 'int' as const, value: keepDims ? 1 : 0 };
    // Opset 13 moved ReduceSum's axes to an input; the others keep the attribute until opset 18.
    const [name] =
      onnxOp === 'ReduceSum'
        ? ctx.node(onnxOp, [x.name, ctx.int64(`${node.name}/axes`, physicalAxes)], [keep], node.name)
        : ctx.node(onnxOp, [x.name], [{ name: 'axes', type: 'ints', value: physicalAxes }, keep], node.name);
    const shape = x.shape?.flatMap((d, i) => (axes.includes(i) ? (keepDims ? [1] : []) : [d]));
    ctx.define(node.name, { name: name!, dtype: x.dtype, shape, ...(layout ? { layout } : {}) });
  };
}
