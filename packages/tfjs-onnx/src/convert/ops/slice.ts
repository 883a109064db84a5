import type { OpConverter } from '../op-converter.js';
import type { Dim } from '../shape.js';

/** Stands in for "to the end" in ONNX Slice (ends are clamped to the dim; safe as a JS number). */
const TO_END = Number.MAX_SAFE_INTEGER;

function ints(values: Float32Array | Int32Array | Uint8Array): number[] {
  return Array.from(values, Number);
}

/** Static size of a slice along one axis, when the dim is known. */
function sliceLength(dim: Dim, start: number, end: number, step: number): Dim {
  if (typeof dim !== 'number') return null;
  const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), hi);
  const norm = (v: number): number => (v < 0 ? v + dim : v);
  if (step > 0) return Math.max(0, Math.ceil((clamp(norm(end), 0, dim) - clamp(norm(start), 0, dim)) / step));
  return Math.max(0, Math.ceil((clamp(norm(end), -1, dim - 1) - clamp(norm(start), -1, dim - 1)) / step));
}

/** `Slice(x, begin, size)` with constant begin/size (size −1 = to the end). */
export const convertSlice: OpConverter = (node, ctx) => {
  const x = ctx.value(node, 0);
  const begin = ints(ctx.constant(node, 1).values);
  const size = ints(ctx.constant(node, 2).values);
  const ends = begin.map((b, i) => ((size[i] ?? -1) < 0 ? TO_END : b + (size[i] ?? 0)));
  const axes = begin.map((_, i) => i);
  const inputs = [
    x.name,
    ctx.int64(`${node.name}/starts`, begin),
    ctx.int64(`${node.name}/ends`, ends),
    ctx.int64(`${node.name}/axes`, axes),
  ];
  const [name] = ctx.node('Slice', inputs, [], node.name);
  const shape = x.shape?.map((d, i) =>
    (size[i] ?? -1) >= 0 ? (size[i] ?? null) : sliceLength(d, begin[i] ?? 0, TO_END, 1),
  );
  ctx.define(node.name, { name: name!, dtype: x.dtype, shape });
};

/**
 * `StridedSlice(x, begin, end, strides)` with constant operands and `begin_mask`, `end_mask`,
 * `shrink_axis_mask` (no ellipsis or new axes) → Slice (+ Squeeze for shrunk axes).
 */
export const convertStridedSlice: OpConverter = (node, ctx, attrs) => {
  const x = ctx.value(node, 0);
  if (attrs.int('ellipsis_mask', 0) !== 0 || attrs.int('new_axis_mask', 0) !== 0) {
    ctx.fail(node, 'ellipsis_mask / new_axis_mask');
  }
  const begin = ints(ctx.constant(node, 1).values);
  const end = ints(ctx.constant(node, 2).values);
  const strides = ints(ctx.constant(node, 3).values);
  const beginMask = attrs.int('begin_mask', 0);
  const endMask = attrs.int('end_mask', 0);
  const shrinkMask = attrs.int('shrink_axis_mask', 0);
  const starts: number[] = [];
  const ends: number[] = [];
  const shrink: number[] = [];
  begin.forEach((b, i) => {
    const step = strides[i] ?? 1;
    const bit = 1 << i;
    if (shrinkMask & bit) {
      starts.push(b);
      ends.push(b === -1 ? TO_END : b + 1);
      shrink.push(i);
      return;
    }
    starts.push(beginMask & bit ? (step > 0 ? 0 : TO_END) : b);
    ends.push(endMask & bit ? (step > 0 ? TO_END : -TO_END) : (end[i] ?? TO_END));
  });
  const steps = begin.map((_, i) => (shrinkMask & (1 << i) ? 1 : (strides[i] ?? 1)));
  const axes = begin.map((_, i) => i);
  const inputs = [
    x.name,
    ctx.int64(`${node.name}/starts`, starts),
    ctx.int64(`${node.name}/ends`, ends),
    ctx.int64(`${node.name}/axes`, axes),
    ctx.int64(`${node.name}/steps`, steps),
  ];
  let [name] = ctx.node('Slice', inputs, [], shrink.length ? `${node.name}/slice` : node.name) as [string];
  let shape: Dim[] | undefined = x.shape?.map((d, i) =>
    i < starts.length ? sliceLength(d, starts[i]!, ends[i]!, steps[i]!) : d,
  );
  if (shrink.length) {
    [name] = ctx.node('Squeeze', [name, ctx.int64(`${node.name}/shrink`, shrink)], [], node.name) as [string];
    shape = shape?.filter((_, i) => !shrink.includes(i));
  }
  ctx.define(node.name, { name, dtype: x.dtype, shape });
};
