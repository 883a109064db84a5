import type { OpConverter } from '../op-converter.js';
import { type Dim, reshapeShape } from '../shape.js';

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

/** `ConcatV2(x1…xN, axis)` → Concat. */
export const convertConcat: OpConverter = (node, ctx) => {
  const count = ctx.inputCount(node) - 1;
  const inputs = Array.from({ length: count }, (_, i) => ctx.value(node, i));
  const [axisValue] = intValues(ctx.constant(node, count).values);
  if (axisValue === undefined) return ctx.fail(node, 'missing axis');
  const rank = inputs.find((i) => i.shape)?.shape?.length;
  const axis = axisValue < 0 && rank !== undefined ? axisValue + rank : axisValue;
  const [name] = ctx.node(
    'Concat',
    inputs.map((i) => i.name),
    [{ name: 'axis', type: 'int', value: axis }],
    node.name,
  );
  let shape: Dim[] | undefined;
  if (rank !== undefined && inputs.every((i) => i.shape)) {
    shape = [...(inputs[0]?.shape ?? [])];
    const sizes = inputs.map((i) => i.shape?.[axis]);
    shape[axis] = sizes.every((s) => typeof s === 'number')
      ? (sizes as number[]).reduce((a, b) => a + b, 0)
      : null;
  }
  ctx.define(node.name, { name: name!, dtype: inputs[0]?.dtype ?? 'float32', shape });
};

/** `Pad` / `PadV2` (constant mode) and `MirrorPad` (REFLECT only) with constant paddings. */
export const convertPad: OpConverter = (node, ctx, attrs) => {
  const x = ctx.value(node, 0);
  const paddings = intValues(ctx.constant(node, 1).values);
  const rank = paddings.length / 2;
  const pads = [
    ...Array.from({ length: rank }, (_, i) => paddings[2 * i]!),
    ...Array.from({ length: rank }, (_, i) => paddings[2 * i + 1]!),
  ];
  const inputs = [x.name, ctx.int64(`${node.name}/pads`, pads)];
  let mode = 'constant';
  if (node.op === 'PadV2') inputs.push(ctx.value(node, 2).name);
  if (node.op === 'MirrorPad') {
    if (attrs.string('mode', 'REFLECT') !== 'REFLECT')
      ctx.fail(node, 'MirrorPad SYMMETRIC has no ONNX equivalent');
    mode = 'reflect';
  }
  const [name] = ctx.node('Pad', inputs, [{ name: 'mode', type: 'string', value: mode }], node.name);
  const shape = x.shape?.map((d, i) => (typeof d === 'number' ? d + pads[i]! + pads[i + rank]! : d));
  ctx.define(node.name, { name: name!, dtype: x.dtype, shape });
};
