import type { OpConverter } from '../op-converter.js';

/** `GatherV2(params, indices, axis)` with a constant axis and `batch_dims` 0 → Gather. */
export const convertGather: OpConverter = (node, ctx, attrs) => {
  const params = ctx.value(node, 0);
  const indices = ctx.value(node, 1);
  if (attrs.int('batch_dims', 0) !== 0) ctx.fail(node, 'batch_dims');
  const [axisValue = 0] = Array.from(ctx.constant(node, 2).values, Number);
  const rank = params.shape?.length;
  if (axisValue < 0 && rank === undefined) ctx.fail(node, 'negative axis with unknown rank');
  const axis = axisValue < 0 ? axisValue + (rank ?? 0) : axisValue;
  const [name] = ctx.node(
    'Gather',
    [params.name, indices.name],
    [{ name: 'axis', type: 'int', value: axis }],
    node.name,
  );
  const shape =
    params.shape && indices.shape
      ? [...params.shape.slice(0, axis), ...indices.shape, ...params.shape.slice(axis + 1)]
      : undefined;
  ctx.define(node.name, { name: name!, dtype: params.dtype, shape });
};

/** `Tile(x, multiples)` with constant multiples. */
export const convertTile: OpConverter = (node, ctx) => {
  const x = ctx.value(node, 0);
  const multiples = Array.from(ctx.constant(node, 1).values, Number);
  const [name] = ctx.node('Tile', [x.name, ctx.int64(`${node.name}/repeats`, multiples)], [], node.name);
  const shape = x.shape?.map((d, i) =>
    typeof d === 'number' ? d * (multiples[i] ?? 1) : d === null || multiples[i] === 1 ? d : null,
  );
  ctx.define(node.name, { name: name!, dtype: x.dtype, shape });
};
