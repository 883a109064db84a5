import type { OpConverter } from '../op-converter.js';

/**
 * `FusedBatchNorm` / `V2` / `V3` in inference mode: `(x − mean) · scale / √(var + ε) + offset`,
 * folded at conversion time into one per-channel Mul and Add (in NCHW after a convolution, where
 * ONNX Runtime folds them into the Conv).
 */
export const convertFusedBatchNorm: OpConverter = (node, ctx, attrs) => {
  if (attrs.bool('is_training', false)) ctx.fail(node, 'is_training');
  if (attrs.string('data_format', 'NHWC') !== 'NHWC') ctx.fail(node, 'data_format');
  const x = ctx.stored(node, 0);
  const [scale, offset, mean, variance] = [1, 2, 3, 4].map((i) => ctx.constant(node, i));
  const epsilon = attrs.float('epsilon', 0.0001);
  const channels = scale?.values.length ?? 0;
  const k = new Float32Array(channels);
  const b = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    k[c] = (scale?.values[c] ?? 1) / Math.sqrt((variance?.values[c] ?? 1) + epsilon);
    b[c] = (offset?.values[c] ?? 0) - (mean?.values[c] ?? 0) * k[c]!;
  }
  const dims = x.layout === 'nchw' ? [channels, 1, 1] : [channels];
  const mul = ctx.float(`${node.name}/scale`, dims, k);
  const add = ctx.float(`${node.name}/offset`, dims, b);
  const [scaled] = ctx.node('Mul', [x.name, mul], [], `${node.name}/mul`);
  const [name] = ctx.node('Add', [scaled!, add], [], node.name);
  ctx.define(node.name, { ...x, name: name!, clamp: undefined });
};
