import type { OpConverter } from '../op-converter.js';
import type { Dim } from '../shape.js';
import { emitActivation, FUSABLE_ACTIVATIONS } from './activation.js';

function matmul(fused: boolean): OpConverter {
  return (node, ctx, attrs) => {
    const a = ctx.value(node, 0);
    const b = ctx.value(node, 1);
    const transA = attrs.bool('transpose_a', false);
    const transB = attrs.bool('transpose_b', false);
    if (a.shape?.length !== 2 || b.shape?.length !== 2)
      return ctx.fail(node, 'MatMul on tensors that are not rank 2');
    const rows: Dim = (transA ? a.shape[1] : a.shape[0]) ?? null;
    const cols: Dim = (transB ? b.shape[0] : b.shape[1]) ?? null;
    const inputs = [a.name, b.name];
    let activation: string | undefined;
    if (fused) {
      const ops = attrs.strings('fused_ops');
      if (ops[0] !== 'BiasAdd' || ops.length > 2) ctx.fail(node, `fused_ops ${ops.join(',')}`);
      activation = ops[1];
      if (activation !== undefined && !FUSABLE_ACTIVATIONS.has(activation))
        ctx.fail(node, `fused_ops ${ops.join(',')}`);
      inputs.push(ctx.value(node, 2).name);
    }
    const gemm = [
      { name: 'transA', type: 'int' as const, value: transA ? 1 : 0 },
      { name: 'transB', type: 'int' as const, value: transB ? 1 : 0 },
    ];
    let [y] = ctx.node('Gemm', inputs, gemm, node.name);
    if (activation) {
      y = emitActivation(ctx, node, activation, y!, {
        leakyAlpha: attrs.float('leakyrelu_alpha', 0.2),
        alphaIndex: 3,
        channelAxis: 'last',
        rank: 2,
      });
    }
    ctx.define(node.name, { name: y!, dtype: a.dtype, shape: [rows, cols] });
  };
}

/** `MatMul` of two matrices → Gemm. */
export const convertMatMul: OpConverter = matmul(false);
/** `_FusedMatMul`: MatMul + BiasAdd (+ activation) → Gemm (+ activation). */
export const convertFusedMatMul: OpConverter = matmul(true);
