import type { OnnxAttribute } from '../../proto/onnx-model.js';
import type { NodeAttributes } from '../../tfjs/attributes.js';
import type { TfjsNodeDef } from '../../tfjs/model-json.js';
import type { ConvertContext } from '../context.js';
import type { OpConverter } from '../op-converter.js';
import { type Dim, permute, samePadding, TO_NHWC, windowOutput } from '../shape.js';
import { emitActivation, FUSABLE_ACTIVATIONS } from './activation.js';

type ConvKind = 'conv' | 'depthwise';

/** `Conv2D` and `DepthwiseConv2dNative`: a Conv in NCHW between two Transposes. */
export const convertConv2D: OpConverter = (node, ctx, attrs) => convert(node, ctx, attrs, 'conv', false);
/** `DepthwiseConv2dNative` / `DepthwiseConv2d`. */
export const convertDepthwise: OpConverter = (node, ctx, attrs) =>
  convert(node, ctx, attrs, 'depthwise', false);
/** `_FusedConv2D`: Conv + BiasAdd (+ activation). */
export const convertFusedConv2D: OpConverter = (node, ctx, attrs) => convert(node, ctx, attrs, 'conv', true);
/** `FusedDepthwiseConv2dNative`: depthwise Conv + BiasAdd (+ activation). */
export const convertFusedDepthwise: OpConverter = (node, ctx, attrs) =>
  convert(node, ctx, attrs, 'depthwise', true);

function convert(
  node: TfjsNodeDef,
  ctx: ConvertContext,
  attrs: NodeAttributes,
  kind: ConvKind,
  fused: boolean,
): void {
  const layout = attrs.string('data_format', 'NHWC');
  if (layout !== 'NHWC' && layout !== 'NCHW') ctx.fail(node, `data_format ${layout}`);
  const nhwc = layout === 'NHWC';
  const x = nhwc ? ctx.stored(node, 0) : ctx.value(node, 0);
  if (x.shape && x.shape.length !== 4) ctx.fail(node, 'input is not rank 4');
  const filter = ctx.constant(node, 1);
  if (filter.dtype !== 'float32' || filter.shape.length !== 4)
    ctx.fail(node, 'filter must be a float32 rank-4 constant');
  const [kh = 1, kw = 1, inChannels = 1, outPerGroup = 1] = filter.shape;
  const spatial = (list: number[]): [number, number] =>
    nhwc ? [list[1] ?? 1, list[2] ?? 1] : [list[2] ?? 1, list[3] ?? 1];
  const strides = spatial(attrs.ints('strides', [1, 1, 1, 1]));
  const dilations = spatial(attrs.ints('dilations', [1, 1, 1, 1]));
  const padding = attrs.string('padding', 'VALID');

  const xN = nhwc ? ctx.toNchw(x) : x;
  const inH = xN.shape?.[2] ?? null;
  const inW = xN.shape?.[3] ?? null;
  const attributes: OnnxAttribute[] = [
    { name: 'kernel_shape', type: 'ints', value: [kh, kw] },
    { name: 'strides', type: 'ints', value: strides },
    { name: 'dilations', type: 'ints', value: dilations },
  ];
  let outH: Dim;
  let outW: Dim;
  if (padding === 'EXPLICIT') {
    const p = attrs.ints('explicit_paddings', [0, 0, 0, 0, 0, 0, 0, 0]);
    const [t, b, l, r] = nhwc ? [p[2], p[3], p[4], p[5]] : [p[4], p[5], p[6], p[7]];
    const pads = [t ?? 0, l ?? 0, b ?? 0, r ?? 0];
    attributes.push({ name: 'pads', type: 'ints', value: pads });
    outH =
      typeof inH === 'number'
        ? windowOutput(inH + pads[0]! + pads[2]!, kh, strides[0], dilations[0], 'VALID')
        : null;
    outW =
      typeof inW === 'number'
        ? windowOutput(inW + pads[1]! + pads[3]!, kw, strides[1], dilations[1], 'VALID')
        : null;
  } else if (padding === 'SAME' || padding === 'VALID') {
    attributes.push(...windowPads(padding, [inH, inW], [kh, kw], strides, dilations));
    outH = windowOutput(inH, kh, strides[0], dilations[0], padding);
    outW = windowOutput(inW, kw, strides[1], dilations[1], padding);
  } else {
    ctx.fail(node, `padding ${padding}`);
  }

  // TF filters are HWIO (conv) or HW·C·M (depthwise, output channel c*M+m); ONNX wants OIHW with group.
  const outChannels = kind === 'conv' ? outPerGroup : inChannels * outPerGroup;
  const weights = new Float32Array(filter.values.length);
  const src = filter.values;
  for (let h = 0; h < kh; h++) {
    for (let w = 0; w < kw; w++) {
      for (let i = 0; i < inChannels; i++) {
        for (let o = 0; o < outPerGroup; o++) {
          const from = ((h * kw + w) * inChannels + i) * outPerGroup + o;
          const to =
            kind === 'conv'
              ? ((o * inChannels + i) * kh + h) * kw + w
              : ((i * outPerGroup + o) * kh + h) * kw + w;
          weights[to] = src[from]!;
        }
      }
    }
  }
  const weightDims = kind === 'conv' ? [outChannels, inChannels, kh, kw] : [outChannels, 1, kh, kw];
  const weightName = ctx.float(`${ctx.inputRef(node, 1)}/oihw`, weightDims, weights);
  if (kind === 'depthwise') attributes.push({ name: 'group', type: 'int', value: inChannels });

  const inputs = [xN.name, weightName];
  let activation: string | undefined;
  if (fused) {
    const ops = attrs.strings('fused_ops');
    if (ops[0] !== 'BiasAdd') ctx.fail(node, `fused_ops ${ops.join(',')}`);
    activation = ops[1];
    if (ops.length > 2 || (activation !== undefined && !FUSABLE_ACTIVATIONS.has(activation))) {
      ctx.fail(node, `fused_ops ${ops.join(',')}`);
    }
    const bias = ctx.constant(node, 2);
    if (bias.dtype !== 'float32' || bias.values.length !== outChannels) ctx.fail(node, 'bias shape');
    inputs.push(ctx.float(`${ctx.inputRef(node, 2)}/bias`, [outChannels], bias.values));
  }
  const batch = xN.shape?.[0] ?? null;
  const nchwShape: Dim[] = [batch, outChannels, outH, outW];
  const [convOut] = ctx.node('Conv', inputs, attributes, node.name);
  let yN = convOut!;
  if (activation) {
    yN = emitActivation(ctx, node, activation, yN, {
      leakyAlpha: attrs.float('leakyrelu_alpha', 0.2),
      alphaIndex: 3,
      channelAxis: 'first-after-batch',
      rank: 4,
    });
  }
  if (!nhwc) {
    ctx.define(node.name, { name: yN, dtype: 'float32', shape: nchwShape });
    return;
  }
  ctx.define(node.name, { name: yN, dtype: 'float32', shape: permute(nchwShape, TO_NHWC), layout: 'nchw' });
}

/** ONNX `pads` (or `auto_pad` when sizes are unknown) reproducing TF SAME/VALID. */
export function windowPads(
  padding: 'SAME' | 'VALID',
  input: readonly Dim[],
  kernel: readonly number[],
  strides: readonly number[],
  dilations: readonly number[],
): OnnxAttribute[] {
  if (padding === 'VALID')
    return [{ name: 'pads', type: 'ints', value: kernel.flatMap(() => [0]).concat(kernel.map(() => 0)) }];
  if (input.some((d) => typeof d !== 'number'))
    return [{ name: 'auto_pad', type: 'string', value: 'SAME_UPPER' }];
  const pairs = input.map((d, i) =>
    samePadding(d as number, kernel[i] ?? 1, strides[i] ?? 1, dilations[i] ?? 1),
  );
  return [{ name: 'pads', type: 'ints', value: [...pairs.map((p) => p[0]), ...pairs.map((p) => p[1])] }];
}
