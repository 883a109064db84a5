import type { TfjsNodeDef } from '../../tfjs/model-json.js';
import type { ConvertContext } from '../context.js';
import type { Shape } from '../shape.js';

/** NHWC axis → NCHW axis. */
export const NCHW_AXIS: readonly number[] = [0, 2, 3, 1];

/** The tfjs (logical) shape of input `index`, without materializing constants. */
export function logicalShape(ctx: ConvertContext, node: TfjsNodeDef, index: number): Shape | undefined {
  return ctx.isConstant(node, index) ? ctx.constant(node, index).shape : ctx.stored(node, index).shape;
}

/** True when some computed (non-constant) input among `indices` is stored NCHW. */
export function anyNchw(ctx: ConvertContext, node: TfjsNodeDef, indices: readonly number[]): boolean {
  return indices.some((i) => !ctx.isConstant(node, i) && ctx.stored(node, i).layout === 'nchw');
}

/**
 * Input `index` as an operand of an op computed in NCHW on rank-4 tensors: NCHW-stored values
 * as they are, NHWC values through a shared Transpose, constants (rank ≤ 4, broadcast as in
 * NumPy) re-laid out at conversion time. Undefined when the input is a computed tensor of rank < 4.
 */
export function nchwOperand(ctx: ConvertContext, node: TfjsNodeDef, index: number): string | undefined {
  if (ctx.isConstant(node, index)) {
    const constant = ctx.constant(node, index);
    if (constant.shape.length > 4 || constant.dtype !== 'float32') return undefined;
    const ref = ctx.inputRef(node, index);
    return ctx.memo(`${ref}/nchw`, () => {
      const [n = 1, h = 1, w = 1, c = 1] = [
        ...Array(4 - constant.shape.length).fill(1),
        ...constant.shape,
      ] as number[];
      const out = new Float32Array(constant.values.length);
      for (let b = 0; b < n; b++)
        for (let y = 0; y < h; y++)
          for (let x = 0; x < w; x++)
            for (let k = 0; k < c; k++)
              out[((b * c + k) * h + y) * w + x] = constant.values[((b * h + y) * w + x) * c + k]!;
      const dims = constant.shape.length === 0 ? [] : [n, c, h, w];
      return ctx.float(`${ref}/nchw`, dims, out);
    });
  }
  const info = ctx.stored(node, index);
  if (info.layout !== 'nchw' && info.shape?.length !== 4) return undefined;
  return ctx.toNchw(info).name;
}
