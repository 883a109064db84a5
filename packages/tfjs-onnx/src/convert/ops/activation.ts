import type { OnnxAttribute } from '../../proto/onnx-model.js';
import type { TfjsNodeDef } from '../../tfjs/model-json.js';
import type { ConvertContext } from '../context.js';

/** Activations that tfjs fuses into `_FusedConv2D`, `FusedDepthwiseConv2dNative` and `_FusedMatMul`. */
export const FUSABLE_ACTIVATIONS: ReadonlySet<string> = new Set([
  'Relu',
  'Relu6',
  'Elu',
  'Prelu',
  'LeakyRelu',
  'Sigmoid',
  'Tanh',
]);

/** Where the channel axis of the activation input is: NCHW (axis 1) or last (NHWC / matrix). */
export type ChannelAxis = 'first-after-batch' | 'last';

/**
 * Emits a fused activation on `input`.
 *
 * @param alphaIndex input index of the Prelu slope in the fused node
 * @param rank rank of `input` (needed to shape a per-channel slope for NCHW)
 */
export function emitActivation(
  ctx: ConvertContext,
  node: TfjsNodeDef,
  activation: string,
  input: string,
  options: {
    readonly leakyAlpha: number;
    readonly alphaIndex: number;
    readonly channelAxis: ChannelAxis;
    readonly rank: number;
  },
  outputs?: readonly string[],
): string {
  const base = `${node.name}/${activation}`;
  const emit = (op: string, inputs: string[], attributes: OnnxAttribute[] = []): string => {
    const [name] = ctx.node(op, inputs, attributes, base, outputs ?? 1);
    if (name === undefined) throw new Error('unreachable');
    return name;
  };
  switch (activation) {
    case 'Relu':
    case 'Sigmoid':
    case 'Tanh':
    case 'Elu':
      return emit(activation, [input]);
    case 'Relu6': {
      const zero = ctx.float(`${base}/min`, [], Float32Array.of(0));
      const six = ctx.float(`${base}/max`, [], Float32Array.of(6));
      return emit('Clip', [input, zero, six]);
    }
    case 'LeakyRelu':
      return emit('LeakyRelu', [input], [{ name: 'alpha', type: 'float', value: options.leakyAlpha }]);
    case 'Prelu': {
      const slope = preluSlope(ctx, node, options.alphaIndex, options.channelAxis, options.rank);
      return emit('PRelu', [input, slope]);
    }
    default:
      return ctx.fail(node, `fused activation ${activation}`);
  }
}

/** A Prelu slope laid out for the given channel axis: `[C]` for last, `[C,1,1]` for NCHW. */
export function preluSlope(
  ctx: ConvertContext,
  node: TfjsNodeDef,
  index: number,
  channelAxis: ChannelAxis,
  rank: number,
): string {
  if (channelAxis === 'last') return ctx.value(node, index).name;
  const alpha = ctx.constant(node, index);
  if (alpha.dtype !== 'float32') ctx.fail(node, 'Prelu alpha is not float32');
  const nonUnit = alpha.shape.filter((d) => d !== 1);
  if (nonUnit.length > 1) ctx.fail(node, 'Prelu alpha is not per-channel');
  const dims = [alpha.values.length, ...Array.from({ length: Math.max(rank - 2, 0) }, () => 1)];
  return ctx.float(`${ctx.inputRef(node, index)}/nchw`, dims, alpha.values);
}
