import type { OnnxAttribute } from '../../proto/onnx-model.js';
import type { OpConverter } from '../op-converter.js';
import { type Dim, permute, TO_NHWC } from '../shape.js';

type Mode = 'linear' | 'nearest';

function resize(mode: Mode): OpConverter {
  return (node, ctx, attrs) => {
    const x = ctx.stored(node, 0);
    if (x.shape && x.shape.length !== 4) ctx.fail(node, 'input is not rank 4');
    const size = Array.from(ctx.constant(node, 1).values, Number);
    const [outH, outW] = size;
    if (outH === undefined || outW === undefined) return ctx.fail(node, 'size must have 2 values');
    const alignCorners = attrs.bool('align_corners', false);
    const halfPixel = attrs.bool('half_pixel_centers', false);
    if (alignCorners && halfPixel) ctx.fail(node, 'align_corners with half_pixel_centers');
    const attributes: OnnxAttribute[] = [{ name: 'mode', type: 'string', value: mode }];
    if (mode === 'linear') {
      const transform = alignCorners ? 'align_corners' : halfPixel ? 'half_pixel' : 'asymmetric';
      attributes.push({ name: 'coordinate_transformation_mode', type: 'string', value: transform });
    } else {
      const transform = alignCorners ? 'align_corners' : halfPixel ? 'tf_half_pixel_for_nn' : 'asymmetric';
      attributes.push({ name: 'coordinate_transformation_mode', type: 'string', value: transform });
      attributes.push({
        name: 'nearest_mode',
        type: 'string',
        value: alignCorners ? 'round_prefer_ceil' : 'floor',
      });
    }
    const xN = ctx.toNchw(x);
    const batch = xN.shape?.[0] ?? null;
    const channels = xN.shape?.[1] ?? null;
    let sizes: string;
    if (typeof batch === 'number' && typeof channels === 'number') {
      sizes = ctx.int64(`${node.name}/sizes`, [batch, channels, outH, outW]);
    } else {
      // Batch (or channels) known only at run time: sizes = concat(shape(x)[0:2], [h, w]).
      const [shape] = ctx.node('Shape', [xN.name], [], `${node.name}/shape`);
      const starts = ctx.int64(`${node.name}/starts`, [0]);
      const ends = ctx.int64(`${node.name}/ends`, [2]);
      const [lead] = ctx.node('Slice', [shape!, starts, ends], [], `${node.name}/lead`);
      const hw = ctx.int64(`${node.name}/hw`, [outH, outW]);
      [sizes] = ctx.node(
        'Concat',
        [lead!, hw],
        [{ name: 'axis', type: 'int', value: 0 }],
        `${node.name}/sizes`,
      ) as [string];
    }
    const [yN] = ctx.node('Resize', [xN.name, '', '', sizes], attributes, node.name);
    const nchwShape: Dim[] = [batch, channels, outH, outW];
    ctx.define(node.name, { name: yN!, dtype: x.dtype, shape: permute(nchwShape, TO_NHWC), layout: 'nchw' });
  };
}

/** `ResizeBilinear(images, size)` → Resize(linear) in NCHW. */
export const convertResizeBilinear: OpConverter = resize('linear');
/** `ResizeNearestNeighbor(images, size)` → Resize(nearest) in NCHW. */
export const convertResizeNearest: OpConverter = resize('nearest');
