import type { OpConverter } from '../op-converter.js';
import type { Dim } from '../shape.js';

function axisOf(value: number, rank: number | undefined, fail: () => never): number {
  if (value >= 0) return value;
  if (rank === undefined) return fail();
  return value + rank;
}

/** `Pack(x1…xN)` (tf.stack) → Unsqueeze each at `axis`, then Concat. */
export const convertPack: OpConverter = (node, ctx, attrs) => {
  const count = ctx.inputCount(node);
  const inputs = Array.from({ length: count }, (_, i) => ctx.value(node, i));
  const rank = inputs[0]?.shape?.length;
  const axis = axisOf(attrs.int('axis', 0), rank === undefined ? undefined : rank + 1, () =>
    ctx.fail(node, 'negative axis with unknown rank'),
  );
  const axes = ctx.int64(`${node.name}/axes`, [axis]);
  const expanded = inputs.map((x, i) => ctx.node('Unsqueeze', [x.name, axes], [], `${node.name}/${i}`)[0]!);
  const [name] = ctx.node('Concat', expanded, [{ name: 'axis', type: 'int', value: axis }], node.name);
  const first = inputs[0]?.shape;
  const shape = first ? [...first.slice(0, axis), count, ...first.slice(axis)] : undefined;
  ctx.define(node.name, { name: name!, dtype: inputs[0]?.dtype ?? 'float32', shape });
};

/** Emits Split of `x` along `axis` into pieces of `sizes`, defining outputs `name`, `name:1`, … */
function emitSplit(
  ctx: Parameters<OpConverter>[1],
  nodeName: string,
  x: { name: string; dtype: 'float32' | 'int32' | 'bool'; shape: readonly Dim[] | undefined },
  axis: number,
  sizes: readonly number[],
  squeeze: boolean,
): void {
  const split = ctx.int64(`${nodeName}/split`, sizes);
  const attributes = [{ name: 'axis', type: 'int' as const, value: axis }];
  const pieces = ctx.node(
    'Split',
    [x.name, split],
    attributes,
    squeeze ? `${nodeName}/split` : nodeName,
    sizes.length,
  );
  const axes = squeeze ? ctx.int64(`${nodeName}/axes`, [axis]) : '';
  pieces.forEach((piece, i) => {
    const ref = i === 0 ? nodeName : `${nodeName}:${i}`;
    let shape = x.shape?.map((d, k) => (k === axis ? (sizes[i] ?? null) : d));
    let name = piece;
    if (squeeze) {
      [name] = ctx.node('Squeeze', [piece, axes], [], ref) as [string];
      shape = shape?.filter((_, k) => k !== axis);
    }
    ctx.define(ref, { name, dtype: x.dtype, shape });
  });
}

/** `Unpack(x)` (tf.unstack) → Split into `num` pieces along `axis`, each squeezed. */
export const convertUnpack: OpConverter = (node, ctx, attrs) => {
  const x = ctx.value(node, 0);
  const axis = axisOf(attrs.int('axis', 0), x.shape?.length, () =>
    ctx.fail(node, 'negative axis with unknown rank'),
  );
  const num = attrs.int('num', -1);
  if (num < 1) ctx.fail(node, 'Unpack without num');
  emitSplit(
    ctx,
    node.name,
    x,
    axis,
    Array.from({ length: num }, () => 1),
    true,
  );
};

/** `Split(axis, x)` into `num_split` equal parts. */
export const convertSplit: OpConverter = (node, ctx, attrs) => {
  const x = ctx.value(node, 1);
  const [axisValue = 0] = Array.from(ctx.constant(node, 0).values, Number);
  const axis = axisOf(axisValue, x.shape?.length, () => ctx.fail(node, 'negative axis with unknown rank'));
  const parts = attrs.int('num_split', 1);
  const dim = x.shape?.[axis];
  if (typeof dim !== 'number' || dim % parts !== 0)
    ctx.fail(node, 'Split needs a known size divisible by num_split');
  emitSplit(
    ctx,
    node.name,
    x,
    axis,
    Array.from({ length: parts }, () => (dim as number) / parts),
    false,
  );
};

/** `SplitV(x, size_splits, axis)` with constant sizes (one −1 resolved from the known size). */
export const convertSplitV: OpConverter = (node, ctx) => {
  const x = ctx.value(node, 0);
  const sizes = Array.from(ctx.constant(node, 1).values, Number);
  const [axisValue = 0] = Array.from(ctx.constant(node, 2).values, Number);
  const axis = axisOf(axisValue, x.shape?.length, () => ctx.fail(node, 'negative axis with unknown rank'));
  const wildcard = sizes.indexOf(-1);
  if (wildcard >= 0) {
    const dim = x.shape?.[axis];
    if (typeof dim !== 'number') ctx.fail(node, 'SplitV with -1 needs a known size');
    sizes[wildcard] = (dim as number) - sizes.reduce((a, b) => (b === -1 ? a : a + b), 0);
  }
  emitSplit(ctx, node.name, x, axis, sizes, false);
};
