import type { OpConverter } from '../op-converter.js';
import { broadcastShapes } from '../shape.js';

const ONNX_INT32 = 6;
const ONNX_INT64 = 7;
const ONNX_DOUBLE = 11;

/** `ArgMax(x, axis)` → ArgMax (int64, first index on ties as in TF) cast to int32. */
export const convertArgMax: OpConverter = (node, ctx, attrs) => {
  const x = ctx.value(node, 0);
  if (attrs.type('output_type', 'DT_INT64') !== 'DT_INT32') ctx.fail(node, 'output_type must be int32');
  const [axisValue = 0] = Array.from(ctx.constant(node, 1).values, Number);
  const rank = x.shape?.length;
  if (axisValue < 0 && rank === undefined) ctx.fail(node, 'negative axis with unknown rank');
  const axis = axisValue < 0 ? axisValue + (rank ?? 0) : axisValue;
  const argmax = [
    { name: 'axis', type: 'int' as const, value: axis },
    { name: 'keepdims', type: 'int' as const, value: 0 },
  ];
  const [indices] = ctx.node('ArgMax', [x.name], argmax, `${node.name}/int64`);
  const [name] = ctx.node('Cast', [indices!], [{ name: 'to', type: 'int', value: ONNX_INT32 }], node.name);
  ctx.define(node.name, { name: name!, dtype: 'int32', shape: x.shape?.filter((_, i) => i !== axis) });
};

/**
 * `FloorDiv` / `FloorMod`: computed in float64 (exact for int32 and float32 operands), with
 * floor semantics — ONNX's integer Div truncates and its Mod needs `fmod` for floats.
 */
function floorOp(kind: 'div' | 'mod'): OpConverter {
  return (node, ctx) => {
    const a = ctx.value(node, 0);
    const b = ctx.value(node, 1);
    const toDouble = [{ name: 'to', type: 'int' as const, value: ONNX_DOUBLE }];
    const [a64] = ctx.node('Cast', [a.name], toDouble, `${node.name}/a`);
    const [b64] = ctx.node('Cast', [b.name], toDouble, `${node.name}/b`);
    const [quotient] = ctx.node('Div', [a64!, b64!], [], `${node.name}/div`);
    let [result] = ctx.node('Floor', [quotient!], [], `${node.name}/floor`);
    if (kind === 'mod') {
      const [product] = ctx.node('Mul', [result!, b64!], [], `${node.name}/mul`);
      [result] = ctx.node('Sub', [a64!, product!], [], `${node.name}/sub`);
    }
    const back = [{ name: 'to', type: 'int' as const, value: a.dtype === 'int32' ? ONNX_INT32 : 1 }];
    const [name] = ctx.node('Cast', [result!], back, node.name);
    ctx.define(node.name, { name: name!, dtype: a.dtype, shape: broadcastShapes(a.shape, b.shape) });
  };
}

/** `FloorDiv(a, b)` = ⌊a / b⌋. */
export const convertFloorDiv: OpConverter = floorOp('div');
/** `FloorMod(a, b)` = a − ⌊a / b⌋·b (sign of the divisor, as in TF). */
export const convertFloorMod: OpConverter = floorOp('mod');

/** `GatherNd(params, indices)` → GatherND with int64 indices. */
export const convertGatherNd: OpConverter = (node, ctx) => {
  const params = ctx.value(node, 0);
  const indices = ctx.value(node, 1);
  const [indices64] = ctx.node(
    'Cast',
    [indices.name],
    [{ name: 'to', type: 'int', value: ONNX_INT64 }],
    `${node.name}/indices`,
  );
  const [name] = ctx.node('GatherND', [params.name, indices64!], [], node.name);
  const depth = indices.shape?.[indices.shape.length - 1];
  const shape =
    params.shape && indices.shape && typeof depth === 'number'
      ? [...indices.shape.slice(0, -1), ...params.shape.slice(depth)]
      : undefined;
  ctx.define(node.name, { name: name!, dtype: params.dtype, shape });
};

/** `Equal(a, b)` → Equal (bool). */
export const convertEqual: OpConverter = (node, ctx) => {
  const a = ctx.value(node, 0);
  const b = ctx.value(node, 1);
  const [name] = ctx.node('Equal', [a.name, b.name], [], node.name);
  ctx.define(node.name, { name: name!, dtype: 'bool', shape: broadcastShapes(a.shape, b.shape) });
};

/** `TopKV2(x, k)` with a constant k → TopK (largest, sorted); indices cast to int32 as output 1. */
export const convertTopK: OpConverter = (node, ctx, attrs) => {
  const x = ctx.value(node, 0);
  const [k = 1] = Array.from(ctx.constant(node, 1).values, Number);
  if (!attrs.bool('sorted', true)) ctx.fail(node, 'unsorted TopK');
  const topk = [
    { name: 'axis', type: 'int' as const, value: -1 },
    { name: 'largest', type: 'int' as const, value: 1 },
    { name: 'sorted', type: 'int' as const, value: 1 },
  ];
  const [values, indices] = ctx.node('TopK', [x.name, ctx.int64(`${node.name}/k`, [k])], topk, node.name, 2);
  const [indices32] = ctx.node(
    'Cast',
    [indices!],
    [{ name: 'to', type: 'int', value: ONNX_INT32 }],
    `${node.name}:1`,
  );
  const shape = x.shape ? [...x.shape.slice(0, -1), k] : undefined;
  ctx.define(node.name, { name: values!, dtype: x.dtype, shape });
  ctx.define(`${node.name}:1`, { name: indices32!, dtype: 'int32', shape });
};
