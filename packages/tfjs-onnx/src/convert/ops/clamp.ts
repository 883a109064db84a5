import type { TfjsNodeDef } from '../../tfjs/model-json.js';
import type { ConvertContext, TensorInfo } from '../context.js';
import type { OpConverter } from '../op-converter.js';
import { nary } from './elementwise.js';

/**
 * Emits `clamp(input, lo, hi)`. When the input is itself a clamp read by nobody else (e.g. tfjs'
 * `Relu → Minimum(6) → Maximum(0)` chains), the two merge into one Clip of the original source,
 * which ONNX Runtime then fuses into the preceding Conv. The bypassed node is dropped later as dead.
 */
function emitClamp(ctx: ConvertContext, node: TfjsNodeDef, inputIndex: number, lo: number, hi: number): void {
  const x = ctx.stored(node, inputIndex);
  let source: TensorInfo = x;
  let [low, high] = [lo, hi];
  if (x.clamp && ctx.consumerCounts.get(ctx.inputRef(node, inputIndex)) === 1) {
    const mergedLow = Math.max(x.clamp.lo, lo);
    const mergedHigh = Math.min(x.clamp.hi, hi);
    if (mergedLow <= mergedHigh) {
      source = x.clamp.source;
      [low, high] = [mergedLow, mergedHigh];
    }
  }
  let name: string;
  if (low === 0 && high === Number.POSITIVE_INFINITY) {
    [name] = ctx.node('Relu', [source.name], [], node.name) as [string];
  } else {
    const bound = (value: number): string =>
      Number.isFinite(value)
        ? ctx.memo(`clip/${value}`, () => ctx.float(`clip/${value}`, [], Float32Array.of(value)))
        : '';
    [name] = ctx.node('Clip', [source.name, bound(low), bound(high)], [], node.name) as [string];
  }
  const { clamp: _ignored, ...plain } = source;
  ctx.define(node.name, { ...plain, name, shape: x.shape, clamp: { source, lo: low, hi: high } });
}

/** `Relu` → Relu (merged with neighbouring clamps). */
export const convertRelu: OpConverter = (node, ctx) => emitClamp(ctx, node, 0, 0, Number.POSITIVE_INFINITY);

/** `Relu6` → Clip(0, 6). */
export const convertRelu6: OpConverter = (node, ctx) => emitClamp(ctx, node, 0, 0, 6);

/** The value of a float scalar (or single-element) constant input, if it is one. */
function scalarConstant(ctx: ConvertContext, node: TfjsNodeDef, index: number): number | undefined {
  if (!ctx.isConstant(node, index)) return undefined;
  const constant = ctx.constant(node, index);
  return constant.dtype === 'float32' && constant.values.length === 1 ? constant.values[0] : undefined;
}

function minMax(kind: 'Min' | 'Max'): OpConverter {
  const fallback = nary(kind);
  return (node, ctx, attrs) => {
    for (const [constIndex, valueIndex] of [
      [1, 0],
      [0, 1],
    ] as const) {
      const bound = scalarConstant(ctx, node, constIndex);
      if (
        bound === undefined ||
        ctx.isConstant(node, valueIndex) ||
        ctx.stored(node, valueIndex).dtype !== 'float32'
      ) {
        continue;
      }
      const [lo, hi] = kind === 'Min' ? [Number.NEGATIVE_INFINITY, bound] : [bound, Number.POSITIVE_INFINITY];
      emitClamp(ctx, node, valueIndex, lo, hi);
      return;
    }
    fallback(node, ctx, attrs);
  };
}

/** `Minimum` → Clip(max) when one side is a scalar constant, else Min. */
export const convertMinimum: OpConverter = minMax('Min');
/** `Maximum` → Clip(min) when one side is a scalar constant, else Max. */
export const convertMaximum: OpConverter = minMax('Max');

/** `ClipByValue(x, lo, hi)` → Clip when both bounds are scalar constants, else Max then Min. */
export const convertClipByValue: OpConverter = (node, ctx) => {
  const lo = scalarConstant(ctx, node, 1);
  const hi = scalarConstant(ctx, node, 2);
  if (
    lo !== undefined &&
    hi !== undefined &&
    lo <= hi &&
    !ctx.isConstant(node, 0) &&
    ctx.stored(node, 0).dtype === 'float32'
  ) {
    emitClamp(ctx, node, 0, lo, hi);
    return;
  }
  const [x, low, high] = [0, 1, 2].map((i) => ctx.value(node, i));
  const [raised] = ctx.node('Max', [x!.name, low!.name], [], `${node.name}/max`);
  const [name] = ctx.node('Min', [raised!, high!.name], [], node.name);
  ctx.define(node.name, { name: name!, dtype: x!.dtype, shape: x!.shape });
};
