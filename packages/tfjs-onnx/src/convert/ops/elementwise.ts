import type { OnnxAttribute } from '../../proto/onnx-model.js';
import type { TfjsNodeDef } from '../../tfjs/model-json.js';
import type { ConvertContext, TensorInfo } from '../context.js';
import type { OpConverter } from '../op-converter.js';
import { broadcastShapes } from '../shape.js';
import { preluSlope } from './activation.js';
import { anyNchw, logicalShape, nchwOperand } from './layout.js';

/**
 * An n-ary op with NumPy broadcasting, 1:1 in ONNX. When an input comes stored NCHW (from a
 * convolution) and the result is rank 4, the op runs in NCHW too, so no Transpose is needed.
 */
export function nary(onnxOp: string): OpConverter {
  return (node, ctx) => {
    const indices = Array.from({ length: ctx.inputCount(node) }, (_, i) => i);
    const shapes = indices.map((i) => logicalShape(ctx, node, i));
    const shape = shapes.slice(1).reduce((s, t) => broadcastShapes(s, t), shapes[0]);
    const dtype = ctx.isConstant(node, 0) ? ctx.constant(node, 0).dtype : ctx.stored(node, 0).dtype;
    if (shape?.length === 4 && anyNchw(ctx, node, indices)) {
      const operands = indices.map((i) => nchwOperand(ctx, node, i));
      if (operands.every((o): o is string => o !== undefined)) {
        const [name] = ctx.node(onnxOp, operands, [], node.name);
        ctx.define(node.name, { name: name!, dtype, shape, layout: 'nchw' });
        return;
      }
    }
    const [name] = ctx.node(
      onnxOp,
      indices.map((i) => ctx.value(node, i).name),
      [],
      node.name,
    );
    ctx.define(node.name, { name: name!, dtype, shape });
  };
}

/** Emits a layout-preserving unary chain on input 0 and defines the node's output. */
function passThrough(
  ctx: ConvertContext,
  node: TfjsNodeDef,
  emit: (x: TensorInfo) => string,
  x: TensorInfo = ctx.stored(node, 0),
): void {
  ctx.define(node.name, { ...x, name: emit(x) });
}

/** A unary op, 1:1 in ONNX, computed in whichever layout its input is stored. */
export function unary(onnxOp: string, attributes: readonly OnnxAttribute[] = []): OpConverter {
  return (node, ctx) => passThrough(ctx, node, (x) => ctx.node(onnxOp, [x.name], attributes, node.name)[0]!);
}

/** `LeakyRelu` with its `alpha` attribute. */
export const convertLeakyRelu: OpConverter = (node, ctx, attrs) =>
  unary('LeakyRelu', [{ name: 'alpha', type: 'float', value: attrs.float('alpha', 0.2) }])(node, ctx, attrs);

/** `Prelu(x, alpha)`: alpha is per channel (last axis in NHWC, reshaped to [C,1,1] in NCHW). */
export const convertPrelu: OpConverter = (node, ctx) => {
  let x = ctx.stored(node, 0);
  if (x.layout === 'nchw' && !ctx.isConstant(node, 1)) x = ctx.toNhwc(x);
  const slope =
    x.layout === 'nchw'
      ? preluSlope(ctx, node, 1, 'first-after-batch', 4)
      : preluSlope(ctx, node, 1, 'last', x.shape?.length ?? 4);
  passThrough(ctx, node, (v) => ctx.node('PRelu', [v.name, slope], [], node.name)[0]!, x);
};

/** `Rsqrt` → Reciprocal(Sqrt). */
export const convertRsqrt: OpConverter = (node, ctx) =>
  passThrough(ctx, node, (x) => {
    const [root] = ctx.node('Sqrt', [x.name], [], `${node.name}/sqrt`);
    return ctx.node('Reciprocal', [root!], [], node.name)[0]!;
  });

/** `Square` → Mul(x, x). */
export const convertSquare: OpConverter = (node, ctx) =>
  passThrough(ctx, node, (x) => ctx.node('Mul', [x.name, x.name], [], node.name)[0]!);

/** `Softmax` over the last axis (opset 13 Softmax is per-axis); NHWC input. */
export const convertSoftmax: OpConverter = (node, ctx) => {
  const x = ctx.value(node, 0);
  const [name] = ctx.node('Softmax', [x.name], [{ name: 'axis', type: 'int', value: -1 }], node.name);
  ctx.define(node.name, { name: name!, dtype: x.dtype, shape: x.shape });
};

const CAST_TYPES: Readonly<Record<string, readonly ['float32' | 'int32' | 'bool', number]>> = {
  DT_FLOAT: ['float32', 1],
  DT_INT32: ['int32', 6],
  DT_BOOL: ['bool', 9],
};

/** `Cast` to float32, int32 or bool (float → int truncates toward zero in both). */
export const convertCast: OpConverter = (node, ctx, attrs) => {
  const target = CAST_TYPES[attrs.type('DstT', '')];
  if (!target) return ctx.fail(node, `Cast to ${attrs.type('DstT', '?')}`);
  const x = ctx.stored(node, 0);
  const [name] = ctx.node('Cast', [x.name], [{ name: 'to', type: 'int', value: target[1] }], node.name);
  ctx.define(node.name, {
    name: name!,
    dtype: target[0],
    shape: x.shape,
    ...(x.layout ? { layout: x.layout } : {}),
  });
};

/** `SquaredDifference(a, b)` → Sub, then Mul by itself. */
export const convertSquaredDifference: OpConverter = (node, ctx) => {
  const a = ctx.value(node, 0);
  const b = ctx.value(node, 1);
  const [diff] = ctx.node('Sub', [a.name, b.name], [], `${node.name}/sub`);
  const [name] = ctx.node('Mul', [diff!, diff!], [], node.name);
  ctx.define(node.name, { name: name!, dtype: a.dtype, shape: broadcastShapes(a.shape, b.shape) });
};
