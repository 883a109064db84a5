import type { OnnxAttribute } from '../../proto/onnx-model.js';
import type { OpConverter } from '../op-converter.js';
import { broadcastShapes } from '../shape.js';
import { preluSlope } from './activation.js';

/** A binary op with NumPy broadcasting, 1:1 in ONNX. */
export function binary(onnxOp: string): OpConverter {
  return (node, ctx) => {
    const a = ctx.value(node, 0);
    const b = ctx.value(node, 1);
    const [name] = ctx.node(onnxOp, [a.name, b.name], [], node.name);
    ctx.define(node.name, { name: name!, dtype: a.dtype, shape: broadcastShapes(a.shape, b.shape) });
  };
}

/** A unary op, 1:1 in ONNX. */
export function unary(onnxOp: string, attributes: readonly OnnxAttribute[] = []): OpConverter {
  return (node, ctx) => {
    const x = ctx.value(node, 0);
    const [name] = ctx.node(onnxOp, [x.name], attributes, node.name);
    ctx.define(node.name, { name: name!, dtype: x.dtype, shape: x.shape });
  };
}

/** `Relu6` → Clip(0, 6). */
export const convertRelu6: OpConverter = (node, ctx) => {
  const x = ctx.value(node, 0);
  const zero = ctx.float(`${node.name}/min`, [], Float32Array.of(0));
  const six = ctx.float(`${node.name}/max`, [], Float32Array.of(6));
  const [name] = ctx.node('Clip', [x.name, zero, six], [], node.name);
  ctx.define(node.name, { name: name!, dtype: x.dtype, shape: x.shape });
};

/** `LeakyRelu` with its `alpha` attribute. */
export const convertLeakyRelu: OpConverter = (node, ctx, attrs) =>
  unary('LeakyRelu', [{ name: 'alpha', type: 'float', value: attrs.float('alpha', 0.2) }])(node, ctx, attrs);

/** `Prelu(x, alpha)`: alpha broadcasts on the last (channel) axis in NHWC, as in ONNX PRelu. */
export const convertPrelu: OpConverter = (node, ctx) => {
  const x = ctx.value(node, 0);
  const slope = preluSlope(ctx, node, 1, 'last', x.shape?.length ?? 4);
  const [name] = ctx.node('PRelu', [x.name, slope], [], node.name);
  ctx.define(node.name, { name: name!, dtype: x.dtype, shape: x.shape });
};

/** `Rsqrt` → Reciprocal(Sqrt). */
export const convertRsqrt: OpConverter = (node, ctx) => {
  const x = ctx.value(node, 0);
  const [root] = ctx.node('Sqrt', [x.name], [], `${node.name}/sqrt`);
  const [name] = ctx.node('Reciprocal', [root!], [], node.name);
  ctx.define(node.name, { name: name!, dtype: x.dtype, shape: x.shape });
};

/** `Square` → Mul(x, x). */
export const convertSquare: OpConverter = (node, ctx) => {
  const x = ctx.value(node, 0);
  const [name] = ctx.node('Mul', [x.name, x.name], [], node.name);
  ctx.define(node.name, { name: name!, dtype: x.dtype, shape: x.shape });
};

/** `AddN` → Sum. */
export const convertAddN: OpConverter = (node, ctx) => {
  const inputs = Array.from({ length: ctx.inputCount(node) }, (_, i) => ctx.value(node, i));
  const [name] = ctx.node(
    'Sum',
    inputs.map((i) => i.name),
    [],
    node.name,
  );
  const shape = inputs.slice(1).reduce((s, i) => broadcastShapes(s, i.shape), inputs[0]?.shape);
  ctx.define(node.name, { name: name!, dtype: inputs[0]?.dtype ?? 'float32', shape });
};

/** `Softmax` over the last axis (opset 13 Softmax is per-axis). */
export const convertSoftmax: OpConverter = unary('Softmax', [{ name: 'axis', type: 'int', value: -1 }]);
