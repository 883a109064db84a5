import type { OpConverter } from '../op-converter.js';
import { type Dim, reshapeShape } from '../shape.js';
import { anyNchw, logicalShape, NCHW_AXIS, nchwOperand } from './layout.js';

function intValues(values: Float32Array | Int32Array | Uint8Array): number[] {
  return Array.from(values, Number);
}

/** `Reshape(x, shape)` with a constant shape (TF's 0 means an empty dim, ONNX-13's "copy": rejected). */
export const convertReshape: OpConverter = (node, ctx) => {
  const x = ctx.value(node, 0);
  const target = intValues(ctx.constant(node, 1).values);
  if (target.includes(0)) ctx.fail(node, 'zero-sized reshape');
  const shape = ctx.int64(`${node.name}/shape`, target);
  const [name] = ctx.node('Reshape', [x.name, shape], [], node.name);
  ctx.define(node.name, { name: name!, dtype: x.dtype, shape: reshapeShape(x.shape, target) });
};

/** `Squeeze` with `squeeze_dims` (all unit dims when empty and the shape is known). */
export const convertSqueeze: OpConverter = (node, ctx, attrs) => {
  const x = ctx.value(node, 0);
  const rank = x.shape?.length;
  let axes = attrs.ints('squeeze_dims', attrs.ints('axis', []));
  if (axes.length === 0) {
    if (!x.shape) return ctx.fail(node, 'Squeeze without axes needs a known shape');
    axes = x.shape.flatMap((d, i) => (d === 1 ? [i] : []));
  }
  const normalized = rank === undefined ? axes : axes.map((a) => (a < 0 ? a + rank : a));
  const [name] = ctx.node('Squeeze', [x.name, ctx.int64(`${node.name}/axes`, normalized)], [], node.name);
  const shape = x.shape?.filter((_, i) => !normalized.includes(i));
  ctx.define(node.name, { name: name!, dtype: x.dtype, shape });
};

/** `ExpandDims(x, axis)` → Unsqueeze. */
export const convertExpandDims: OpConverter = (node, ctx) => {
  const x = ctx.value(node, 0);
  const [axisValue] = intValues(ctx.constant(node, 1).values);
  const rank = x.shape?.length;
  if (axisValue === undefined) return ctx.fail(node, 'missing axis');
  if (axisValue < 0 && rank === undefined) ctx.fail(node, 'negative axis with unknown rank');
  const axis = axisValue < 0 ? axisValue + (rank ?? 0) + 1 : axisValue;
  const [name] = ctx.node('Unsqueeze', [x.name, ctx.int64(`${node.name}/axes`, [axis])], [], node.name);
  const shape = x.shape ? [...x.shape.slice(0, axis), 1, ...x.shape.slice(axis)] : undefined;
  ctx.define(node.name, { name: name!, dtype: x.dtype, shape });
};

/** `Transpose(x, perm)` with a constant permutation. */
export const convertTranspose: OpConverter = (node, ctx) => {
  const x = ctx.value(node, 0);
  const perm = intValues(ctx.constant(node, 1).values);
  const [name] = ctx.node('Transpose', [x.name], [{ name: 'perm', type: 'ints', value: perm }], node.name);
  const shape = x.shape ? perm.map((p) => x.shape?.[p] ?? null) : undefined;
  ctx.define(node.name, { name: name!, dtype: x.dtype, shape });
};

/** `ConcatV2(x1…xN, axis)` → Concat (in NCHW, with the axis remapped, when inputs come stored NCHW). */
export const convertConcat: OpConverter = (node, ctx) => {
  const count = ctx.inputCount(node) - 1;
  const indices = Array.from({ length: count }, (_, i) => i);
  const shapes = indices.map((i) => logicalShape(ctx, node, i));
  const [axisValue] = intValues(ctx.constant(node, count).values);
  if (axisValue === undefined) return ctx.fail(node, 'missing axis');
  const rank = shapes.find((s) => s)?.length;
  if (axisValue < 0 && rank === undefined) return ctx.fail(node, 'negative axis with unknown rank');
  const axis = axisValue < 0 ? axisValue + (rank ?? 0) : axisValue;
  let shape: Dim[] | undefined;
  if (rank !== undefined && shapes.every((s) => s?.length === rank)) {
    shape = [...(shapes[0] ?? [])];
    const sizes = shapes.map((s) => s?.[axis]);
    shape[axis] = sizes.every((s) => typeof s === 'number')
      ? (sizes as number[]).reduce((a, b) => a + b, 0)
      : null;
  }
  const dtype = ctx.isConstant(node, 0) ? ctx.constant(node, 0).dtype : ctx.stored(node, 0).dtype;
  if (rank === 4 && anyNchw(ctx, node, indices)) {
    const operands = indices.map((i) => nchwOperand(ctx, node, i));
    if (operands.every((o): o is string => o !== undefined)) {
      const attribute = { name: 'axis', type: 'int' as const, value: NCHW_AXIS[axis]! };
      const [name] = ctx.node('Concat', operands, [attribute], node.name);
      ctx.define(node.name, { name: name!, dtype, shape, layout: 'nchw' });
      return;
    }
  }
  const inputs = indices.map((i) => ctx.value(node, i).name);
  const [name] = ctx.node('Concat', inputs, [{ name: 'axis', type: 'int', value: axis }], node.name);
  ctx.define(node.name, { name: name!, dtype, shape });
};

/** `Pad` / `PadV2` (constant mode) and `MirrorPad` (REFLECT only) with constant paddings. */
export const convertPad: OpConverter = (node, ctx, attrs) => {
  const x = ctx.stored(node, 0);
  const paddings = intValues(ctx.constant(node, 1).values);
  const rank = paddings.length / 2;
  const begin = Array.from({ length: rank }, (_, i) => paddings[2 * i]!);
  const end = Array.from({ length: rank }, (_, i) => paddings[2 * i + 1]!);
  const nchw = x.layout === 'nchw';
  // Pads are given per logical (NHWC) axis; an NCHW-stored input takes them in NCHW order.
  const order = nchw ? [0, 3, 1, 2] : begin.map((_, i) => i);
  const pads = [...order.map((i) => begin[i]!), ...order.map((i) => end[i]!)];
  const inputs = [x.name, ctx.int64(`${node.name}/pads`, pads)];
  let mode = 'constant';
  if (node.op === 'PadV2') inputs.push(ctx.value(node, 2).name);
  if (node.op === 'MirrorPad') {
    if (attrs.string('mode', 'REFLECT') !== 'REFLECT')
      ctx.fail(node, 'MirrorPad SYMMETRIC has no ONNX equivalent');
    mode = 'reflect';
  }
  const [name] = ctx.node('Pad', inputs, [{ name: 'mode', type: 'string', value: mode }], node.name);
  const shape = x.shape?.map((d, i) => (typeof d === 'number' ? d + begin[i]! + end[i]! : d));
  ctx.define(node.name, { ...x, name: name!, shape });
};
